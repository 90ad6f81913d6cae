package ru.officialpages.ui.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Text;

import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;

/**
 * The week's posts by format as a pie, clockwise from the top, in the colours the JavaFX pie chart
 * used; the formats with their counts are written under it by the caller. Drawn with plain arcs:
 * the chart control cost the report screen's opening more than the whole first page (issue 10).
 */
final class FormatsPie extends Region {
    private static final Color[] COLOURS = {Color.web("#f3622d"), Color.web("#fba71b"), Color.web("#57b757"),
        Color.web("#41a9c9"), Color.web("#4258c9"), Color.web("#9a42c8"), Color.web("#c84164"), Color.web("#888888")};
    private static final double TITLE = 18;

    private final Text title;
    private final List<Arc> slices = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final int total;

    /** The colour of the {@code i}-th slice, for the legend. */
    static Color colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    FormatsPie(Map<PostFormat, Integer> formats) {
        getStyleClass().add("formats-chart");
        title = NormBarChart.text(Tr.tr("reports.chart.formats"), "chart-title");
        int sum = 0;
        int i = 0;
        for (Map.Entry<PostFormat, Integer> e : formats.entrySet()) {
            Arc a = new Arc();
            a.setType(ArcType.ROUND);
            a.setFill(COLOURS[i++ % COLOURS.length]);
            a.setStroke(Color.WHITE);
            a.setStrokeWidth(1);
            slices.add(a);
            counts.add(e.getValue());
            sum += e.getValue();
        }
        total = sum;
        getChildren().addAll(slices);
        getChildren().add(title);
        setMinHeight(150);
        setPrefHeight(170);
    }

    @Override
    protected double computePrefWidth(double height) {
        return ReportPages.WIDTH * 0.42;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        title.relocate(Math.max(0, (w - title.getLayoutBounds().getWidth()) / 2), 0);
        double r = Math.max(10, Math.min(w, getHeight() - TITLE - 8) / 2 - 4);
        double cx = w / 2;
        double cy = TITLE + 4 + r;
        double start = 90;
        for (int i = 0; i < slices.size(); i++) {
            double extent = total == 0 ? 0 : 360.0 * counts.get(i) / total;
            Arc a = slices.get(i);
            a.setCenterX(cx);
            a.setCenterY(cy);
            a.setRadiusX(r);
            a.setRadiusY(r);
            // Clockwise from twelve o'clock, as the chart it replaced was set (start angle 90).
            a.setStartAngle(start - extent);
            a.setLength(extent);
            start -= extent;
        }
    }
}
