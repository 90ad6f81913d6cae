package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.report.WeeklyReportXlsx.Figure;

/**
 * The period summary as a workbook: each section a sheet with a row per week and a totals row,
 * the pages of every week on a sheet of their own (streamed: a year of 200 pages is 10,400
 * rows), and the moderation grounds summed over the period.
 */
public final class PeriodReportXlsx {
    private final ReportSigners signers;
    private WriteProgress progress = WriteProgress.NONE;

    public PeriodReportXlsx(ReportSigners signers) {
        this.signers = signers;
    }

    public PeriodReportXlsx progress(WriteProgress progress) {
        this.progress = progress;
        return this;
    }

    /** "01.10.2026 — 31.12.2026 (13 недель)". */
    public static String periodName(PeriodReport p) {
        return tr("report.period.name", ru.officialpages.i18n.RuFormat.date(p.from()), ru.officialpages.i18n.RuFormat.date(p.to()),
                p.weeks().size());
    }

    /** A page in a week: a row of the per-page sheet. */
    record WeekPage(WeeklyReport week, PageLine page) {
    }

    public void write(Path file, PeriodReport p) {
        if (ReportPdf.isPdf(file)) {
            // The format follows the name: «Сводка.pdf» is the same summary as PDF.
            new ReportPdf(signers).writePeriod(file, p);
            return;
        }
        new SpreadsheetWriter().progress(progress).write(file, sheets(p));
    }

    List<SheetSpec<?>> sheets(PeriodReport p) {
        String period = periodName(p);
        List<SheetSpec<?>> sheets = new ArrayList<>();
        sheets.add(signed(weekColumns(SheetSpec.of(tr("report.section.publications"), p.weeks())
                .title(title("report.section.publications", period)))
                .subtitle(tr("report.period.weeksNote"))
                .column(Column.integer(tr("report.col.pages"), 10, w -> w.publications().pages().size()))
                .column(Column.integer(tr("report.col.norm"), 10, w -> w.publications().norm()))
                .column(Column.integer(tr("report.col.published"), 13, w -> w.publications().published()))
                .column(Column.integer(tr("report.col.pagesMet"), 14, w -> w.publications().pagesMet()))
                .column(Column.integer(tr("report.col.missing"), 11, w -> w.publications().missing()))
                .totalsExcept(tr("report.col.pages"))));

        sheets.add(signed(SheetSpec.of(tr("report.section.pagesByWeek"),
                        p.weeks().stream().flatMap(w -> w.publications().pages().stream().map(pg -> new WeekPage(w, pg))))
                .title(title("report.section.pagesByWeek", period))
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.wrappedText(tr("report.col.week"), 14, (WeekPage r) -> weekLabel(r.week())))
                .column(Column.date(tr("report.col.monday"), 12, (WeekPage r) -> r.week().first()))
                .column(Column.wrappedText(tr("report.col.organization"), 32, (WeekPage r) -> r.page().organization()))
                .column(Column.text(tr("report.col.network"), 14, (WeekPage r) -> r.page().network()))
                .column(Column.wrappedText(tr("report.col.address"), 32, (WeekPage r) -> r.page().address()))
                .column(Column.integer(tr("report.col.norm"), 8, (WeekPage r) -> r.page().norm()))
                .column(Column.integer(tr("report.col.published"), 13, (WeekPage r) -> r.page().published()))
                .column(Column.yesNo(tr("report.col.met"), 11, (WeekPage r) -> r.page().met()))
                .column(Column.integer(tr("report.col.missing"), 11, (WeekPage r) -> r.page().missing()))
                .columns(WeeklyReportXlsx.reachColumns((WeekPage r) -> r.page().reach()))
                .totalsExcept(WeeklyReportXlsx.reachTotals(reach(p).known()))));

        // No reach read in the whole period: one line saying so, as the weekly report does, not a
        // table of weeks with blank cells (an empty section is one line, issue 18 item 1).
        boolean reachKnown = reach(p).known();
        SheetSpec<WeeklyReport> reachSheet = SheetSpec.of(tr("report.section.reach"), reachKnown ? p.weeks() : List.<WeeklyReport>of())
                .title(title("report.section.reach", period))
                .whenEmpty(tr("report.reach.none"));
        if (reachKnown) {
            reachSheet.subtitle(tr("report.reach.note"));
        }
        sheets.add(signed(weekColumns(reachSheet)
                .columns(WeeklyReportXlsx.reachColumns((WeeklyReport w) -> w.publications().reach()))
                .totalsExcept(WeeklyReportXlsx.reachTotals(reachKnown))));

