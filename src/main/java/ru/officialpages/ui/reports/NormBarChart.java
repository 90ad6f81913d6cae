package ru.officialpages.ui.reports;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import ru.officialpages.i18n.Tr;
import ru.officialpages.report.WeeklyReport.PageLine;

/**
 * Posts of each page as horizontal bars (the pages' names stay readable), green when the norm is
 * met and red when not, with the page's norm drawn as a black line across its bar; a scale of
 * posts with dashed lines underneath. Drawn with plain shapes and texts: a JavaFX BarChart with
 * its axes, legend and a styled node per bar took a fifth of the time the report screen needed
 * to open, and it cannot draw the norm lines by itself anyway.
 */
final class NormBarChart extends Region {
    /** More pages would make bars too thin to read; the ones furthest from the norm are shown. */
    static final int MAX_PAGES = 24;
    /** Height of one page's bar with its gap, in points on paper. */
    static final double ROW = 17;
    private static final double TITLE = 24;
    private static final Color MET = Color.web("#2e7d32");
    private static final Color MISSED = Color.web("#c62828");

    private final List<PageLine> pages;
    private final int top;
    private final int step;
    private final Text title;
    private final List<Text> labels = new ArrayList<>();
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Line> norms = new ArrayList<>();
    private final List<Text> ticks = new ArrayList<>();
    private final List<Line> grid = new ArrayList<>();
    private final Line axis = new Line();

    NormBarChart(List<PageLine> all) {
        this.pages = shown(all);
        getStyleClass().add("norm-bar-chart");
        title = text(all.size() > MAX_PAGES ? Tr.tr("reports.chart.norm.worst", MAX_PAGES) : Tr.tr("reports.chart.norm"), "chart-title");
        int max = 1;
        for (PageLine p : pages) {
            max = Math.max(max, Math.max(p.published(), p.norm()));
        }
        top = max + 1;
        step = (int) Math.max(1, Math.ceil(top / 10.0));
        for (int v = 0; v <= top; v += step) {
            ticks.add(text(String.valueOf(v), "norm-bar-tick"));
            grid.add(gridLine());
        }
        getChildren().addAll(grid);
        for (PageLine p : pages) {
            labels.add(text(label(p), "norm-bar-tick"));
            Rectangle bar = new Rectangle();
            bar.setFill(p.met() ? MET : MISSED);
            bars.add(bar);
            Line l = new Line();
            l.getStyleClass().setAll("norm-line");
            l.setStrokeWidth(2.5);
            norms.add(l);
        }
        axis.getStyleClass().setAll("norm-bar-axis");
        getChildren().add(axis);
        getChildren().addAll(bars);
        getChildren().addAll(norms);
        getChildren().addAll(labels);
        getChildren().addAll(ticks);
        getChildren().add(title);
        double height = 60 + ROW * pages.size();
        setMinHeight(height);
        setPrefHeight(height);
        setMaxHeight(height);
    }

    /** A text of the report's charts, placed by its top edge. */
    static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.setTextOrigin(VPos.TOP);
        // Only our class: the theme's many rules for ".text" would each be tried on every text.
        t.getStyleClass().setAll(styleClass);
        return t;
    }

    /** A dashed scale line of the report's charts. */
    static Line gridLine() {
        Line g = new Line();
        g.getStyleClass().setAll("norm-bar-grid");
        return g;
    }

    private static List<PageLine> shown(List<PageLine> all) {
        if (all.size() <= MAX_PAGES) {
            return all;
        }
        return all.stream().sorted((a, b) -> Integer.compare(b.missing(), a.missing())).limit(MAX_PAGES).toList();
    }

    private static String label(PageLine p) {
        String org = p.organization().length() > 34 ? p.organization().substring(0, 33) + "…" : p.organization();
        return org + " · " + p.network();
    }

    @Override
    protected double computePrefWidth(double height) {
        return ReportPages.WIDTH;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double titleWidth = title.getLayoutBounds().getWidth();
        title.relocate(Math.max(0, (w - titleWidth) / 2), 2);
        // Names stay on one line (label() shortens them), right-aligned against the bars.
        double labelWidth = 0;
        for (Text l : labels) {
            labelWidth = Math.min(w * 0.55, Math.max(labelWidth, l.getLayoutBounds().getWidth()));
        }
        double x0 = labelWidth + 10;
        double plot = Math.max(1, w - x0 - 12);
        double y0 = TITLE;
        double y1 = y0 + ROW * pages.size();
        for (int i = 0; i < pages.size(); i++) {
            PageLine p = pages.get(i);
            double y = y0 + i * ROW;
            Text l = labels.get(i);
            l.relocate(labelWidth - l.getLayoutBounds().getWidth(), y + (ROW - l.getLayoutBounds().getHeight()) / 2);
            Rectangle bar = bars.get(i);
            bar.setX(x0);
            bar.setY(y + 2.5);
            bar.setWidth(plot * p.published() / top);
            bar.setHeight(ROW - 5);
            double at = x0 + plot * p.norm() / top;
            Line n = norms.get(i);
            n.setStartX(at);
            n.setEndX(at);
            n.setStartY(y + 0.5);
            n.setEndY(y + ROW - 0.5);
        }
        for (int k = 0; k < ticks.size(); k++) {
            double x = x0 + plot * (k * step) / top;
            Line g = grid.get(k);
            g.setStartX(x);
            g.setEndX(x);
            g.setStartY(y0);
            g.setEndY(y1 + 3);
            Text t = ticks.get(k);
            t.relocate(x - t.getLayoutBounds().getWidth() / 2, y1 + 5);
        }
        axis.setStartX(x0);
        axis.setEndX(x0 + plot);
        axis.setStartY(y1);
        axis.setEndY(y1);
    }
}
