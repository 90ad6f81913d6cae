package ru.officialpages.ui.common;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A table of one-line rows over {@link LazyRows}: every row as high as the first one drawn, and that
 * height fixed (issue 20 item 3). Left to measure its rows, a table estimates its length by measuring
 * two more rows at every layout; a row measured past the fetched blocks asks the database for its block,
 * and each block's arrival lays the table out again. After the Журнал reloaded during a sync, the window
 * went on redrawing itself whole about twenty times a second, and on a loaded machine its UI thread
 * waited 100–400 ms at a time for the software renderer.
 */
public final class OneLineRows {
    private OneLineRows() {
    }

    /** Fixes the row height of {@code table} once its first row with a place in the list has been laid out. */
    public static <S> void install(TableView<S> table) {
        Callback<TableView<S>, TableRow<S>> made = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<S> row = made == null ? new TableRow<>() : made.call(t);
            row.heightProperty().addListener((o, was, now) -> {
                if (table.getFixedCellSize() <= 0 && now.doubleValue() > 0 && !row.isEmpty()) {
                    table.setFixedCellSize(now.doubleValue());
                }
            });
            return row;
        });
    }
}
