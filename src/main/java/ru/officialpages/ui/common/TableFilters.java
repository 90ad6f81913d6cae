package ru.officialpages.ui.common;

import java.time.LocalDate;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/** How a screen's common filters read in the line under an export's title. */
public final class TableFilters {
    private static final java.time.format.DateTimeFormatter DAY = RuFormat.DATE;

    private TableFilters() {
    }

    /** "Период: 01.11.2026 — 30.11.2026", "Период: с 01.11.2026", "Период: по …"; "" when open both ways. */
    public static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && to != null) {
            return Tr.tr("export.filter.period", DAY.format(from), DAY.format(to));
        }
        return from != null ? Tr.tr("export.filter.from", DAY.format(from))
                : Tr.tr("export.filter.to", DAY.format(to));
    }
}
