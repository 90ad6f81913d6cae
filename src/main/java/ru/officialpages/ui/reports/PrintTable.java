package ru.officialpages.ui.reports;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A table for the printed report: fixed column widths on the page, each row its own node so the
 * page layout can break between rows and repeat the header on the next page.
 */
final class PrintTable {
    /** A column: its header, its share of the page width, numbers to the right. */
    record Col(String header, double share, boolean number) {
    }

    private final List<Col> cols = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Boolean> bold = new ArrayList<>();
    private final List<Boolean> alarm = new ArrayList<>();
    private final String id;

    PrintTable(String id) {
        this.id = id;
    }

    PrintTable col(String header, double share, boolean number) {
        cols.add(new Col(header, share, number));
        return this;
    }

    PrintTable row(String... cells) {
        return row(false, false, cells);
    }

    /** {@code total}: the bold Итого row; {@code alarm}: shown in red (norm not met, late). */
    PrintTable row(boolean total, boolean alarmed, String... cells) {
        rows.add(cells);
        bold.add(total);
        alarm.add(alarmed);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    Region header(double width) {
        String[] texts = cols.stream().map(Col::header).toArray(String[]::new);
        HBox h = line(texts, width, true);
        h.getStyleClass().add("print-table-header");
        return h;
    }

    List<Region> rows(double width) {
        List<Region> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            HBox r = line(rows.get(i), width, false);
            r.getStyleClass().add(bold.get(i) ? "print-table-total" : "print-table-row");
            if (alarm.get(i)) {
                r.getStyleClass().add("print-alarm");
            }
            if (i == 0) {
                r.setId(id + "-first");
            }
            list.add(r);
        }
        return list;
    }

    private HBox line(String[] cells, double width, boolean header) {
        double total = cols.stream().mapToDouble(Col::share).sum();
        HBox box = new HBox();
        box.setFillHeight(true);
        for (int c = 0; c < cols.size(); c++) {
            Col col = cols.get(c);
            Label l = new Label(c < cells.length && cells[c] != null ? cells[c] : "");
            l.setWrapText(true);
            double w = Math.floor(width * col.share() / total);
            l.setMinWidth(w);
            l.setPrefWidth(w);
            l.setMaxWidth(w);
            l.setMaxHeight(Double.MAX_VALUE);
            l.setPadding(new Insets(2, 4, 2, 4));
            l.setAlignment(col.number() && !header ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
            l.getStyleClass().add("print-cell");
            box.getChildren().add(l);
        }
        return box;
    }
}
