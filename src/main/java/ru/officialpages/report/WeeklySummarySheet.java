package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ru.officialpages.i18n.RuFormat;
import ru.officialpages.report.WeeklyReport.PageLine;

/**
 * The first sheet of the weekly workbook, «Отчёт»: what the head reads and signs, on one A4 page
 * (two for a district of many pages). The week, the key figures of every section, two native
 * Excel charts (published vs norm per page; the weeks' trend), the per-page norm table with the
 * pages behind the norm first, and the signatures once. The details follow on their own sheets.
 */
final class WeeklySummarySheet implements SpreadsheetWriter.FreeSheet {
    /** Pages in the table of the summary: past this the second page would overflow. */
    static final int MAX_PAGES = 50;
    /** Pages in the bar chart: past this the bars become unreadable. */
    static final int CHART_PAGES = 12;
    /** Table columns: page, norm, published, met, missing, formats (characters of the default font). */
    private static final int[] WIDTHS = {40, 8, 13, 11, 11, 20};
    private static final int LAST_COL = WIDTHS.length - 1;
    private static final int TOTAL_WIDTH = java.util.Arrays.stream(WIDTHS).sum();
    /** Rows the charts take: about 3 inches on paper at the default row height. */
    private static final int CHART_ROWS = 16;

    private final WeeklyReport report;
    private final List<WeeklyReports.WeekTotal> trend;
    private final ReportSigners signers;
    private final String trendSheet;
    private final int trendFirstRow;

    /**
     * {@code trendSheet} holds the trend's rows from {@code trendFirstRow} (0-based): week label,
     * published, norm, in that order — the chart reads its data there.
     */
    WeeklySummarySheet(WeeklyReport report, List<WeeklyReports.WeekTotal> trend, ReportSigners signers, String trendSheet,
            int trendFirstRow) {
        this.report = report;
        this.trend = List.copyOf(trend);
        this.signers = signers;
        this.trendSheet = trendSheet;
        this.trendFirstRow = trendFirstRow;
    }

    static String sheetName() {
        return tr("report.summary.sheet");
    }

    /** The table's order: pages behind the norm first (most missing first), then the others as listed. */
    static List<PageLine> ordered(WeeklyReport.Publications pub) {
        List<PageLine> list = new ArrayList<>(pub.pages());
        list.sort(Comparator.comparingInt(PageLine::missing).reversed());
        return list;
    }

    static String pageLabel(PageLine p) {
        return p.organization() + " — " + p.network();
    }

