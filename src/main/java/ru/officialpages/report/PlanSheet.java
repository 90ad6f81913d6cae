package ru.officialpages.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import ru.officialpages.i18n.Tr;

/**
 * The content plan of a month or a week for approval (ishtan-13 §5): A4 landscape, a row per
 * item, the preparer and a place for the head's signature under it.
 */
public final class PlanSheet {

    /** One item as the sheet shows it: the names already resolved by the caller. */
    public record Row(LocalDate day, String time, String pages, String topic, String occasion, String format, String status) {
    }

    private PlanSheet() {
    }

    public static void write(Path file, String municipality, String period, List<Row> rows, String preparer, String head) {
        SheetSpec<Row> spec = SheetSpec.of(Tr.tr("report.plan.sheet"), rows)
                .title(Tr.tr("report.plan.title", municipality))
                .subtitle(period)
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.date(Tr.tr("report.plan.col.day"), 12, Row::day))
                .column(Column.text(Tr.tr("report.plan.col.time"), 8, Row::time))
                .column(Column.wrappedText(Tr.tr("report.plan.col.pages"), 40, Row::pages))
                .column(Column.wrappedText(Tr.tr("report.plan.col.topic"), 45, Row::topic))
                .column(Column.wrappedText(Tr.tr("report.plan.col.occasion"), 25, Row::occasion))
                .column(Column.text(Tr.tr("report.plan.col.format"), 14, Row::format))
                .column(Column.text(Tr.tr("report.plan.col.status"), 14, Row::status));
        if (!preparer.isBlank()) {
            spec.footer(Tr.tr("report.prepared", preparer));
        }
        spec.footer(Tr.tr("report.plan.approved", head));
        new SpreadsheetWriter().write(file, spec);
    }
}
