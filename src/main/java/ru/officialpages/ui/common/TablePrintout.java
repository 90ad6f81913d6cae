package ru.officialpages.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;

/**
 * A table on paper: each A4 sheet has the municipality and the title at the top, the header row
 * of the table, as many rows as fit, and "Страница N из M" at the bottom. Rows are measured
 * with the printout's own font, so a long wrapped topic never runs off a page.
 */
public final class TablePrintout {
    static final double FONT = 9;
    private static final double HEADER_GAP = 6;
    private static final double FOOTER_HEIGHT = 18;

    private final String heading;
    private final String filters;
    private final List<String> headers;
    private final List<Integer> widths;
    private final List<List<String>> rows;

    /** {@code heading}: title with the municipality; {@code filters}: the line saying what is shown. */
    public TablePrintout(String heading, String filters, List<String> headers, List<Integer> widths,
            List<List<String>> rows) {
        this.heading = heading;
        this.filters = filters;
        this.headers = List.copyOf(headers);
        this.widths = List.copyOf(widths);
        this.rows = List.copyOf(rows);
    }

    /** The sheets for a page {@code width} × {@code height} points (the printable area). */
    public List<Node> pages(double width, double height) {
        double[] columns = columnWidths(width);
        // Measure every row once in a scene, with the printout's CSS applied.
        Group measure = new Group();
        new Scene(measure);
        VBox top = top(width);
        GridPane headerGrid = grid(columns);
        addRow(headerGrid, 0, headers, true);
        measure.getChildren().addAll(top, headerGrid);
        List<List<Label>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<Label> labels = new ArrayList<>();
            for (String text : row) {
                labels.add(cell(text, false));
            }
            cells.add(labels);
        }
        cells.forEach(measure.getChildren()::addAll);
        measure.applyCss();
        double topHeight = top.prefHeight(width) + HEADER_GAP;
        // The grid's lines are a Group among its children: only the labels are cells.
        double headerHeight = rowHeight(headerGrid.getChildren().stream().filter(Label.class::isInstance)
                .map(Label.class::cast).toList(), columns);
        double room = height - topHeight - headerHeight - FOOTER_HEIGHT;

        List<List<Integer>> split = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        double used = 0;
        for (int r = 0; r < cells.size(); r++) {
            double h = Math.min(rowHeight(cells.get(r), columns), room);
            if (!current.isEmpty() && used + h > room) {
                split.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(r);
            used += h;
        }
        split.add(current);
        measure.getChildren().clear();

        List<Node> pages = new ArrayList<>();
        for (int p = 0; p < split.size(); p++) {
            GridPane table = grid(columns);
            table.setId("printout-table");
            addRow(table, 0, headers, true);
            int gridRow = 1;
            for (int r : split.get(p)) {
                addRow(table, gridRow++, rows.get(r), false);
            }
            Label number = new Label(Tr.tr("print.page", p + 1, split.size()));
            number.setStyle("-fx-font-size: " + FONT + "px;");
            HBox footer = new HBox(number);
            footer.setAlignment(javafx.geometry.Pos.BOTTOM_RIGHT);
            VBox.setVgrow(footer, Priority.ALWAYS);
            VBox page = new VBox(top(width), table, footer);
            VBox.setMargin(table, new Insets(HEADER_GAP, 0, 0, 0));
            page.setPrefSize(width, height);
            page.setMaxSize(width, height);
            page.setStyle("-fx-background-color: white;");
            // Laid out in a scene of its own: the printer draws what is laid out.
            new Scene(new Group(page));
            page.applyCss();
            page.resize(width, height);
            page.layout();
            pages.add(page);
        }
        return pages;
    }

    private double[] columnWidths(double width) {
        double total = widths.stream().mapToInt(Integer::intValue).sum();
        double[] w = new double[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width * widths.get(i) / total;
        }
        return w;
    }

    private VBox top(double width) {
        Label title = new Label(heading);
        title.setWrapText(true);
        title.setStyle("-fx-font-size: 13px; -fx-font-weight: bold;");
        Label filter = new Label(filters);
        filter.setWrapText(true);
        filter.setStyle("-fx-font-size: " + FONT + "px;");
        VBox top = new VBox(2, title, filter);
        top.setPrefWidth(width);
        top.setMaxWidth(width);
        return top;
    }

    private static GridPane grid(double[] columns) {
        GridPane grid = new GridPane();
        grid.setStyle("-fx-grid-lines-visible: true;");
        for (double w : columns) {
            ColumnConstraints c = new ColumnConstraints(w);
            c.setMaxWidth(w);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static void addRow(GridPane grid, int index, List<String> texts, boolean bold) {
        for (int c = 0; c < texts.size(); c++) {
            grid.add(cell(texts.get(c), bold), c, index);
        }
    }

    private static Label cell(String text, boolean bold) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(1, 3, 1, 3));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle("-fx-font-size: " + FONT + "px;" + (bold ? " -fx-font-weight: bold;" : ""));
        return l;
    }

    private static double rowHeight(List<Label> cells, double[] columns) {
        double h = 0;
        for (int c = 0; c < cells.size() && c < columns.length; c++) {
            h = Math.max(h, cells.get(c).prefHeight(columns[c]));
        }
        return h;
    }
}
