package ru.officialpages.ui.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.PeriodReport;
import ru.officialpages.report.PeriodReportXlsx;
import ru.officialpages.report.ReportSigners;
import ru.officialpages.report.WeeklyReport;
import ru.officialpages.report.WeeklyReport.MessageLine;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.report.WeeklyReportXlsx;
import ru.officialpages.ui.reports.ReportsViewModel.Shown;
import ru.officialpages.ui.reports.ReportsViewModel.TrendPoint;

/**
 * The report laid out on A4 pages: the same layout is the preview on screen and what goes to the
 * printer (built afresh for it). Each page has the municipality and the week in its header and "Страница N из M" in its
 * footer; the signatures close the last page. Content flows block by block (a table row is a
 * block), so a long table continues on the next page under a repeated header.
 */
final class ReportPages {
    /** A4 portrait in points, less the printer's usual margins. */
    static final double WIDTH = 520;
    static final double HEIGHT = 760;
    private static final double CONTENT_HEIGHT = HEIGHT - 60;
    private static final DateTimeFormatter DAY = ru.officialpages.i18n.RuFormat.DATE;
    private static final DateTimeFormatter MINUTE = ru.officialpages.i18n.RuFormat.DATE_TIME;

    /** A piece of content; a table row remembers its table so the header can be repeated. */
    private record Block(Region node, PrintTable table, boolean keepWithNext) {
        Block(Region node, PrintTable table) {
            this(node, table, false);
        }
    }

    private static PrintTable.Fonts fonts;

    /**
     * The fonts of the table cells as the style sheet makes them, read once from a styled probe:
     * the columns are measured in them so no word is broken inside (issue 18 item 5).
     */
    static synchronized PrintTable.Fonts fonts() {
        if (fonts == null) {
            javafx.scene.text.Text cell = probe("print-table-row");
            javafx.scene.text.Text header = probe("print-table-header");
            javafx.scene.text.Text total = probe("print-table-total");
            VBox page = new VBox((Node) cell.getParent(), (Node) header.getParent(), (Node) total.getParent());
            page.getStyleClass().add("print-page");
            Scene scene = new Scene(new Group(page));
            scene.getStylesheets().addAll(stylesheets());
            page.applyCss();
            fonts = new PrintTable.Fonts(cell.getFont(), header.getFont(), total.getFont());
        }
        return fonts;
    }

    private static javafx.scene.text.Text probe(String rowClass) {
        javafx.scene.text.Text t = new javafx.scene.text.Text("Ж");
        t.getStyleClass().setAll("print-cell");
        Pane row = new Pane(t);
        row.getStyleClass().add(rowClass);
        return t;
    }

    private final List<Block> blocks = new ArrayList<>();
    private final String headerLeft;
    private final String headerRight;

    private ReportPages(String headerLeft, String headerRight) {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
    }

    static List<String> stylesheets() {
        List<String> list = new ArrayList<>();
        for (String name : new String[] {"/ru/officialpages/ui/app.css", "/ru/officialpages/ui/reports/reports.css"}) {
            var css = ReportPages.class.getResource(name);
            if (css != null) {
                list.add(css.toExternalForm());
            }
        }
        return list;
    }

    /** Fresh pages for the printer, laid out in a scene of their own, every page complete. */
    static List<Region> of(Shown s) {
        VBox host = new VBox();
        Scene scene = new Scene(new Group(host));
        scene.getStylesheets().addAll(stylesheets());
        List<Sheet> sheets = content(s).flow(host, page -> page);
        sheets.forEach(Sheet::fill);
        return sheets.stream().map(Sheet::page).toList();
    }

    /**
     * The pages flowed straight into {@code host}, a box already in the window, each shown
     * through {@code frame}. Only the first page is complete; the table rows of the others are
     * added when the page first comes into view ({@link Sheet#fill}), as a report of 200 pages'
     * rows and their messages runs to many pages nobody may scroll to.
     */
    static List<Sheet> into(Shown s, Pane host, Function<Region, Node> frame) {
        host.getChildren().clear();
        List<Sheet> sheets = content(s).flow(host, frame);
        sheets.get(0).fill();
        return sheets;
    }

    /**
     * A page: the sheet of paper, the node it is shown through, and its content in order. Until
     * {@link #fill} the sheet is blank paper holding only the blocks that had to be styled to be
     * measured; the running header, the page number and the table rows are added then.
     */
    static final class Sheet {
        private final VBox page;
        private final Node frame;
        private final VBox body;
        private final List<Region> content = new ArrayList<>();
        private final Runnable decorate;
        private boolean filled;

