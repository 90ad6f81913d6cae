package ru.officialpages.formats;

import java.util.List;
import ru.officialpages.i18n.Tr;

/**
 * The columns of the page registry file. The import reads them and the internal export writes
 * them, so an exported registry imports back as it was; kept in {@code formats}, beside both.
 */
public final class PageColumns {
    public static final String ORGANIZATION = Tr.tr("import.pages.column.organization");
    public static final String NETWORK = Tr.tr("import.pages.column.network");
    public static final String ADDRESS = Tr.tr("import.pages.column.address");
    public static final String CREATED = Tr.tr("import.pages.column.created");
    public static final String DELETED = Tr.tr("import.pages.column.deleted");
    public static final String PREVIOUS = Tr.tr("import.pages.column.previous");
    public static final String CHANGED = Tr.tr("import.pages.column.changed");
    public static final String PERSON = Tr.tr("import.pages.column.person");
    public static final String POSITION = Tr.tr("import.pages.column.position");
    public static final String PHONE = Tr.tr("import.pages.column.phone");
    public static final String EMAIL = Tr.tr("import.pages.column.email");
    public static final String NORM = Tr.tr("import.pages.column.norm");
    /** Да/Нет: the person is the page's responsible specialist; without the column the first one is. */
    public static final String MAIN = Tr.tr("import.pages.column.main");
    /** Да/Нет: the person can log in (novoaltaysk-608 §1.6); without the column everyone named can. */
    public static final String ACCESS = Tr.tr("import.pages.column.access");

    public static final List<String> REQUIRED = List.of(ORGANIZATION, ADDRESS, CREATED);
    public static final List<String> OPTIONAL = List.of(NETWORK, DELETED, PREVIOUS, CHANGED, PERSON, POSITION,
            PHONE, EMAIL, NORM, MAIN, ACCESS);
    /** All of them in the order the template and the internal export write them. */
    public static final List<String> ALL = List.of(ORGANIZATION, NETWORK, ADDRESS, CREATED, DELETED, PREVIOUS,
            CHANGED, PERSON, POSITION, PHONE, EMAIL, MAIN, ACCESS, NORM);

    private PageColumns() {
    }
}
