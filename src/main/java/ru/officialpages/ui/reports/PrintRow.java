package ru.officialpages.ui.reports;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * One line of a {@link PrintTable}: a text per cell at fixed widths, wrapped within its column.
 * Plain texts, not labels: a week's report has a few thousand cells, and a label per cell (a
 * control with a skin of its own) made the preview take a second to appear; a text is drawn the
 * same on screen and paper at a fraction of the cost.
 */
final class PrintRow extends Region {
    /** Space between a cell's text and its column's edges, as the labels had. */
    private static final Insets CELL = new Insets(2, 4, 2, 4);

    private final List<PrintTable.Col> cols;
    private final String[] cells;
    private final boolean header;
    private final double[] widths;

    /** The texts are made by {@link #build}: a row on a page nobody scrolls to never needs them. */
    PrintRow(List<PrintTable.Col> cols, String[] cells, double[] widths, boolean header) {
        this.cols = cols;
        this.header = header;
        this.widths = widths.clone();
        this.cells = new String[cols.size()];
        for (int c = 0; c < cols.size(); c++) {
            this.cells[c] = c < cells.length && cells[c] != null ? cells[c] : "";
        }
    }

    /** A cell's left and right padding together. */
    static final double CELL_PADDING = 8;

    /** Each cell's text node, once built: for tests that read what the page shows. */
    List<Text> cellTexts() {
        return getChildren().stream().map(Text.class::cast).toList();
    }

    double wrappingWidth(int column) {
        return wrapping(column);
    }

    /** Makes the cells' texts, once; returns this row. */
    PrintRow build() {
        if (!getChildren().isEmpty()) {
            return this;
        }
        for (int c = 0; c < cols.size(); c++) {
            Text t = new Text(cells[c]);
            t.setWrappingWidth(wrapping(c));
            t.setTextAlignment(cols.get(c).number() && !header ? TextAlignment.RIGHT : TextAlignment.LEFT);
            t.setTextOrigin(javafx.geometry.VPos.TOP);
            // Only our class: the theme's many rules for ".text" would each be tried on every cell.
            t.getStyleClass().setAll("print-cell");
            getChildren().add(t);
        }
        return this;
    }

    private double wrapping(int column) {
        return widths[column] - CELL.getLeft() - CELL.getRight();
    }

    /** Measures texts off the scene: a row's height is that of its tallest wrapped cell. */
    private static final Text MEASURE = new Text();

    /** Whether this row gets the same styles as {@code other}: same table, same kind of row. */
    boolean styledLike(PrintRow other) {
        return getStyleClass().contains("print-table-row") && other.getStyleClass().contains("print-table-row")
                && widths.length == other.widths.length;
    }

    /**
     * The height this row will take once styled like {@code sample}, a row of the same table
     * already styled: its cells in the sample's font, between the sample's borders. Styling
     * only to measure would cost as much as drawing the row; this is the same arithmetic
     * {@link #computePrefHeight} does after styling.
     */
    double heightStyledAs(PrintRow sample) {
        javafx.scene.text.Font font = ((Text) sample.getChildren().get(0)).getFont();
        double h = 0;
        MEASURE.setFont(font);
        for (int c = 0; c < cells.length; c++) {
            MEASURE.setWrappingWidth(wrapping(c));
            MEASURE.setText(cells[c]);
            h = Math.max(h, MEASURE.prefHeight(-1));
        }
        return sample.snappedTopInset() + CELL.getTop() + h + CELL.getBottom() + sample.snappedBottomInset();
    }

    /** What the cells say, in order: for tests and for reading the preview back. */
    List<String> texts() {
        return List.of(cells);
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (double c : widths) {
            w += c;
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (var n : getChildren()) {
            h = Math.max(h, n.prefHeight(-1));
        }
        return snappedTopInset() + CELL.getTop() + h + CELL.getBottom() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset() + CELL.getTop();
        for (int c = 0; c < widths.length; c++) {
            getChildren().get(c).relocate(x + CELL.getLeft(), y);
            x += widths[c];
        }
    }
}
