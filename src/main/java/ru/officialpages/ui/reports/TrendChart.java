package ru.officialpages.ui.reports;

import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.reports.ReportsViewModel.TrendPoint;

/**
 * Posts and the norm week by week: two lines over a scale with dashed grid lines, week numbers
 * underneath and a legend. Drawn with plain shapes and texts, as {@link NormBarChart} is: a JavaFX
 * LineChart with its axes, legend and a styled node per point was a third of what the report
 * screen did on opening (issue 10), most of it the first loading of the chart classes.
 */
final class TrendChart extends Region {
    static final Color PUBLISHED = Color.web("#1565c0");
    static final Color NORM = Color.web("#555555");
    private static final double TITLE = 18;
    private static final double BOTTOM = 40;

    private final List<TrendPoint> points;
    private final int top;
    private final int step;
    private final Text title;
    private final List<Text> yTicks = new ArrayList<>();
    private final List<Line> yGrid = new ArrayList<>();
    private final List<Text> xTicks = new ArrayList<>();
    private final List<Line> xGrid = new ArrayList<>();
    private final Polyline published = new Polyline();
    private final Polyline norm = new Polyline();
    private final List<Circle> symbols = new ArrayList<>();
    private final Text axisName;
    private final Text legendPublished;
    private final Text legendNorm;
    private final Circle keyPublished = symbol(PUBLISHED);
    private final Circle keyNorm = symbol(NORM);
    private final Line axis = new Line();

    TrendChart(List<TrendPoint> points) {
        this.points = points;
        getStyleClass().add("trend-chart");
        title = NormBarChart.text(Tr.tr("reports.chart.trend"), "chart-title");
        int max = 1;
        for (TrendPoint p : points) {
            max = Math.max(max, Math.max(p.published(), p.norm()));
        }
        step = niceStep(max);
        top = (int) Math.ceil((double) max / step) * step;
        for (int v = 0; v <= top; v += step) {
            yTicks.add(NormBarChart.text(String.valueOf(v), "norm-bar-tick"));
            yGrid.add(NormBarChart.gridLine());
        }
        // A long period keeps every label readable by naming only every n-th week.
        int every = Math.max(1, (int) Math.ceil(points.size() / 16.0));
        for (int i = 0; i < points.size(); i++) {
            xGrid.add(NormBarChart.gridLine());
            xTicks.add(i % every == 0 ? NormBarChart.text(String.valueOf(points.get(i).monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    "norm-bar-tick") : null);
        }
        published.setStroke(PUBLISHED);
        published.setStrokeWidth(2);
        norm.setStroke(NORM);
        norm.setStrokeWidth(2);
        norm.getStrokeDashArray().setAll(6.0, 4.0);
        axis.getStyleClass().setAll("norm-bar-axis");
        getChildren().addAll(yGrid);
        getChildren().addAll(xGrid);
        getChildren().addAll(axis, norm, published);
        if (points.size() <= 16) {
            for (TrendPoint p : points) {
                symbols.add(symbol(NORM));
                symbols.add(symbol(PUBLISHED));
            }
            getChildren().addAll(symbols);
        }
        getChildren().addAll(yTicks);
        xTicks.stream().filter(t -> t != null).forEach(getChildren()::add);
        axisName = NormBarChart.text(Tr.tr("reports.chart.weekAxis"), "norm-bar-tick");
        legendPublished = NormBarChart.text(Tr.tr("report.col.published"), "norm-bar-tick");
        legendNorm = NormBarChart.text(Tr.tr("report.col.norm"), "norm-bar-tick");
        getChildren().addAll(title, axisName, legendPublished, legendNorm, keyPublished, keyNorm);
        setMinHeight(150);
        setPrefHeight(200);
    }

    /** 1, 2 or 5 times a power of ten, so that the scale has four to ten marks. */
    static int niceStep(int max) {
        int step = 1;
        while (max / step > 8) {
            int s = step;
            step = String.valueOf(s).startsWith("2") ? s * 5 / 2 : s * 2;
        }
        return step;
    }

    private static Circle symbol(Color color) {
        Circle c = new Circle(3.5, Color.WHITE);
        c.setStroke(color);
        c.setStrokeWidth(2);
        return c;
    }


    @Override
    protected double computePrefWidth(double height) {
        return ReportPages.WIDTH * 0.58;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        title.relocate(Math.max(0, (w - title.getLayoutBounds().getWidth()) / 2), 0);
        double labelWidth = 0;
        for (Text t : yTicks) {
            labelWidth = Math.max(labelWidth, t.getLayoutBounds().getWidth());
        }
        double x0 = labelWidth + 6;
        double y0 = TITLE + 4;
        double y1 = Math.max(y0 + 10, h - BOTTOM);
        double plot = Math.max(1, w - x0 - 8);
        int n = Math.max(1, points.size());
        double slot = plot / n;
        for (int k = 0; k < yTicks.size(); k++) {
            double y = y1 - (y1 - y0) * (k * step) / (double) top;
            Line g = yGrid.get(k);
            g.setStartX(x0);
            g.setEndX(x0 + plot);
            g.setStartY(y);
            g.setEndY(y);
            Text t = yTicks.get(k);
            t.relocate(labelWidth - t.getLayoutBounds().getWidth(), y - t.getLayoutBounds().getHeight() / 2);
        }
        published.getPoints().clear();
        norm.getPoints().clear();
        for (int i = 0; i < points.size(); i++) {
            double x = x0 + slot * (i + 0.5);
            Line g = xGrid.get(i);
            g.setStartX(x);
            g.setEndX(x);
            g.setStartY(y0);
            g.setEndY(y1);
            Text t = xTicks.get(i);
            if (t != null) {
                t.relocate(x - t.getLayoutBounds().getWidth() / 2, y1 + 3);
            }
            TrendPoint p = points.get(i);
            double yp = y1 - (y1 - y0) * p.published() / top;
            double yn = y1 - (y1 - y0) * p.norm() / top;
            published.getPoints().addAll(x, yp);
            norm.getPoints().addAll(x, yn);
            if (!symbols.isEmpty()) {
                symbols.get(2 * i).relocate(x - 3.5, yn - 3.5);
                symbols.get(2 * i + 1).relocate(x - 3.5, yp - 3.5);
            }
        }
        axis.setStartX(x0);
        axis.setEndX(x0 + plot);
        axis.setStartY(y1);
        axis.setEndY(y1);
        double under = y1 + 3 + (xTicks.isEmpty() || xTicks.get(0) == null ? 10 : xTicks.get(0).getLayoutBounds().getHeight());
        axisName.relocate(x0 + (plot - axisName.getLayoutBounds().getWidth()) / 2, under);
        double legendY = under + axisName.getLayoutBounds().getHeight() + 3;
        double legendWidth = 12 + legendPublished.getLayoutBounds().getWidth() + 14 + 12 + legendNorm.getLayoutBounds().getWidth();
        double lx = x0 + (plot - legendWidth) / 2;
        double mid = legendY + legendPublished.getLayoutBounds().getHeight() / 2;
        keyPublished.relocate(lx, mid - 3.5);
        legendPublished.relocate(lx + 12, legendY);
        lx += 12 + legendPublished.getLayoutBounds().getWidth() + 14;
        keyNorm.relocate(lx, mid - 3.5);
        legendNorm.relocate(lx + 12, legendY);
    }
}
