package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

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
    public void write(SXSSFWorkbook wb, CellStyles styles) {
        SXSSFSheet sheet = wb.createSheet(sheetName());
        for (int c = 0; c <= LAST_COL; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 184);
        }
        int r = 0;
        line(sheet, r++, tr("reports.print.weekly.title"), styles.title, CellStyles.TITLE_POINTS, true);
        String municipality = signers.municipality().isBlank() ? tr("report.noMunicipality") : signers.municipality();
        line(sheet, r++, municipality + ", " + WeeklyReportXlsx.weekName(report), styles.subtitle, CellStyles.BODY_POINTS, false);
        r++;

        line(sheet, r++, tr("report.summary.figures"), styles.heading, CellStyles.BODY_POINTS, true);
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

        line(sheet, r++, tr("report.summary.pages"), styles.heading, CellStyles.BODY_POINTS, true);
        int headerRow = r++;
        Row header = sheet.createRow(headerRow);
        String[] heads = {tr("report.col.page"), tr("report.col.norm"), tr("report.col.published"), tr("report.col.met"),
                tr("report.col.missing"), tr("report.col.formats")};
        for (int c = 0; c <= LAST_COL; c++) {
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(heads[c]);
        }
        header.setHeightInPoints(2 * CellStyles.BODY_POINTS * 1.3f + 3);
        List<PageLine> pages = ordered(pub);
        List<PageLine> shown = pages.subList(0, Math.min(MAX_PAGES, pages.size()));
        int firstData = r;
        for (PageLine p : shown) {
            Row row = sheet.createRow(r++);
            String label = pageLabel(p) + (p.partialWeek() ? " " + tr("report.summary.days", p.daysExisted()) : "");
            cell(row, 0, label, styles.data(ColumnType.WRAPPED_TEXT));
            number(row, 1, p.norm(), styles.data(ColumnType.INTEGER));
            number(row, 2, p.published(), styles.data(ColumnType.INTEGER));
            cell(row, 3, tr(p.met() ? "xlsx.yes" : "xlsx.no"), styles.data(ColumnType.BOOLEAN_YES_NO));
            number(row, 4, p.missing(), styles.data(ColumnType.INTEGER));
            cell(row, 5, WeeklyReportXlsx.formats(p.formats()), styles.data(ColumnType.WRAPPED_TEXT));
            int lines = Math.max(SheetWriter.lines(label, WIDTHS[0], 1.0),
                    SheetWriter.lines(WeeklyReportXlsx.formats(p.formats()), WIDTHS[5], 1.0));
            if (lines > 1) {
                row.setHeightInPoints(lines * CellStyles.BODY_POINTS * 1.3f + 3);
            }
        }
        int lastData = r - 1;
        Row totals = sheet.createRow(r++);
        cell(totals, 0, tr("xlsx.totals"), styles.totals(ColumnType.TEXT));
        number(totals, 1, pub.norm(), styles.totals(ColumnType.INTEGER));
        number(totals, 2, pub.published(), styles.totals(ColumnType.INTEGER));
        cell(totals, 3, tr("report.summary.metOf", pub.pagesMet(), pub.pages().size()), styles.totals(ColumnType.TEXT));
        number(totals, 4, pub.missing(), styles.totals(ColumnType.INTEGER));
        cell(totals, 5, "", styles.totals(ColumnType.TEXT));
        if (pages.size() > shown.size()) {
            line(sheet, r++, tr("report.summary.more", pages.size() - shown.size()), styles.subtitle, CellStyles.BODY_POINTS, false);
        }
        r++;
        for (String s : signers.signatureLines()) {
            line(sheet, r++, s, styles.footer, CellStyles.BODY_POINTS, false);
        }

        // The title and the week stay in view; the norm table can be sorted and filtered.
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastData), 0, LAST_COL));

        XSSFDrawing drawing = drawing(sheet);
        int split = 2; // the norm chart over the page column and a little more, the trend over the rest
        normChart(drawing, new XSSFClientAnchor(0, 0, 0, 0, 0, chartTop, split, chartTop + CHART_ROWS), firstData,
                Math.min(lastData, firstData + CHART_PAGES - 1), shown);
        trendChart(drawing, new XSSFClientAnchor(0, 0, 0, 0, split, chartTop, LAST_COL + 1, chartTop + CHART_ROWS));

        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LAST_COL, 0, r - 1);
        sheet.getFooter().setRight(tr("xlsx.page.footer"));
    }

    private static XSSFDrawing drawing(SXSSFSheet sheet) {
        sheet.createDrawingPatriarch();
        // The streaming sheet hands out its XSSF drawing, which can hold charts.
        return sheet.getDrawingPatriarch();
    }

    private void normChart(XSSFDrawing drawing, XSSFClientAnchor anchor, int firstRow, int lastRow, List<PageLine> pages) {
        XSSFChart chart = drawing.createChart(anchor);
        int n = lastRow - firstRow + 1;
        title(chart, pages.size() > n ? tr("report.chart.normWorst", n) : tr("report.chart.norm"));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        if (n <= 0) {
            return;
        }
        String sheetRef = "'" + sheetName() + "'!";
        String[] labels = new String[n];
        Integer[] published = new Integer[n];
        Integer[] norms = new Integer[n];
        for (int i = 0; i < n; i++) {
            PageLine p = pages.get(i);
            labels[i] = pageLabel(p);
            published[i] = p.published();
            norms[i] = p.norm();
        }
        XDDFCategoryAxis pagesAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        // Top to bottom in the order of the table, as a reader expects.
        pagesAxis.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(labels, sheetRef + range(0, firstRow, lastRow));
        XDDFNumericalDataSource<Integer> pub = XDDFDataSourcesFactory.fromArray(published, sheetRef + range(2, firstRow, lastRow));
        XDDFNumericalDataSource<Integer> norm = XDDFDataSourcesFactory.fromArray(norms, sheetRef + range(1, firstRow, lastRow));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, pagesAxis, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        series(data.addSeries(cats, pub), tr("report.chart.published"), PresetColor.STEEL_BLUE);
        series(data.addSeries(cats, norm), tr("report.chart.normSeries"), PresetColor.DARK_ORANGE);
        chart.plot(data);
    }

    private void trendChart(XSSFDrawing drawing, XSSFClientAnchor anchor) {
        XSSFChart chart = drawing.createChart(anchor);
        title(chart, tr("report.chart.trend", trend.size()));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        int n = trend.size();
        if (n == 0) {
            return;
        }
        String sheetRef = "'" + trendSheet + "'!";
        String[] labels = new String[n];
        Integer[] published = new Integer[n];
        Integer[] norms = new Integer[n];
        for (int i = 0; i < n; i++) {
            WeeklyReports.WeekTotal t = trend.get(i);
            labels[i] = WeeklyReportXlsx.shortWeek(t.monday());
            published[i] = t.published();
            norms[i] = t.norm();
        }
        int last = trendFirstRow + n - 1;
        XDDFCategoryAxis weeks = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(labels, sheetRef + range(0, trendFirstRow, last));
        XDDFNumericalDataSource<Integer> pub = XDDFDataSourcesFactory.fromArray(published, sheetRef + range(1, trendFirstRow, last));
        XDDFNumericalDataSource<Integer> norm = XDDFDataSourcesFactory.fromArray(norms, sheetRef + range(2, trendFirstRow, last));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, weeks, counts);
        data.setVaryColors(false);
        XDDFLineChartData.Series p = (XDDFLineChartData.Series) data.addSeries(cats, pub);
        p.setTitle(tr("report.chart.published"), null);
        p.setMarkerStyle(MarkerStyle.CIRCLE);
        p.setSmooth(false);
        line(p, PresetColor.STEEL_BLUE);
        XDDFLineChartData.Series q = (XDDFLineChartData.Series) data.addSeries(cats, norm);
        q.setTitle(tr("report.chart.normSeries"), null);
        q.setMarkerStyle(MarkerStyle.NONE);
        q.setSmooth(false);
        line(q, PresetColor.DARK_ORANGE);
        chart.plot(data);
    }

    /** A title at the size of the table's text, not Excel's default 18 pt that fills half the chart. */
    private static void title(XSSFChart chart, String text) {
        chart.setTitleText(text);
        chart.setTitleOverlay(false);
        for (org.apache.poi.xddf.usermodel.text.XDDFTextParagraph p : chart.getTitle().getBody().getParagraphs()) {
            p.addDefaultRunProperties().setFontSize(11.0);
            p.getDefaultRunProperties().setBold(true);
            for (org.apache.poi.xddf.usermodel.text.XDDFTextRun run : p.getTextRuns()) {
                run.setFontSize(11.0);
                run.setBold(true);
            }
        }
    }

    private static void series(XDDFChartData.Series s, String title, PresetColor color) {
        s.setTitle(title, null);
        XDDFShapeProperties props = new XDDFShapeProperties();
        props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        s.setShapeProperties(props);
    }

    private static void line(XDDFLineChartData.Series s, PresetColor color) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        line.setWidth(2.0);
        XDDFShapeProperties props = new XDDFShapeProperties();
        props.setLineProperties(line);
        s.setShapeProperties(props);
    }

    private static String range(int col, int firstRow, int lastRow) {
        String c = CellReference.convertNumToColString(col);
        return "$" + c + "$" + (firstRow + 1) + ":$" + c + "$" + (lastRow + 1);
    }

    /** A label cell over columns B…F with the figure's text, the section in A. */
    private int figure(SXSSFSheet sheet, CellStyles styles, int r, String label, String text) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, styles.figureLabel);
        cell(row, 1, text, styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COL));
        int width = TOTAL_WIDTH - WIDTHS[0];
        int lines = SheetWriter.lines(text, width, 1.0);
        row.setHeightInPoints(Math.max(1, lines) * CellStyles.BODY_POINTS * 1.3f + 2);
        return r + 1;
    }

    private static void line(SXSSFSheet sheet, int r, String text, CellStyle style, short points, boolean bold) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COL));
        double perLine = TOTAL_WIDTH * CellStyles.BODY_POINTS / (points * (bold ? 1.1 : 1.0));
        int lines = Math.max(1, (int) Math.ceil(text.length() / perLine));
        row.setHeightInPoints(lines * points * 1.3f + 2);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(CellText.forCell(text));
    }

    private static void number(Row row, int c, int value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }
}
