package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import ru.officialpages.i18n.RuFormat;
import ru.officialpages.report.WeeklyReport.MessageLine;
import ru.officialpages.report.WeeklyReport.PageLine;

/**
 * The reports as PDF (issue 18 item 2): the same content as the printed report and the workbook,
 * on A4, with real text in an embedded Cyrillic font. The weekly report: the week's key figures,
 * the two charts (published vs norm per page, the weeks' trend) drawn as vectors, the per-page
 * table, the sections, the late messages and the signatures once, at the end. The period summary
 * and the registry: the tables of their workbooks, in the same order.
 */
public final class ReportPdf {
    /** Pages in the bar chart, the furthest from the norm first (as on «Отчёт»). */
    private static final int CHART_PAGES = WeeklySummarySheet.CHART_PAGES;

    private final ReportSigners signers;

    public ReportPdf(ReportSigners signers) {
        this.signers = signers;
    }

    /** True for a file name ending in .pdf (any case): the format of a report follows its extension. */
    public static boolean isPdf(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    private String municipality() {
        return signers.municipality().isBlank() ? tr("report.noMunicipality") : signers.municipality();
    }

    public void writeWeekly(Path target, WeeklyReport r, List<WeeklyReports.WeekTotal> trend) {
        String week = WeeklyReportXlsx.weekName(r);
        try (PdfLayout pdf = new PdfLayout(tr("reports.print.weekly.title") + " — " + municipality() + ", " + week)) {
            pdf.orientation(false);
            pdf.paragraph(tr("reports.print.weekly.title"), pdf.bold, 14);
            pdf.paragraph(municipality() + ", " + week, pdf.regular, PdfLayout.BODY);
            pdf.gap(6);

            WeeklyReport.Publications pub = r.publications();
            WeeklyReport.Plan plan = r.plan();
            WeeklyReport.Moderation mod = r.moderation();
            WeeklyReport.Messages msg = r.messages();
            pdf.heading(tr("report.summary.figures"), 40);
            pdf.figure(tr("report.section.publications"),
                    tr("report.weekly.publications.summary", pub.published(), pub.norm(), pub.pagesMet(), pub.pages().size()));
            pdf.figure(tr("report.section.plan"), tr("report.summary.plan", plan.planned(), plan.published(), plan.moved(),
                    plan.cancelled(), plan.overdue(), plan.open()));
            pdf.figure(tr("report.section.moderation"), tr("report.summary.moderation", mod.records(),
                    mod.byAction().getOrDefault("DELETED", 0), mod.blacklisted(), mod.roundDays(), mod.workingDays()));
            pdf.figure(tr("report.section.messages"), tr("report.summary.messages", msg.received(), msg.inTime(), msg.late(),
                    msg.lateTotalText(), msg.awaitingFinal(), msg.open(), msg.closedNoAnswer()));
            pdf.gap(8);

            List<PageLine> ordered = WeeklySummarySheet.ordered(pub);
            charts(pdf, ordered, trend);

            String[] pageHeaders = {tr("report.col.page"), tr("report.col.norm"), tr("report.col.published"), tr("report.col.met"),
                    tr("report.col.missing"), tr("report.col.formats")};
            List<String[]> pageRows = new java.util.ArrayList<>();
            for (PageLine p : ordered) {
                String label = WeeklySummarySheet.pageLabel(p)
                        + (p.partialWeek() ? " " + tr("report.summary.days", p.daysExisted()) : "");
                pageRows.add(new String[] {label, String.valueOf(p.norm()), String.valueOf(p.published()),
                        tr(p.met() ? "xlsx.yes" : "xlsx.no"), String.valueOf(p.missing()), WeeklyReportXlsx.formats(p.formats())});
            }
            String[] pageTotals = {tr("xlsx.totals"), String.valueOf(pub.norm()), String.valueOf(pub.published()),
                    tr("report.summary.metOf", pub.pagesMet(), pub.pages().size()), String.valueOf(pub.missing()), ""};
            pageRows.add(pageTotals);
            pdf.landscapeIfNeeded(pageHeaders, pageRows);
            pdf.heading(tr("report.summary.pages"), 50);
            PdfLayout.Table t = pdf.table(new float[] {36, 8, 12, 10, 10, 24}, pageHeaders,
                    new boolean[] {false, true, true, false, true, false});
            t.fit(pageRows).header();
            for (String[] row : pageRows) {
                t.row(row, row == pageTotals);
            }
            if (pub.pages().stream().anyMatch(PageLine::partialWeek)) {
                pdf.paragraph(tr("report.weekly.publications.prorated"), pdf.regular, PdfLayout.SMALL);
            }

            if (!pub.reach().known()) {
                pdf.heading(tr("report.section.reach"), 40);
                pdf.paragraph(tr("report.reach.none"), pdf.regular, PdfLayout.BODY);
            } else {
                String[] reachHeaders = {tr("report.col.page"), tr("report.col.views"), tr("report.col.likes"), tr("report.col.reposts"),
                        tr("report.col.commentsCount")};
                List<String[]> reachRows = new java.util.ArrayList<>();
                for (PageLine p : ordered) {
                    reachRows.add(reachRow(WeeklySummarySheet.pageLabel(p), p.reach()));
                }
                String[] reachTotals = reachRow(tr("xlsx.totals"), pub.reach());
                reachRows.add(reachTotals);
                pdf.landscapeIfNeeded(reachHeaders, reachRows);
                pdf.heading(tr("report.section.reach"), 40);
                PdfLayout.Table reach = pdf.table(new float[] {44, 14, 12, 12, 16}, reachHeaders,
                        new boolean[] {false, true, true, true, true});
                reach.fit(reachRows).header();
                reachRows.forEach(row -> reach.row(row, row == reachTotals));
                pdf.paragraph(tr("report.reach.note"), pdf.regular, PdfLayout.SMALL);
            }

            String[] modHeaders = {tr("report.col.group"), tr("report.col.figure"), tr("report.col.count")};
            List<String[]> modRows = new java.util.ArrayList<>();
            for (WeeklyReportXlsx.Figure f : WeeklyReportXlsx.moderationFigures(mod)) {
                modRows.add(new String[] {f.group(), f.name(), String.valueOf(f.value())});
            }
            pdf.landscapeIfNeeded(modHeaders, modRows);
            pdf.heading(tr("report.section.moderation"), 40);
            PdfLayout.Table m = pdf.table(new float[] {30, 60, 12}, modHeaders, new boolean[] {false, false, true});
            m.fit(modRows).header();
            modRows.forEach(row -> m.row(row, false));

            if (msg.lines().isEmpty()) {
                pdf.heading(tr("report.section.messageList"), 40);
                pdf.paragraph(tr("report.messages.none"), pdf.regular, PdfLayout.BODY);
            } else {
                String[] lateHeaders = {tr("report.col.detected"), tr("report.col.page"), tr("report.col.topic"),
                        tr("report.col.due"), tr("report.col.answered"), tr("report.col.late")};
                List<String[]> lateRows = new java.util.ArrayList<>();
                for (MessageLine l : msg.lines()) {
                    lateRows.add(new String[] {RuFormat.dateTime(l.detectedAt()), l.page() + ", " + l.network(),
                            (l.high() ? tr("reports.print.high") + " " : "") + l.topic(), RuFormat.dateTime(l.due()),
                            l.answeredAt() == null ? tr("reports.print.noAnswer") : RuFormat.dateTime(l.answeredAt()),
                            l.lateText()});
                }
                pdf.landscapeIfNeeded(lateHeaders, lateRows);
                pdf.heading(tr("report.section.messageList"), 40);
                PdfLayout.Table late = pdf.table(new float[] {14, 24, 26, 14, 14, 12}, lateHeaders,
                        new boolean[] {false, false, false, false, false, false});
                late.fit(lateRows).header();
                lateRows.forEach(row -> late.row(row, false));
            }
            signatures(pdf);
            pdf.save(target);
        }
    }

    /** A row of the reach table: blank where unknown, «≈» where the platform rounded. */
    static String[] reachRow(String label, WeeklyReport.Reach r) {
        return new String[] {label, WeeklyReport.Reach.text(r.views(), r.approximate()), WeeklyReport.Reach.text(r.likes(), false),
                WeeklyReport.Reach.text(r.reposts(), false), WeeklyReport.Reach.text(r.comments(), false)};
    }

    public void writePeriod(Path target, PeriodReport p) {
        String period = PeriodReportXlsx.periodName(p);
        try (PdfLayout pdf = new PdfLayout(tr("reports.print.period.title") + " — " + municipality() + ", " + period)) {
            pdf.orientation(false);
            pdf.paragraph(tr("reports.print.period.title"), pdf.bold, 14);
            pdf.paragraph(municipality() + ", " + period, pdf.regular, PdfLayout.BODY);
            pdf.gap(4);
            pdf.paragraph(tr("reports.print.period.summary", p.published(), p.norm()), pdf.regular, PdfLayout.BODY);
            pdf.gap(4);
            List<SheetSpec<?>> sheets = new PeriodReportXlsx(signers).sheets(p);
            for (SheetSpec<?> s : sheets) {
                // The per-page listing of every week is for the workbook; on paper the weeks suffice.
                if (!s.name().equals(tr("report.section.pagesByWeek"))) {
                    section(pdf, s, false);
                }
            }
            signatures(pdf);
            pdf.save(target);
        }
    }

    /** Table sheets as PDF, each after its title, in landscape when its sheet prints so (the registry). */
    public static void writeSheets(Path target, String title, List<SheetSpec<?>> sheets) {
        try (PdfLayout pdf = new PdfLayout(title)) {
            for (SheetSpec<?> s : sheets) {
                pdf.orientation(s.orientation() == PageOrientation.LANDSCAPE);
                pdf.paragraph(s.title(), pdf.bold, 13);
                for (String line : s.subtitles()) {
                    pdf.paragraph(line, pdf.regular, PdfLayout.BODY);
                }
                pdf.gap(6);
                table(pdf, s);
                if (!s.footers().isEmpty()) {
                    pdf.gap(10);
                    for (String f : s.footers()) {
                        pdf.paragraph(f, pdf.regular, PdfLayout.BODY);
                    }
                }
            }
            pdf.save(target);
        }
    }

    /**
     * A sheet as a section of the document: its section title as a heading, its table, no footers;
     * from a landscape page on when the table's words do not fit the portrait one side by side.
     */
    private static void section(PdfLayout pdf, SheetSpec<?> s, boolean withSubtitles) {
        TableText t = tableText(s);
        if (!t.lines().isEmpty()) {
            pdf.landscapeIfNeeded(t.headers(), t.lines());
        }
        pdf.heading(s.name(), 50);
        if (withSubtitles) {
            for (String line : s.subtitles()) {
                pdf.paragraph(line, pdf.regular, PdfLayout.SMALL);
            }
        }
        table(pdf, s, t);
    }

    private static void table(PdfLayout pdf, SheetSpec<?> s) {
        table(pdf, s, tableText(s));
    }

    /** A sheet's table as the PDF prints it: weights, headers, alignment, the rows' text (with the totals row last). */
    private record TableText(float[] weights, String[] headers, boolean[] right, List<String[]> lines, boolean totals) {
    }

    private static void table(PdfLayout pdf, SheetSpec<?> s, TableText t) {
        if (t.lines().isEmpty() && s.emptyLine() != null) {
            pdf.paragraph(s.emptyLine(), pdf.regular, PdfLayout.BODY);
            return;
        }
        List<String[]> lines = t.lines();
        PdfLayout.Table table = pdf.table(t.weights(), t.headers(), t.right()).fit(lines).header();
        for (int r = 0; r < lines.size(); r++) {
            table.row(lines.get(r), t.totals() && r == lines.size() - 1);
        }
    }

    private static <R> TableText tableText(SheetSpec<R> s) {
        List<Column<? super R>> cols = s.columns();
        float[] weights = new float[cols.size()];
        String[] headers = new String[cols.size()];
        boolean[] right = new boolean[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            weights[i] = cols.get(i).width();
            headers[i] = cols.get(i).header();
            ColumnType type = cols.get(i).type();
            right[i] = type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
        }
        double[] sums = new double[cols.size()];
        List<String[]> lines = new java.util.ArrayList<>();
        try (Stream<? extends R> rows = s.rows()) {
            Iterator<? extends R> it = rows.iterator();
            while (it.hasNext()) {
                R row = it.next();
                String[] cells = new String[cols.size()];
                for (int i = 0; i < cols.size(); i++) {
                    Object v = cols.get(i).value().apply(row);
                    cells[i] = text(v, cols.get(i).type());
                    if (v instanceof Number n && cols.get(i).type().summable()) {
                        sums[i] += n.doubleValue();
                    }
                }
                lines.add(cells);
            }
        }
        if (lines.isEmpty() && s.emptyLine() != null) {
            return new TableText(weights, headers, right, lines, false);
        }
        if (s.hasTotals()) {
            String[] cells = new String[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                boolean summed = cols.get(i).type().summable() && !s.withoutTotal().contains(cols.get(i).header());
                cells[i] = summed ? text(cols.get(i).type() == ColumnType.INTEGER ? (Number) Math.round(sums[i]) : sums[i],
                        cols.get(i).type()) : i == 0 ? tr("xlsx.totals") : "";
            }
            lines.add(cells);
        }
        return new TableText(weights, headers, right, lines, s.hasTotals());
    }

    /** A value as the printed report writes it. */
    static String text(Object v, ColumnType type) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.time.LocalDateTime t) {
            return RuFormat.dateTime(t);
        }
        if (v instanceof java.time.LocalDate d) {
            return RuFormat.date(d);
        }
        if (v instanceof Boolean b) {
            return tr(b ? "xlsx.yes" : "xlsx.no");
        }
        if (v instanceof Link l) {
            return l.text();
        }
        if (v instanceof Double d && (type == ColumnType.DECIMAL || d != Math.rint(d))) {
            return String.format(java.util.Locale.ROOT, "%.2f", d).replace('.', ',');
        }
        if (v instanceof Number n) {
            return String.valueOf(n.longValue());
        }
        return v.toString();
    }

    private void signatures(PdfLayout pdf) {
        List<String> lines = signers.signatureLines();
        // The signature block is kept together, never split from itself.
        pdf.keep(lines.size() * PdfLayout.BODY * 1.6f + 24);
        pdf.gap(18);
        for (String s : lines) {
            pdf.paragraph(s, pdf.regular, PdfLayout.BODY);
            pdf.gap(6);
        }
    }

    /** The two charts side by side, as on «Отчёт»: bars per page (the furthest from the norm first) and the trend. */
    private static void charts(PdfLayout pdf, List<PageLine> pages, List<WeeklyReports.WeekTotal> trend) {
        float h = 190;
        pdf.keep(h + 10);
        float top = pdf.y;
        float gap = 12;
        float w1 = pdf.width() * 0.5f - gap / 2;
        List<PageLine> shown = pages.subList(0, Math.min(CHART_PAGES, pages.size()));
        new PdfCharts(pdf).bars(pdf.left(), top, w1, h,
                pages.size() > shown.size() ? tr("report.chart.normWorst", shown.size()) : tr("report.chart.norm"), shown);
        new PdfCharts(pdf).trend(pdf.left() + w1 + gap, top, pdf.width() - w1 - gap, h,
                tr("report.chart.trend", trend.size()), trend);
        pdf.y = top - h - 10;
    }

    /** Draws the charts with lines and rectangles: vectors, sharp at any zoom. */
    private static final class PdfCharts {
        private static final float[] PUBLISHED = {0.27f, 0.51f, 0.71f};
        private static final float[] NORM = {1.0f, 0.55f, 0.0f};
        private final PdfLayout pdf;
        private final PDPageContentStream cs;

        PdfCharts(PdfLayout pdf) {
            this.pdf = pdf;
            this.cs = pdf.cs;
        }

        void bars(float x, float top, float w, float h, String title, List<PageLine> pages) {
            try {
                frame(x, top, w, h, title);
                float plotTop = top - 22;
                float plotBottom = top - h + 30;
                legend(x, top - h + 8, w);
                if (pages.isEmpty()) {
                    return;
                }
                int max = 1;
                for (PageLine p : pages) {
                    max = Math.max(max, Math.max(p.norm(), p.published()));
                }
                float labelW = w * 0.42f;
                float plotX = x + labelW + 4;
                float plotW = w - labelW - 12;
                float band = (plotTop - plotBottom) / pages.size();
                float bar = Math.min(9, band * 0.36f);
                axisTicks(plotX, plotBottom, plotW, max);
                for (int i = 0; i < pages.size(); i++) {
                    PageLine p = pages.get(i);
                    float cy = plotTop - band * i - band / 2;
                    List<String> label = pdf.wrap(WeeklySummarySheet.pageLabel(p), pdf.regular, 6.5f, labelW - 4);
                    int lines = Math.min(label.size(), Math.max(1, (int) (band / 7.5f)));
                    float ly = cy + (lines - 1) * 3.75f - 2;
                    for (int l = 0; l < lines; l++) {
                        String s = label.get(l) + (l == lines - 1 && label.size() > lines ? "…" : "");
                        float sw = pdf.stringWidth(s, pdf.regular, 6.5f);
                        pdf.text(s, plotX - 4 - sw, ly, pdf.regular, 6.5f, 0.2f);
                        ly -= 7.5f;
                    }
                    rect(plotX, cy, plotW * p.published() / max, bar, PUBLISHED);
                    rect(plotX, cy - bar, plotW * p.norm() / max, bar, NORM);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void trend(float x, float top, float w, float h, String title, List<WeeklyReports.WeekTotal> weeks) {
            try {
                frame(x, top, w, h, title);
                legend(x, top - h + 8, w);
                if (weeks.isEmpty()) {
                    return;
                }
                int top0 = 1;
                for (WeeklyReports.WeekTotal t : weeks) {
                    top0 = Math.max(top0, Math.max(t.norm(), t.published()));
                }
                // Whole-number grid lines: four equal steps up to a round top.
                int gridStep = Math.max(1, (int) Math.ceil(top0 / 4.0));
                int max = gridStep * 4;
                float plotX = x + 26;
                float plotW = w - 36;
                float plotTop = top - 24;
                float plotBottom = top - h + 40;
                float plotH = plotTop - plotBottom;
                for (int v = 0; v <= 4; v++) {
                    int value = gridStep * v;
                    float gy = plotBottom + plotH * value / max;
                    pdf.lines(0.85f, 0.85f, 0.85f, 0.4f);
                    cs.moveTo(plotX, gy);
                    cs.lineTo(plotX + plotW, gy);
                    cs.stroke();
                    String s = String.valueOf(value);
                    pdf.text(s, plotX - 3 - pdf.stringWidth(s, pdf.regular, 6.5f), gy - 2, pdf.regular, 6.5f, 0.3f);
                }
                int n = weeks.size();
                float step = n > 1 ? plotW / (n - 1) : 0;
                int every = Math.max(1, (int) Math.ceil(n / 6.0));
                for (int i = 0; i < n; i++) {
                    if (i % every == 0 || i == n - 1) {
                        String s = tr("report.period.weekLabel", weeks.get(i).monday().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                        float px = plotX + step * i + (n == 1 ? plotW / 2 : 0);
                        pdf.text(s, px - pdf.stringWidth(s, pdf.regular, 6.5f) / 2, plotBottom - 10, pdf.regular, 6.5f, 0.3f);
                    }
                }
                polyline(weeks, plotX, plotBottom, plotW, plotH, max, true, NORM);
                polyline(weeks, plotX, plotBottom, plotW, plotH, max, false, PUBLISHED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void polyline(List<WeeklyReports.WeekTotal> weeks, float x, float y, float w, float h, int max, boolean norm,
                float[] color) throws IOException {
            int n = weeks.size();
            float step = n > 1 ? w / (n - 1) : 0;
            pdf.lines(color[0], color[1], color[2], 1.6f);
            pdf.fillColour(color[0], color[1], color[2]);
            for (int i = 0; i < n; i++) {
                int v = norm ? weeks.get(i).norm() : weeks.get(i).published();
                float px = x + step * i + (n == 1 ? w / 2 : 0);
                float py = y + h * v / max;
                if (i == 0) {
                    cs.moveTo(px, py);
                } else {
                    cs.lineTo(px, py);
                }
            }
            if (n > 1) {
                cs.stroke();
            }
            if (!norm || n == 1) {
                for (int i = 0; i < n; i++) {
                    int v = norm ? weeks.get(i).norm() : weeks.get(i).published();
                    float px = x + step * i + (n == 1 ? w / 2 : 0);
                    cs.addRect(px - 1.8f, y + h * v / max - 1.8f, 3.6f, 3.6f);
                }
                cs.fill();
            }
        }

        private void axisTicks(float x, float y, float w, int max) throws IOException {
            int step = Math.max(1, (int) Math.ceil(max / 5.0));
            for (int v = 0; v <= max; v += step) {
                float gx = x + w * v / max;
                pdf.lines(0.85f, 0.85f, 0.85f, 0.4f);
                cs.moveTo(gx, y);
                cs.lineTo(gx, y + 4);
                cs.stroke();
                String s = String.valueOf(v);
                pdf.text(s, gx - pdf.stringWidth(s, pdf.regular, 6.5f) / 2, y - 8, pdf.regular, 6.5f, 0.3f);
            }
        }

        private void frame(float x, float top, float w, float h, String title) throws IOException {
            pdf.lines(0.7f, 0.7f, 0.7f, 0.6f);
            cs.addRect(x, top - h, w, h);
            cs.stroke();
            List<String> lines = pdf.wrap(title, pdf.bold, 8.5f, w - 10);
            String first = lines.get(0) + (lines.size() > 1 ? "…" : "");
            pdf.text(first, x + (w - pdf.stringWidth(first, pdf.bold, 8.5f)) / 2, top - 13, pdf.bold, 8.5f, 0);
        }

        /** The legend under every chart: which colour is published, which the norm. */
        private void legend(float x, float y, float w) throws IOException {
            String a = tr("report.chart.published");
            String b = tr("report.chart.normSeries");
            float total = 10 + pdf.stringWidth(a, pdf.regular, 7) + 16 + 10 + pdf.stringWidth(b, pdf.regular, 7);
            float lx = x + (w - total) / 2;
            rect(lx, y + 4, 7, 7, PUBLISHED);
            pdf.text(a, lx + 10, y, pdf.regular, 7, 0.2f);
            lx += 10 + pdf.stringWidth(a, pdf.regular, 7) + 16;
            rect(lx, y + 4, 7, 7, NORM);
            pdf.text(b, lx + 10, y, pdf.regular, 7, 0.2f);
        }

        /** A bar from its vertical centre line downward by {@code h}, from the left edge {@code x}. */
        private void rect(float x, float yTop, float w, float h, float[] c) throws IOException {
            pdf.fillColour(c[0], c[1], c[2]);
            cs.addRect(x, yTop - h, Math.max(0.5f, w), h);
            cs.fill();
        }
    }
}
