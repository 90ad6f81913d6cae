package ru.officialpages.ui.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

import ru.officialpages.i18n.Tr;
import ru.officialpages.report.WeeklyReport.PageLine;

/**
 * Posts of each page as horizontal bars (the pages' names stay readable), green when the norm is
 * met and red when not, with the page's norm drawn as a black line across its bar. JavaFX has no
 * bar-and-line chart, so the lines are placed in the plot after the bars are laid out.
 */
final class NormBarChart extends BarChart<Number, String> {
    /** More pages would make bars too thin to read; the ones furthest from the norm are shown. */
    static final int MAX_PAGES = 24;
    /** Height of one page's bar with its gap, in points on paper. */
    static final double ROW = 17;

    private final List<PageLine> pages;
    private final List<Line> lines = new ArrayList<>();
    private final XYChart.Series<Number, String> series = new XYChart.Series<>();

    NormBarChart(List<PageLine> all) {
        super(new NumberAxis(), new CategoryAxis());
        this.pages = shown(all);
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(0);
        setCategoryGap(5);
        getStyleClass().add("norm-bar-chart");
        setTitle(all.size() > MAX_PAGES ? Tr.tr("reports.chart.norm.worst", MAX_PAGES) : Tr.tr("reports.chart.norm"));
        series.setName(Tr.tr("report.col.published"));
        Set<String> used = new HashSet<>();
        int max = 1;
        // The category axis runs bottom to top: the first page goes last so it is read first.
        for (int i = pages.size() - 1; i >= 0; i--) {
            PageLine p = pages.get(i);
            String label = label(p);
            for (int n = 2; !used.add(label); n++) {
                label = label(p) + " (" + n + ")";
            }
            series.getData().add(new XYChart.Data<>(p.published(), label));
            max = Math.max(max, Math.max(p.published(), p.norm()));
            Line l = new Line();
            l.getStyleClass().add("norm-line");
            l.setStrokeWidth(2.5);
            lines.add(l);
        }
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(max + 1);
        x.setTickUnit(Math.max(1, Math.ceil((max + 1) / 10.0)));
        x.setMinorTickVisible(false);
        getData().add(series);
        getPlotChildren().addAll(lines);
        double height = 60 + ROW * pages.size();
        setMinHeight(height);
        setPrefHeight(height);
        setMaxHeight(height);
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
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        int n = series.getData().size();
        for (int i = 0; i < n && i < lines.size(); i++) {
            Node bar = series.getData().get(i).getNode();
            if (bar == null) {
                continue;
            }
            PageLine p = pages.get(n - 1 - i);
            bar.setStyle("-fx-bar-fill: " + (p.met() ? "#2e7d32" : "#c62828") + ";");
            Bounds b = bar.getBoundsInParent();
            double at = x.getDisplayPosition(p.norm());
            Line l = lines.get(i);
            l.setStartX(at);
            l.setEndX(at);
            l.setStartY(b.getMinY() - 2);
            l.setEndY(b.getMaxY() + 2);
            l.toFront();
        }
    }
}