        private Sheet(VBox page, Node frame, VBox body, Runnable decorate) {
            this.page = page;
            this.frame = frame;
            this.body = body;
            this.decorate = decorate;
        }

        Region page() {
            return page;
        }

        Node frame() {
            return frame;
        }

        boolean filled() {
            return filled;
        }

        /** Puts the header, the number and the waiting rows in; the blocks already on the page stay where they are. */
        void fill() {
            if (filled) {
                return;
            }
            filled = true;
            decorate.run();
            List<Node> on = body.getChildren();
            // The blocks already on the page are in content's order; each gap is filled in one go.
            int i = 0;
            while (i < content.size()) {
                if (i < on.size() && on.get(i) == content.get(i)) {
                    i++;
                    continue;
                }
                Node next = i < on.size() ? on.get(i) : null;
                int end = i;
                while (end < content.size() && content.get(end) != next) {
                    if (content.get(end) instanceof PrintRow row) {
                        row.build();
                    }
                    end++;
                }
                on.addAll(i, content.subList(i, end));
                i = end;
            }
        }
    }

    private static ReportPages content(Shown s) {
        return s.week() != null ? weekly(s.week(), s.trend(), s.signers()) : period(s.period(), s.signers());
    }

    static ReportPages weekly(WeeklyReport r, List<TrendPoint> trend, ReportSigners signers) {
        String week = WeeklyReportXlsx.weekName(r);
        ReportPages p = new ReportPages(municipality(signers), week);
        WeeklyReport.Publications pub = r.publications();
        p.add(title(Tr.tr("reports.print.weekly.title"), week));
        p.add(text(Tr.tr("report.weekly.publications.summary", pub.published(), pub.norm(), pub.pagesMet(), pub.pages().size()),
                "reports-print-summary"));
        if (!pub.pages().isEmpty()) {
            NormBarChart bars = new NormBarChart(pub.pages());
            bars.setPrefWidth(WIDTH);
            p.add(bars);
        }
        HBox charts = new HBox(8, trendChart(trend), formatsChart(pub.formats()));
        p.add(charts);

        p.add(heading(Tr.tr("report.section.publications")));
        PrintTable t = new PrintTable("reports-print-publications")
                .col(Tr.tr("report.col.organization"), 30, false).col(Tr.tr("report.col.network"), 15, false)
                .col(Tr.tr("report.col.norm"), 10, true)
                .col(Tr.tr("reports.col.publishedShort"), 10, true).col(Tr.tr("report.col.met"), 14, false)
                .col(Tr.tr("reports.col.missingShort"), 10, true).col(Tr.tr("report.col.formats"), 20, false);
        for (PageLine l : pub.pages()) {
            String norm = l.partialWeek() ? Tr.tr("reports.print.normPartial", l.norm(), l.daysExisted()) : String.valueOf(l.norm());
            // The organization's name, not the page's address: the head reads names (issue 18 item 5).
            t.row(false, !l.met(), l.organization(), l.network(), norm, String.valueOf(l.published()),
                    Tr.tr(l.met() ? "xlsx.yes" : "xlsx.no"), String.valueOf(l.missing()), WeeklyReportXlsx.formats(l.formats()));
        }
        t.row(true, false, Tr.tr("xlsx.totals"), "", String.valueOf(pub.norm()), String.valueOf(pub.published()),
                Tr.tr("reports.print.pagesMet", pub.pagesMet(), pub.pages().size()), String.valueOf(pub.missing()), "");
        p.add(t);
        if (pub.pages().stream().anyMatch(PageLine::partialWeek)) {
            p.add(note(Tr.tr("report.weekly.publications.prorated")));
        }

        p.add(heading(Tr.tr("report.section.reach")));
        if (!pub.reach().known()) {
            p.add(note(Tr.tr("report.reach.none")));
        } else {
            PrintTable reach = reachTable("reports-print-reach", Tr.tr("report.col.organization"), 40);
            for (PageLine l : pub.pages()) {
                reach.row(reachRow(l.organization() + ", " + l.network(), l.reach()));
            }
            reach.row(true, false, reachRow(Tr.tr("xlsx.totals"), pub.reach()));
            p.add(reach);
            p.add(note(Tr.tr("report.reach.note")));
        }

        WeeklyReport.Plan plan = r.plan();
        p.add(heading(Tr.tr("report.section.plan")));
        p.add(figures("reports-print-plan", List.of(
                new String[] {Tr.tr("report.plan.planned"), String.valueOf(plan.planned())},
                new String[] {Tr.tr("report.plan.published"), String.valueOf(plan.published())},
                new String[] {Tr.tr("report.plan.moved"), String.valueOf(plan.moved())},
                new String[] {Tr.tr("report.plan.cancelled"), String.valueOf(plan.cancelled())},
                new String[] {Tr.tr("report.plan.overdue"), String.valueOf(plan.overdue())})));

        WeeklyReport.Moderation mod = r.moderation();
        p.add(heading(Tr.tr("report.section.moderation")));
        List<String[]> modRows = new ArrayList<>();
        modRows.add(new String[] {Tr.tr("report.moderation.records"), String.valueOf(mod.records())});
        for (Map.Entry<DeletionGround, Integer> e : mod.byGround().entrySet()) {
            modRows.add(new String[] {Tr.tr("reports.print.ground", Tr.tr(e.getKey().titleKey())), String.valueOf(e.getValue())});
        }
        for (Map.Entry<String, Integer> e : mod.byAction().entrySet()) {
            modRows.add(new String[] {Tr.tr("reports.print.action", WeeklyReportXlsx.actionName(e.getKey())), String.valueOf(e.getValue())});
        }
        modRows.add(new String[] {Tr.tr("report.moderation.blacklisted"), String.valueOf(mod.blacklisted())});
        modRows.add(new String[] {Tr.tr("reports.print.round"), Tr.tr("reports.print.roundValue", mod.roundDays(), mod.workingDays())});
        p.add(figures("reports-print-moderation", modRows));

        WeeklyReport.Messages m = r.messages();
        p.add(heading(Tr.tr("report.section.messages")));
        p.add(figures("reports-print-messages", List.of(
                new String[] {Tr.tr("report.messages.received"), String.valueOf(m.received())},
                new String[] {Tr.tr("report.messages.inTime"), String.valueOf(m.inTime())},
                new String[] {Tr.tr("report.messages.late"), Tr.tr("reports.print.lateValue", m.late(), m.lateTotalText())},
                new String[] {Tr.tr("report.messages.awaitingFinal"), String.valueOf(m.awaitingFinal())},
                new String[] {Tr.tr("report.messages.open"), String.valueOf(m.open())},
                new String[] {Tr.tr("report.messages.closed"), String.valueOf(m.closedNoAnswer())})));
        if (!m.lines().isEmpty()) {
            PrintTable late = new PrintTable("reports-print-late")
                    .col(Tr.tr("report.col.detected"), 13, false).col(Tr.tr("report.col.page"), 24, false)
                    .col(Tr.tr("report.col.topic"), 25, false).col(Tr.tr("report.col.due"), 13, false)
                    .col(Tr.tr("report.col.answered"), 13, false).col(Tr.tr("reports.col.lateShort"), 12, true);
            for (MessageLine l : m.lines()) {
                late.row(false, l.state() != WeeklyReport.MessageState.OPEN, MINUTE.format(l.detectedAt()),
                        l.page().isBlank() ? l.network() : l.page() + ", " + l.network(),
                        (l.high() ? Tr.tr("reports.print.high") + " " : "") + l.topic(), MINUTE.format(l.due()),
                        l.answeredAt() == null ? Tr.tr("reports.print.noAnswer") : MINUTE.format(l.answeredAt()),
                        l.lateText());
            }
            p.add(late);
        }
        p.signatures(signers);
        return p;
    }

