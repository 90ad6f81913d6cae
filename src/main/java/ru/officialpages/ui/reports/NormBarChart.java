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
 * Posts of each page as bars, green when the norm is met and red when not, with the page's norm
 * drawn as a black line across its bar. JavaFX has no bar-and-line chart, so the lines are
 * placed in the plot after the bars are laid out.
 */
final class NormBarChart extends BarChart<String, Number> {
    /** More pages would make bars too thin to read; the ones furthest from the norm are shown. */
    static final int MAX_PAGES = 24;

    private final List<PageLine> pages;
    private final List<Line> lines = new ArrayList<>();
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();

    NormBarChart(List<PageLine> all) {
        super(new CategoryAxis(), new NumberAxis());
        this.pages = shown(all);
        setAnimated(false);
        setLegendVisible(false);
        setBarGap(2);
        setCategoryGap(all.size() > 10 ? 6 : 18);
        getStyleClass().add("norm-bar-chart");
        setTitle(Tr.tr(all.size() > MAX_PAGES ? "reports.chart.norm.worst" : "reports.chart.norm", MAX_PAGES));
        series.setName(Tr.tr("report.col.published"));
        Set<String> used = new HashSet<>();
        int max = 1;
        for (PageLine p : pages) {
            String label = label(p);
            for (int n = 2; !used.add(label); n++) {
                label = label(p) + " (" + n + ")";
            }
            series.getData().add(new XYChart.Data<>(label, p.published()));
            max = Math.max(max, Math.max(p.published(), p.norm()));
            Line l = new Line();
            l.getStyleClass().add("norm-line");
            l.setStrokeWidth(2.5);
            lines.add(l);
        }
        NumberAxis y = (NumberAxis) getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(max + 1);
        y.setTickUnit(Math.max(1, Math.ceil((max + 1) / 8.0)));
        y.setMinorTickVisible(false);
        getXAxis().setTickLabelRotation(pages.size() > 6 ? -40 : 0);
        getData().add(series);
        getPlotChildren().addAll(lines);
    }

    private static List<PageLine> shown(List<PageLine> all) {
        if (all.size() <= MAX_PAGES) {
            return all;
        }
        return all.stream().sorted((a, b) -> Integer.compare(b.missing(), a.missing())).limit(MAX_PAGES).toList();
    }

    private static String label(PageLine p) {
        String org = p.organization().length() > 22 ? p.organization().substring(0, 21) + "…" : p.organization();
        return org + " · " + p.network();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis y = (NumberAxis) getYAxis();
        for (int i = 0; i < series.getData().size() && i < lines.size(); i++) {
            Node bar = series.getData().get(i).getNode();
            if (bar == null) {
                continue;
            }
            PageLine p = pages.get(i);
            bar.setStyle("-fx-bar-fill: " + (p.met() ? "#2e7d32" : "#c62828") + ";");
            Bounds b = bar.getBoundsInParent();
            double at = y.getDisplayPosition(p.norm());
            Line l = lines.get(i);
            l.setStartX(b.getMinX() - 3);
            l.setEndX(b.getMaxX() + 3);
            l.setStartY(at);
            l.setEndY(at);
            l.toFront();
        }
    }
}
