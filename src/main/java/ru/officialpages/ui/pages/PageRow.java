package ru.officialpages.ui.pages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.Checklist;

/** One line of the pages table: the page and what the table shows of it. */
public record PageRow(Page page, String organization, String network, int norm, Checklist checklist) {
    static final DateTimeFormatter DATE = RuFormat.DATE;

    public String status() {
        return page.deletedOn() == null ? Tr.tr("pages.status.active")
                : Tr.tr("pages.status.deleted", DATE.format(page.deletedOn()));
    }

    public String created() {
        return DATE.format(page.createdOn());
    }

    public String progress() {
        return checklist.progress();
    }

    public boolean deleted() {
        return page.deletedOn() != null;
    }

    /** Whether the row has {@code text} in any column the user sees, case and ё aside. */
    boolean matches(String text) {
        String t = key(text);
        return t.isEmpty() || key(String.join(" ", organization, network, page.address(), created(),
                String.valueOf(norm), progress(), status())).contains(t);
    }

    static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