    @Override
    public void write(WorkbookPackage book, CellStyles styles) throws IOException {
        SheetXml sheet = book.sheet(sheetName());
        for (int c = 0; c <= LAST_COL; c++) {
            sheet.columnWidth((WIDTHS[c] * 256 + 184) / 256.0);
        }
        // The title and the week stay in view; the norm table can be sorted and filtered.
        sheet.freezeRows(2);
        sheet.landscape(false);
        sheet.fitToPageWidth(true);
        sheet.margins(0.4, 0.4, 0.5, 0.6, 0.3, 0.3);
        sheet.pageFooter("&R" + tr("xlsx.page.footer"));

        int r = 0;
        SheetWriter.blockLine(sheet, r++, tr("reports.print.weekly.title"),
                styles.title, CellStyles.TITLE_POINTS, true, LAST_COL, TOTAL_WIDTH);
        String municipality = signers.municipality().isBlank() ? tr("report.noMunicipality") : signers.municipality();
        SheetWriter.blockLine(sheet, r++, municipality + ", " + WeeklyReportXlsx.weekName(report),
                styles.subtitle, CellStyles.BODY_POINTS, false, LAST_COL, TOTAL_WIDTH);
        r++;

        SheetWriter.blockLine(sheet, r++, tr("report.summary.figures"),
                styles.heading, CellStyles.BODY_POINTS, true, LAST_COL, TOTAL_WIDTH);
        WeeklyReport.Publications pub = report.publications();
        WeeklyReport.Plan plan = report.plan();
        WeeklyReport.Moderation mod = report.moderation();
        WeeklyReport.Messages msg = report.messages();
        r = figure(sheet, styles, r, tr("report.section.publications"),
                tr("report.weekly.publications.summary", pub.published(), pub.norm(), pub.pagesMet(), pub.pages().size()));
        r = figure(sheet, styles, r, tr("report.section.plan"), tr("report.summary.plan", plan.planned(), plan.published(),
                plan.moved(), plan.cancelled(), plan.overdue(), plan.open()));
        r = figure(sheet, styles, r, tr("report.section.moderation"), tr("report.summary.moderation", mod.records(),
                mod.byAction().getOrDefault("DELETED", 0), mod.blacklisted(), mod.roundDays(), mod.workingDays()));
        r = figure(sheet, styles, r, tr("report.section.messages"), tr("report.summary.messages", msg.received(), msg.inTime(),
                msg.late(), msg.lateTotalText(), msg.awaitingFinal(), msg.open(), msg.closedNoAnswer()));
        r++;

        int chartTop = r;
        r += CHART_ROWS + 1;

        SheetWriter.blockLine(sheet, r++, tr("report.summary.pages"),
                styles.heading, CellStyles.BODY_POINTS, true, LAST_COL, TOTAL_WIDTH);
        int headerRow = r++;
        String[] heads = {tr("report.col.page"), tr("report.col.norm"), tr("report.col.published"), tr("report.col.met"),
                tr("report.col.missing"), tr("report.col.formats")};
        sheet.row(headerRow, 2 * CellStyles.BODY_POINTS * 1.3 + 3);
        for (int c = 0; c <= LAST_COL; c++) {
            sheet.text(c, CellText.forCell(heads[c]), styles.header);
        }
        List<PageLine> pages = ordered(pub);
        List<PageLine> shown = pages.subList(0, Math.min(MAX_PAGES, pages.size()));
        int firstData = r;
        for (PageLine p : shown) {
            String label = pageLabel(p) + (p.partialWeek() ? " " + tr("report.summary.days", p.daysExisted()) : "");
            String formats = WeeklyReportXlsx.formats(p.formats());
            int lines = Math.max(SheetWriter.lines(label, WIDTHS[0], 1.0), SheetWriter.lines(formats, WIDTHS[5], 1.0));
            sheet.row(r++, lines > 1 ? lines * CellStyles.BODY_POINTS * 1.3 + 3 : 0);
            sheet.text(0, CellText.forCell(label), styles.data(ColumnType.WRAPPED_TEXT));
            sheet.number(1, p.norm(), styles.data(ColumnType.INTEGER));
            sheet.number(2, p.published(), styles.data(ColumnType.INTEGER));
            sheet.text(3, tr(p.met() ? "xlsx.yes" : "xlsx.no"), styles.data(ColumnType.BOOLEAN_YES_NO));
            sheet.number(4, p.missing(), styles.data(ColumnType.INTEGER));
            sheet.text(5, CellText.forCell(formats), styles.data(ColumnType.WRAPPED_TEXT));
        }
        int lastData = r - 1;
        sheet.row(r++, 0);
        sheet.text(0, CellText.forCell(tr("xlsx.totals")), styles.totals(ColumnType.TEXT));
        sheet.number(1, pub.norm(), styles.totals(ColumnType.INTEGER));
        sheet.number(2, pub.published(), styles.totals(ColumnType.INTEGER));
        sheet.text(3, tr("report.summary.metOf", pub.pagesMet(), pub.pages().size()), styles.totals(ColumnType.TEXT));
        sheet.number(4, pub.missing(), styles.totals(ColumnType.INTEGER));
        sheet.text(5, "", styles.totals(ColumnType.TEXT));
        if (pages.size() > shown.size()) {
            SheetWriter.blockLine(sheet, r++, tr("report.summary.more", pages.size() - shown.size()),
                    styles.subtitle, CellStyles.BODY_POINTS, false, LAST_COL, TOTAL_WIDTH);
        }
        r++;
        for (String s : signers.signatureLines()) {
            SheetWriter.blockLine(sheet, r++, s, styles.footer, CellStyles.BODY_POINTS, false, LAST_COL, TOTAL_WIDTH);
        }

        sheet.autoFilter(new SheetXml.Range(headerRow, 0, Math.max(headerRow, lastData), LAST_COL));
        int split = 2; // the norm chart over the page column and a little more, the trend over the rest
        sheet.chart(new SheetXml.Chart(0, chartTop, split, chartTop + CHART_ROWS,
                normChart(firstData, Math.min(lastData, firstData + CHART_PAGES - 1), shown)));
        sheet.chart(new SheetXml.Chart(split, chartTop, LAST_COL + 1, chartTop + CHART_ROWS, trendChart()));
        sheet.printTitleRows = new SheetXml.Range(headerRow, 0, headerRow, LAST_COL);
        sheet.printArea = new SheetXml.Range(0, 0, r - 1, LAST_COL);
        book.endSheet(sheet);
    }

