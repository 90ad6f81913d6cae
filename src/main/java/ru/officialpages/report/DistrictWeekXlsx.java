package ru.officialpages.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/**
 * The coordinator's week over the district (issue 19): a row per settlement's page (norm, published,
 * met) and a row per settlement (pages that met the norm, moderation, messages open and overdue).
 */
public final class DistrictWeekXlsx {
    /** A page's week, its norm already worked out by the rules. */
    public record PageRow(String settlement, String organization, String address, String network, int norm, int published) {
        public boolean met() {
            return published >= norm;
        }
    }

    /**
     * A settlement's week; {@code registryPages} — pages in the quarterly registry last due, {@code registryPlaced} —
     * what is known of its placement on the website by the due day (the program keeps no mark of it: «нет данных»).
     */
    public record SettlementRow(String settlement, int pages, int pagesMet, int moderationRecords, int messagesOpen,
            int messagesLate, int registryPages, String registryPlaced) {
    }

    /** The registry the coordinator checks: its quarter and the day it was due on the website (novoaltaysk-608 §3.5). */
    public record Registry(int year, int quarter, LocalDate due) {
    }

    private DistrictWeekXlsx() {
    }

    public static void write(Path file, String district, LocalDate monday, Registry registry, List<SettlementRow> settlements,
            List<PageRow> pages) {
        String period = Tr.tr("district.report.period", RuFormat.date(monday), RuFormat.date(monday.plusDays(6)));
        SheetSpec<SettlementRow> summary = SheetSpec.of(Tr.tr("district.report.sheet.settlements"), settlements)
                .title(Tr.tr("district.report.title", district))
                .subtitle(period)
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(Tr.tr("district.report.col.settlement"), 40, SettlementRow::settlement))
                .column(Column.integer(Tr.tr("district.report.col.pages"), 10, SettlementRow::pages))
                .column(Column.integer(Tr.tr("district.report.col.pagesMet"), 14, SettlementRow::pagesMet))
                .column(Column.integer(Tr.tr("district.report.col.moderation"), 14, SettlementRow::moderationRecords))
                .column(Column.integer(Tr.tr("district.report.col.open"), 14, SettlementRow::messagesOpen))
                .column(Column.integer(Tr.tr("district.report.col.late"), 14, SettlementRow::messagesLate))
                .column(Column.integer(Tr.tr("district.report.col.registryPages", registry.quarter(), registry.year()), 16,
                        SettlementRow::registryPages))
                .column(Column.text(Tr.tr("district.report.col.registryPlaced", RuFormat.date(registry.due())), 18,
                        SettlementRow::registryPlaced));
        SheetSpec<PageRow> byPage = SheetSpec.of(Tr.tr("district.report.sheet.pages"), pages)
                .title(Tr.tr("district.report.title", district))
                .subtitle(period)
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(Tr.tr("district.report.col.settlement"), 30, PageRow::settlement))
                .column(Column.wrappedText(Tr.tr("district.report.col.organization"), 30, PageRow::organization))
                .column(Column.wrappedText(Tr.tr("district.report.col.page"), 34, PageRow::address))
                .column(Column.text(Tr.tr("district.report.col.network"), 14, PageRow::network))
                .column(Column.integer(Tr.tr("district.report.col.norm"), 8, PageRow::norm))
                .column(Column.integer(Tr.tr("district.report.col.published"), 12, PageRow::published))
                .column(Column.yesNo(Tr.tr("district.report.col.met"), 11, PageRow::met));
        new SpreadsheetWriter().write(file, summary, byPage);
    }
}