        sheets.add(signed(weekColumns(SheetSpec.of(tr("report.section.plan"), p.weeks())
                .title(title("report.section.plan", period)))
                .column(Column.integer(tr("report.plan.planned"), 14, w -> w.plan().planned()))
                .column(Column.integer(tr("report.plan.published"), 14, w -> w.plan().published()))
                .column(Column.integer(tr("report.plan.moved"), 14, w -> w.plan().moved()))
                .column(Column.integer(tr("report.plan.cancelled"), 12, w -> w.plan().cancelled()))
                .column(Column.integer(tr("report.plan.overdue"), 13, w -> w.plan().overdue()))
                .totals()));

        sheets.add(signed(weekColumns(SheetSpec.of(tr("report.section.moderation"), p.weeks())
                .title(title("report.section.moderation", period)))
                .column(Column.integer(tr("report.moderation.records"), 12, w -> w.moderation().records()))
                .column(Column.integer(tr("report.action.DELETED"), 11, w -> w.moderation().byAction().getOrDefault("DELETED", 0)))
                .column(Column.integer(tr("report.moderation.blacklisted"), 16, w -> w.moderation().blacklisted()))
                .column(Column.integer(tr("report.moderation.roundDays"), 16, w -> w.moderation().roundDays()))
                .column(Column.integer(tr("report.moderation.workingDays"), 12, w -> w.moderation().workingDays()))
                .totals()));

        sheets.add(signed(WeeklyReportXlsx.figures(tr("report.section.grounds"), title("report.section.grounds", period),
                periodFigures(p))));

        sheets.add(signed(weekColumns(SheetSpec.of(tr("report.section.messages"), p.weeks())
                .title(title("report.section.messages", period)))
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.integer(tr("report.messages.received"), 11, w -> w.messages().received()))
                .column(Column.integer(tr("report.messages.inTime"), 11, w -> w.messages().inTime()))
                .column(Column.integer(tr("report.messages.late"), 13, w -> w.messages().late()))
                .column(Column.text(tr("report.col.late"), 14, w -> w.messages().lateColumnText()))
                .column(Column.integer(tr("report.messages.awaitingFinal"), 15, w -> w.messages().awaitingFinal()))
                .column(Column.integer(tr("report.messages.open"), 11, w -> w.messages().open()))
                .column(Column.integer(tr("report.messages.closed"), 13, w -> w.messages().closedNoAnswer()))
                .totals()));
        return sheets;
    }

    /** The reach of the period's posts; unknown when none was read. */
    static WeeklyReport.Reach reach(PeriodReport p) {
        WeeklyReport.Reach all = WeeklyReport.Reach.UNKNOWN;
        for (WeeklyReport w : p.weeks()) {
            all = all.plus(w.publications().reach());
        }
        return all;
    }

    /** Moderation over the whole period by ground and by action. */
    static List<Figure> periodFigures(PeriodReport p) {
        Map<DeletionGround, Integer> grounds = new EnumMap<>(DeletionGround.class);
        Map<String, Integer> actions = new TreeMap<>();
        int records = 0;
        int blacklisted = 0;
        for (WeeklyReport w : p.weeks()) {
            records += w.moderation().records();
            blacklisted += w.moderation().blacklisted();
            w.moderation().byGround().forEach((g, n) -> grounds.merge(g, n, Integer::sum));
            w.moderation().byAction().forEach((a, n) -> actions.merge(a, n, Integer::sum));
        }
        List<Figure> list = new ArrayList<>();
        list.add(new Figure(tr("report.moderation.total"), tr("report.moderation.records"), records));
        grounds.forEach((g, n) -> list.add(new Figure(tr("report.moderation.byGround"), tr(g.titleKey()), n)));
        actions.forEach((a, n) -> list.add(new Figure(tr("report.moderation.byAction"), WeeklyReportXlsx.actionName(a), n)));
        list.add(new Figure(tr("report.moderation.blacklist"), tr("report.moderation.blacklisted"), blacklisted));
        return list;
    }

    private static SheetSpec<WeeklyReport> weekColumns(SheetSpec<WeeklyReport> spec) {
        return spec
                .column(Column.wrappedText(tr("report.col.week"), 14, PeriodReportXlsx::weekLabel))
                .column(Column.date(tr("report.col.monday"), 12, WeeklyReport::first))
                .column(Column.date(tr("report.col.sunday"), 12, (WeeklyReport w) -> w.last()));
    }

    /** "47-я": the week's number as words, not a number the totals row would sum. */
    static String weekLabel(WeeklyReport w) {
        String label = tr("report.period.weekLabel", w.weekNumber());
        return w.partial() ? tr("report.period.partialWeek", label) : label;
    }

    private String title(String sectionKey, String period) {
        return tr("report.period.title", tr(sectionKey), signers.municipality().isBlank() ? tr("report.noMunicipality")
                : signers.municipality(), period);
    }

    private <R> SheetSpec<R> signed(SheetSpec<R> spec) {
        signers.signatureLines().forEach(spec::footer);
        return spec;
    }

}