    static ReportPages period(PeriodReport r, ReportSigners signers) {
        String period = PeriodReportXlsx.periodName(r);
        ReportPages p = new ReportPages(municipality(signers), period);
        p.add(title(Tr.tr("reports.print.period.title"), period));
        int published = r.published();
        int norm = r.norm();
        p.add(text(Tr.tr("reports.print.period.summary", published, norm), "reports-print-summary"));
        List<TrendPoint> points = r.weeks().stream().map(w -> new TrendPoint(w.monday(), w.publications().published(),
                w.publications().norm())).toList();
        Region trend = trendChart(points);
        trend.setPrefSize(WIDTH, 220);
        trend.setMinHeight(220);
        p.add(trend);

        p.add(heading(Tr.tr("report.section.publications")));
        PrintTable pub = weekTable("reports-print-period-publications").col(Tr.tr("report.col.pages"), 10, true)
                .col(Tr.tr("report.col.norm"), 10, true).col(Tr.tr("reports.col.publishedShort"), 12, true)
                .col(Tr.tr("report.col.pagesMet"), 14, true).col(Tr.tr("reports.col.missingShort"), 12, true);
        for (WeeklyReport w : r.weeks()) {
            WeeklyReport.Publications x = w.publications();
            pub.row(false, x.missing() > 0, week(w), String.valueOf(x.pages().size()), String.valueOf(x.norm()),
                    String.valueOf(x.published()), String.valueOf(x.pagesMet()), String.valueOf(x.missing()));
        }
        pub.row(true, false, Tr.tr("xlsx.totals"), "", String.valueOf(norm), String.valueOf(published), "",
                String.valueOf(r.weeks().stream().mapToInt(w -> w.publications().missing()).sum()));
        p.add(pub);

        WeeklyReport.Reach periodReach = WeeklyReport.Reach.UNKNOWN;
        for (WeeklyReport w : r.weeks()) {
            periodReach = periodReach.plus(w.publications().reach());
        }
        p.add(heading(Tr.tr("report.section.reach")));
        if (!periodReach.known()) {
            p.add(note(Tr.tr("report.reach.none")));
        } else {
            PrintTable reach = reachTable("reports-print-period-reach", Tr.tr("report.col.week"), 26);
            for (WeeklyReport w : r.weeks()) {
                reach.row(reachRow(week(w), w.publications().reach()));
            }
            reach.row(true, false, reachRow(Tr.tr("xlsx.totals"), periodReach));
            p.add(reach);
            p.add(note(Tr.tr("report.reach.note")));
        }

        p.add(heading(Tr.tr("report.section.plan")));
        PrintTable plan = weekTable("reports-print-period-plan").col(Tr.tr("report.plan.planned"), 12, true)
                .col(Tr.tr("report.plan.published"), 12, true).col(Tr.tr("reports.col.moved"), 12, true)
                .col(Tr.tr("report.plan.cancelled"), 12, true).col(Tr.tr("report.plan.overdue"), 12, true);
        for (WeeklyReport w : r.weeks()) {
            WeeklyReport.Plan x = w.plan();
            plan.row(false, x.overdue() > 0, week(w), String.valueOf(x.planned()), String.valueOf(x.published()),
                    String.valueOf(x.moved()), String.valueOf(x.cancelled()), String.valueOf(x.overdue()));
        }
        p.add(plan);

        p.add(heading(Tr.tr("report.section.moderation")));
        PrintTable mod = weekTable("reports-print-period-moderation").col(Tr.tr("reports.col.records"), 12, true)
                .col(Tr.tr("report.action.DELETED"), 12, true).col(Tr.tr("reports.col.blacklisted"), 14, true)
                .col(Tr.tr("reports.print.round"), 18, true);
        for (WeeklyReport w : r.weeks()) {
            WeeklyReport.Moderation x = w.moderation();
            mod.row(false, x.roundDays() < x.workingDays(), week(w), String.valueOf(x.records()),
                    String.valueOf(x.byAction().getOrDefault("DELETED", 0)), String.valueOf(x.blacklisted()),
                    Tr.tr("reports.print.roundValue", x.roundDays(), x.workingDays()));
        }
        p.add(mod);

        p.add(heading(Tr.tr("report.section.messages")));
        PrintTable msg = weekTable("reports-print-period-messages").col(Tr.tr("report.messages.received"), 11, true)
                .col(Tr.tr("report.messages.inTime"), 11, true).col(Tr.tr("reports.col.late"), 11, true)
                .col(Tr.tr("reports.col.lateShort"), 12, true).col(Tr.tr("reports.col.awaiting"), 12, true)
                .col(Tr.tr("report.messages.open"), 11, true);
        for (WeeklyReport w : r.weeks()) {
            WeeklyReport.Messages x = w.messages();
            msg.row(false, x.late() > 0 || x.open() > 0, week(w), String.valueOf(x.received()), String.valueOf(x.inTime()),
                    String.valueOf(x.late()), x.lateColumnText(), String.valueOf(x.awaitingFinal()), String.valueOf(x.open()));
        }
        p.add(msg);
        p.signatures(signers);
        return p;
    }