    private String normChart(int firstRow, int lastRow, List<PageLine> pages) {
        int n = Math.max(0, lastRow - firstRow + 1);
        String title = pages.size() > n ? tr("report.chart.normWorst", n) : tr("report.chart.norm");
        String sheetRef = "'" + sheetName() + "'!";
        List<String> labels = new ArrayList<>();
        List<Integer> published = new ArrayList<>();
        List<Integer> norms = new ArrayList<>();
        for (PageLine p : pages.subList(0, n)) {
            labels.add(pageLabel(p));
            published.add(p.published());
            norms.add(p.norm());
        }
        List<ChartXml.Series> series = n == 0 ? List.of() : List.of(
                new ChartXml.Series(tr("report.chart.published"), sheetRef + range(2, firstRow, lastRow), published, ChartXml.BLUE),
                new ChartXml.Series(tr("report.chart.normSeries"), sheetRef + range(1, firstRow, lastRow), norms, ChartXml.ORANGE));
        // Top to bottom in the order of the table, as a reader expects.
        return ChartXml.bars(title, sheetRef + range(0, firstRow, lastRow), labels, series);
    }

    private String trendChart() {
        int n = trend.size();
        String sheetRef = "'" + trendSheet.replace("'", "''") + "'!";
        List<String> labels = new ArrayList<>();
        List<Integer> published = new ArrayList<>();
        List<Integer> norms = new ArrayList<>();
        for (WeeklyReports.WeekTotal t : trend) {
            labels.add(WeeklyReportXlsx.shortWeek(t.monday()));
            published.add(t.published());
            norms.add(t.norm());
        }
        int last = trendFirstRow + n - 1;
        List<ChartXml.Series> series = n == 0 ? List.of() : List.of(
                new ChartXml.Series(tr("report.chart.published"), sheetRef + range(1, trendFirstRow, last), published, ChartXml.BLUE),
                new ChartXml.Series(tr("report.chart.normSeries"), sheetRef + range(2, trendFirstRow, last), norms, ChartXml.ORANGE));
        return ChartXml.lines(tr("report.chart.trend", n), sheetRef + range(0, trendFirstRow, last), labels, series);
    }

    private static String range(int col, int firstRow, int lastRow) {
        return new SheetXml.Range(firstRow, col, lastRow, col).absolute();
    }

    /** A label cell over columns B…F with the figure's text, the section in A. */
    private int figure(SheetXml sheet, CellStyles styles, int r, String label, String text) {
        int width = TOTAL_WIDTH - WIDTHS[0];
        int lines = SheetWriter.lines(text, width, 1.0);
        sheet.row(r, Math.max(1, lines) * CellStyles.BODY_POINTS * 1.3 + 2);
        sheet.text(0, CellText.forCell(label), styles.figureLabel);
        sheet.text(1, CellText.forCell(text), styles.subtitle);
        sheet.merge(r, 1, LAST_COL);
        return r + 1;
    }
}
