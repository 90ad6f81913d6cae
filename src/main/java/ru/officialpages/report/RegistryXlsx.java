package ru.officialpages.report;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;
import ru.officialpages.formats.PageColumns;
import ru.officialpages.rules.Quarter;

/**
 * The quarterly registry of official pages (novoaltaysk-608 §3.3, §3.5) as .xlsx, as of the
 * quarter's last day. The public file, for the website, has no personal data; the internal one
 * adds the responsible people and has the import's columns, so it imports back as it was.
 */
public final class RegistryXlsx {
    private static final DateTimeFormatter DATE = ru.officialpages.i18n.RuFormat.DATE;

    private final Map<String, String> networkNames;

    /** {@code networkNames}: network code → the name the user reads. */
    public RegistryXlsx(Map<String, String> networkNames) {
        this.networkNames = Map.copyOf(networkNames);
    }

    /** The file for the website: organization, network, address that day, created, changes. No people. */
    public void writePublic(Path target, String municipality, Quarter quarter, List<RegistryEntry> entries) {
        List<Numbered> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new Numbered(i + 1, entries.get(i)));
        }
        SheetSpec<Numbered> sheet = SheetSpec.of(Tr.tr("registry.sheet"), rows)
                .title(title(municipality, quarter))
                .subtitle(Tr.tr("registry.asOf", DATE.format(quarter.lastDay())))
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.integer(Tr.tr("registry.column.number"), 5, Numbered::number))
                .column(Column.wrappedText(PageColumns.ORGANIZATION, 40, n -> n.entry().organization()))
                .column(Column.text(PageColumns.NETWORK, 16, n -> network(n.entry().networkCode())))
                .column(Column.hyperlink(PageColumns.ADDRESS, 36, n -> n.entry().address()))
                .column(Column.date(PageColumns.CREATED, 14, n -> n.entry().createdOn()))
                .column(Column.asGiven(PageColumns.CHANGED, 16, n -> changeDates(n.entry().earlier())))
                .column(Column.wrappedText(PageColumns.PREVIOUS, 36, n -> previous(n.entry().earlier())));
        write(target, sheet);
    }

    /**
     * The internal file: the import's columns, one row per page, or more when a page has more
     * people or earlier addresses than one (the page's columns repeat on each).
     */
    public void writeInternal(Path target, String municipality, Quarter quarter, List<RegistryEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (RegistryEntry e : entries) {
            int n = Math.max(1, Math.max(e.people().size(), e.earlier().size()));
            for (int i = 0; i < n; i++) {
                lines.add(new Line(e, i < e.earlier().size() ? e.earlier().get(i) : null,
                        i < e.people().size() ? e.people().get(i) : null));
            }
        }
        // The PDF is read, not imported back: the person's five columns become one cell, so the
        // words fit landscape A4 at 8 pt instead of breaking inside fourteen narrow columns.
        SheetSpec<Line> sheet = (ReportPdf.isPdf(target) ? internalPrintSheet(lines) : internalSheet(lines))
                .title(title(municipality, quarter) + " " + Tr.tr("registry.internal"))
                .subtitle(Tr.tr("registry.asOf", DATE.format(quarter.lastDay())));
        write(target, sheet);
    }

    /** A target ending in .pdf gets the same table as PDF (A4 landscape, header on every page). */
    private static void write(Path target, SheetSpec<?> sheet) {
        if (ReportPdf.isPdf(target)) {
            ReportPdf.writeSheets(target, sheet.title(), List.of(sheet));
        } else {
            new SpreadsheetWriter().write(target, sheet);
        }
    }

    /** An empty table with the import's headers, for the user to fill in. */
    public void writeTemplate(Path target) {
        SheetSpec<Line> sheet = internalSheet(List.of())
                .title(Tr.tr("registry.template.title"))
                .subtitle(Tr.tr("registry.template.hint"));
        new SpreadsheetWriter().write(target, sheet);
    }

    private SheetSpec<Line> internalSheet(List<Line> lines) {
        return SheetSpec.of(Tr.tr("registry.sheet"), lines)
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(PageColumns.ORGANIZATION, 40, l -> l.entry().organization()))
                .column(Column.text(PageColumns.NETWORK, 16, l -> network(l.entry().networkCode())))
                .column(Column.hyperlink(PageColumns.ADDRESS, 36, l -> l.entry().address()))
                .column(Column.date(PageColumns.CREATED, 14, l -> l.entry().createdOn()))
                .column(Column.date(PageColumns.DELETED, 14, l -> l.entry().deletedOn()))
                .column(Column.text(PageColumns.PREVIOUS, 36, l -> l.earlier() == null ? null : l.earlier().address()))
                .column(Column.date(PageColumns.CHANGED, 14, l -> l.earlier() == null ? null : l.earlier().validTo()))
                .column(Column.text(PageColumns.PERSON, 28, l -> l.person() == null ? null : l.person().name()))
                .column(Column.text(PageColumns.POSITION, 24, l -> l.person() == null ? null : l.person().position()))
                .column(Column.text(PageColumns.PHONE, 18, l -> l.person() == null ? null : l.person().phone()))
                .column(Column.text(PageColumns.EMAIL, 24, l -> l.person() == null ? null : l.person().email()))
                .column(Column.yesNo(PageColumns.MAIN, 14, l -> l.person() == null ? null : l.person().responsible()))
                .column(Column.yesNo(PageColumns.ACCESS, 12, l -> l.person() == null ? null : l.person().hasAccess()))
                .column(Column.integer(PageColumns.NORM, 12, l -> l.entry().weeklyNorm()));
    }

    private SheetSpec<Line> internalPrintSheet(List<Line> lines) {
        return SheetSpec.of(Tr.tr("registry.sheet"), lines)
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(PageColumns.ORGANIZATION, 28, l -> l.entry().organization()))
                .column(Column.text(PageColumns.NETWORK, 13, l -> network(l.entry().networkCode())))
                .column(Column.hyperlink(PageColumns.ADDRESS, 24, l -> l.entry().address()))
                .column(Column.date(PageColumns.CREATED, 11, l -> l.entry().createdOn()))
                .column(Column.date(PageColumns.DELETED, 11, l -> l.entry().deletedOn()))
                .column(Column.text(PageColumns.PREVIOUS, 24, l -> l.earlier() == null ? null : l.earlier().address()))
                .column(Column.date(PageColumns.CHANGED, 11, l -> l.earlier() == null ? null : l.earlier().validTo()))
                .column(Column.wrappedText(PageColumns.PERSON, 50, l -> person(l.person())))
                .column(Column.integer(PageColumns.NORM, 12, l -> l.entry().weeklyNorm()));
    }

    /** The person in one cell: name, position, phone and e-mail, then what the yes/no columns say. */
    private static String person(ResponsiblePerson p) {
        if (p == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(joined(", ", p.name()));
        lines.add(joined(", ", p.position()));
        lines.add(joined(", ", p.phone(), p.email()));
        lines.add(joined(", ", p.responsible() ? Tr.tr("registry.print.main") : null,
                p.hasAccess() ? Tr.tr("registry.print.access") : null));
        lines.removeIf(String::isEmpty);
        return String.join("\n", lines);
    }

    private static String joined(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String title(String municipality, Quarter quarter) {
        return municipality.isBlank() ? Tr.tr("registry.title", quarter.russian())
                : Tr.tr("registry.title.with", municipality, quarter.russian());
    }

    private String network(String code) {
        return networkNames.getOrDefault(code, code);
    }

    /** One change: a date cell (xlsx-check: dates are dates); several: their dates, a line each. */
    private static Object changeDates(List<AddressPeriod> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        if (earlier.size() == 1) {
            return earlier.get(0).validTo();
        }
        return String.join("\n", earlier.stream().map(a -> DATE.format(a.validTo())).toList());
    }

    private static String previous(List<AddressPeriod> earlier) {
        return String.join("\n", earlier.stream().map(AddressPeriod::address).toList());
    }

    private record Numbered(int number, RegistryEntry entry) {
    }

    private record Line(RegistryEntry entry, AddressPeriod earlier, ResponsiblePerson person) {
    }

}