    /** The reach columns after a first column {@code first}: blank where unknown (issue 17 item 4). */
    private static PrintTable reachTable(String id, String first, double share) {
        return new PrintTable(id).col(first, share, false).col(Tr.tr("report.col.views"), 14, true)
                .col(Tr.tr("report.col.likes"), 11, true).col(Tr.tr("report.col.reposts"), 11, true)
                .col(Tr.tr("report.col.commentsCount"), 14, true);
    }

    private static String[] reachRow(String label, WeeklyReport.Reach r) {
        return new String[] {label, WeeklyReport.Reach.text(r.views(), r.approximate()), WeeklyReport.Reach.text(r.likes(), false),
                WeeklyReport.Reach.text(r.reposts(), false), WeeklyReport.Reach.text(r.comments(), false)};
    }

    private static PrintTable weekTable(String id) {
        return new PrintTable(id).col(Tr.tr("report.col.week"), 26, false);
    }

    private static String week(WeeklyReport w) {
        String row = Tr.tr("reports.print.weekRow", w.weekNumber(), ru.officialpages.i18n.RuFormat.dayMonth(w.first()),
                ru.officialpages.i18n.RuFormat.dayMonth(w.last()));
        return w.partial() ? Tr.tr("report.period.partialWeek", row) : row;
    }

