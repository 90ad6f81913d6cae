package ru.officialpages.ui.reports;

import java.util.ArrayList;
import java.util.List;

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

    PrintRow header(double width) {
        String[] texts = cols.stream().map(Col::header).toArray(String[]::new);
        PrintRow h = new PrintRow(cols, texts, width, true);
        h.getStyleClass().add("print-table-header");
        return h;
    }

    List<Region> rows(double width) {
        List<Region> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrintRow r = new PrintRow(cols, rows.get(i), width, false);
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
}
