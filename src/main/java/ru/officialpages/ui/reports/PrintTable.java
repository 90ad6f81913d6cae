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

    /** The fonts a table is drawn in, read from the report's style sheet (ReportPages). */
    record Fonts(javafx.scene.text.Font cell, javafx.scene.text.Font header, javafx.scene.text.Font total) {
    }

    private double[] widths;
    private double widthsFor = -1;

    /**
     * The columns' widths across {@code width}: their shares, except that a column gets at least
     * its longest word (header or cell, in the font it is drawn in), so no word is broken inside
     * («Выполнен/о»); the room comes from the columns that have more than their words need.
     */
    double[] widths(double width, Fonts fonts) {
        if (widths != null && widthsFor == width) {
            return widths;
        }
        int n = cols.size();
        double[] need = new double[n];
        double pad = PrintRow.CELL_PADDING + 1;
        for (int c = 0; c < n; c++) {
            need[c] = longestWord(cols.get(c).header(), fonts.header()) + pad;
        }
        for (int r = 0; r < rows.size(); r++) {
            javafx.scene.text.Font f = bold.get(r) ? fonts.total() : fonts.cell();
            String[] cells = rows.get(r);
            for (int c = 0; c < n && c < cells.length; c++) {
                if (cells[c] != null) {
                    need[c] = Math.max(need[c], longestWord(cells[c], f) + pad);
                }
            }
        }
        double shares = cols.stream().mapToDouble(Col::share).sum();
        double[] w = new double[n];
        boolean[] locked = new boolean[n];
        double needSum = java.util.Arrays.stream(need).sum();
        if (needSum >= width) {
            // Not even the words fit (never so in the report's tables): widths by need.
            for (int c = 0; c < n; c++) {
                w[c] = Math.floor(width * need[c] / needSum);
            }
        } else {
            for (boolean again = true; again; ) {
                again = false;
                double room = width;
                double free = 0;
                for (int c = 0; c < n; c++) {
                    if (locked[c]) {
                        room -= need[c];
                    } else {
                        free += cols.get(c).share();
                    }
                }
                for (int c = 0; c < n; c++) {
                    if (locked[c]) {
                        w[c] = Math.ceil(need[c]);
                    } else {
                        w[c] = Math.floor(room * cols.get(c).share() / free);
                        if (w[c] < need[c]) {
                            locked[c] = true;
                            again = true;
                        }
                    }
                }
            }
        }
        widths = w;
        widthsFor = width;
        return w;
    }

    private static final javafx.scene.text.Text MEASURE = new javafx.scene.text.Text();

    static double longestWord(String text, javafx.scene.text.Font font) {
        MEASURE.setFont(font);
        MEASURE.setWrappingWidth(0);
        double max = 0;
        for (String word : text.split("\\s+")) {
            MEASURE.setText(word);
            max = Math.max(max, MEASURE.getLayoutBounds().getWidth());
        }
        return max;
    }

    PrintRow header(double width) {
        String[] texts = cols.stream().map(Col::header).toArray(String[]::new);
        PrintRow h = new PrintRow(cols, texts, widths(width, ReportPages.fonts()), true);
        h.getStyleClass().add("print-table-header");
        return h;
    }

    List<Region> rows(double width) {
        List<Region> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrintRow r = new PrintRow(cols, rows.get(i), widths(width, ReportPages.fonts()), false);
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