    private static String municipality(ReportSigners s) {
        return s.municipality().isBlank() ? Tr.tr("report.noMunicipality") : s.municipality();
    }

    static String hours(double h) {
        return String.format(java.util.Locale.ROOT, "%.1f", h).replace('.', ',');
    }

    private static Region trendChart(List<TrendPoint> points) {
        TrendChart chart = new TrendChart(points);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static Region formatsChart(Map<PostFormat, Integer> formats) {
        if (formats.isEmpty()) {
            Label none = new Label(Tr.tr("reports.chart.formats.none"));
            none.setPrefWidth(WIDTH * 0.4);
            none.setWrapText(true);
            return new BorderPane(none);
        }
        FormatsPie pie = new FormatsPie(formats);
        pie.setPrefWidth(WIDTH * 0.42);
        pie.setMinHeight(150);
        pie.setPrefHeight(170);
        // A legend of our own under the pie: the chart control's was cut on a small pie. Each format
        // with its colour and count, in the order of the slices.
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 2);
        legend.setId("reports-formats-legend");
        legend.setPrefWrapLength(WIDTH * 0.42);
        legend.setMaxWidth(WIDTH * 0.42);
        int i = 0;
        for (Map.Entry<PostFormat, Integer> e : formats.entrySet()) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(9, 9, FormatsPie.colour(i++));
            Label name = new Label(Tr.tr("format." + e.getKey().name()) + " " + e.getValue(), swatch);
            name.getStyleClass().add("print-note");
            legend.getChildren().add(name);
        }
        VBox box = new VBox(2, pie, legend);
        box.setPrefWidth(WIDTH * 0.42);
        return box;
    }

    private static Region title(String title, String period) {
        Label t = new Label(title);
        t.getStyleClass().add("print-title");
        t.setWrapText(true);
        Label p = new Label(period);
        p.getStyleClass().add("print-subtitle");
        p.setId("reports-print-period");
        VBox box = new VBox(2, t, p);
        box.setPadding(new Insets(0, 0, 6, 0));
        return box;
    }

    private static Region heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("print-heading");
        l.setWrapText(true);
        l.setPadding(new Insets(10, 0, 3, 0));
        return l;
    }

    private static Region text(String s, String id) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setId(id);
        l.setPrefWidth(WIDTH);
        return l;
    }

    private static Region note(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("print-note");
        l.setPrefWidth(WIDTH);
        return l;
    }

    private static PrintTable figures(String id, List<String[]> rows) {
        PrintTable t = new PrintTable(id).col(Tr.tr("report.col.figure"), 75, false).col(Tr.tr("report.col.count"), 25, true);
        rows.forEach(t::row);
        return t;
    }

    private void add(Region node) {
        blocks.add(new Block(node, null, node.getStyleClass().contains("print-heading")));
    }

    private void add(PrintTable table) {
        Region header = table.header(WIDTH);
        blocks.add(new Block(header, null));
        for (Region row : table.rows(WIDTH)) {
            blocks.add(new Block(row, table));
        }
    }

    private void signatures(ReportSigners signers) {
        VBox box = new VBox(14);
        box.setPadding(new Insets(24, 0, 0, 0));
        for (String line : signers.signatureLines()) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        box.setId("reports-print-signatures");
        add(box);
    }

    /** A block's height where it stands: in its page, styled as it will be drawn. */
    private static double height(Region n) {
        n.applyCss();
        return n.prefHeight(WIDTH);
    }

    /**
     * Flows the blocks onto pages made in {@code host} (each shown through {@code frame}); a
     * header never ends a page, a row on a new page gets its header again. Headings, charts,
     * table headers and each table's first and total rows are measured on their page, styled;
     * the other rows of a table are styled as its first row, so their heights are worked out from
     * its font and borders without styling each (see {@link PrintRow#heightStyledAs}).
     */
    private List<Sheet> flow(Pane host, Function<Region, Node> frame) {
        List<Sheet> sheets = new ArrayList<>();
        Map<PrintTable, PrintRow> samples = new java.util.HashMap<>();
        Map<PrintTable, PrintRow> headers = new java.util.HashMap<>();
        Sheet sheet = newPage(host, frame, sheets);
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean isHeader = i + 1 < blocks.size() && blocks.get(i + 1).table() != null && b.table() == null;
            PrintRow sample = b.table() == null ? null : samples.get(b.table());
            boolean styled = sample == null || !(b.node() instanceof PrintRow row && row.styledLike(sample));
            double h;
            if (styled) {
                sheet.body.getChildren().add(built(b.node()));
                h = height(b.node());
            } else {
                h = ((PrintRow) b.node()).heightStyledAs(sample);
            }
            double need = h;
            if (isHeader) {
                // Keep a heading, a table header and the first row together; the first row is the table's sample.
                Block firstRow = blocks.get(i + 1);
                sheet.body.getChildren().add(built(firstRow.node()));
                need += height(firstRow.node());
                sheet.body.getChildren().remove(firstRow.node());
                if (firstRow.node() instanceof PrintRow row && b.node() instanceof PrintRow header) {
                    samples.put(firstRow.table(), row);
                    headers.put(firstRow.table(), header);
                }
            }
            if (b.keepWithNext() && i + 1 < blocks.size()) {
                // A heading goes with what it heads: the next block, and a table header's first row too.
                for (int k = i + 1; k < blocks.size() && k <= i + 2; k++) {
                    Region next = blocks.get(k).node();
                    sheet.body.getChildren().add(built(next));
                    need += height(next);
                    sheet.body.getChildren().remove(next);
                    boolean tableHeader = k + 1 < blocks.size() && blocks.get(k + 1).table() != null && blocks.get(k).table() == null;
                    if (!tableHeader) {
                        break;
                    }
                }
            }
            if (used + need > CONTENT_HEIGHT && !sheet.content.isEmpty()) {
                if (styled) {
                    sheet.body.getChildren().remove(b.node());
                }
                sheet = newPage(host, frame, sheets);
                used = 0;
                if (b.table() != null) {
                    PrintRow again = b.table().header(WIDTH);
                    PrintRow first = headers.get(b.table());
                    if (first != null) {
                        used += again.heightStyledAs(first);
                    } else {
                        sheet.body.getChildren().add(again.build());
                        used += height(again);
                    }
                    sheet.content.add(again);
                }
                if (styled) {
                    sheet.body.getChildren().add(b.node());
                    h = height(b.node());
                }
            }
            sheet.content.add(b.node());
            used += h;
        }
        return sheets;
    }

    private static Region built(Region block) {
        return block instanceof PrintRow row ? row.build() : block;
    }

    /** A new blank page at the end of {@code host}. */
    private Sheet newPage(Pane host, Function<Region, Node> frame, List<Sheet> sheets) {
        VBox body = new VBox(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(6, body);
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets(0));
        page.setMinSize(WIDTH, HEIGHT);
        page.setPrefSize(WIDTH, HEIGHT);
        page.setMaxSize(WIDTH, HEIGHT);
        Node shown = frame.apply(page);
        host.getChildren().add(shown);
        int number = sheets.size() + 1;
        Sheet sheet = new Sheet(page, shown, body, () -> decorate(page, number, sheets.size()));
        sheets.add(sheet);
        return sheet;
    }

    /** The running header above the content and "Страница N из M" under it. */
    private void decorate(VBox page, int number, int of) {
        Label left = new Label(headerLeft);
        left.getStyleClass().add("print-page-header");
        Label right = new Label(headerRight);
        right.getStyleClass().add("print-page-header");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, left, gap, right);
        top.getStyleClass().add("print-page-top");
        Label foot = new Label(Tr.tr("reports.print.page", number, of));
        foot.getStyleClass().add("print-page-header");
        HBox bottom = new HBox(foot);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        page.getChildren().add(0, top);
        page.getChildren().add(bottom);
    }
}
