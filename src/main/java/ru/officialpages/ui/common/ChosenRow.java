package ru.officialpages.ui.common;

import java.util.function.ToLongFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selection on the record the user chose while {@link LazyRows#refresh} changes the rows
 * under it (a sync storing posts or comments every few seconds): the record may move to another row, or
 * another record take its row, and Delete or Enter must still act on the one the user chose.
 */
public final class ChosenRow<T> {
    private final LazyRows<T> rows;
    private final ToLongFunction<T> id;
    private long chosen = -1;
    private boolean changing;

    private ChosenRow(LazyRows<T> rows, ToLongFunction<T> id) {
        this.rows = rows;
        this.id = id;
    }

    /**
     * To be called before the table is made over {@code rows}: this listener must be heard before the
     * table's own, which moves the selection with the rows — until the rows have changed, a selection
     * change is the table's doing, not the user's. {@code id} names a record for as long as it lives.
     */
    public static <T> ChosenRow<T> of(LazyRows<T> rows, ToLongFunction<T> id) {
        ChosenRow<T> chosenRow = new ChosenRow<>(rows, id);
        rows.addListener((ListChangeListener<T>) c -> chosenRow.changing = true);
        return chosenRow;
    }

    public void keepOn(TableView<T> table) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!changing) {
                chosen = now == null ? -1 : id.applyAsLong(now);
            }
        });
        rows.addListener((ListChangeListener<T>) c -> {
            changing = false;
            T selected = table.getSelectionModel().getSelectedItem();
            if (chosen < 0 || selected != null && id.applyAsLong(selected) == chosen) {
                return;
            }
            int at = rows.indexOfFetched(e -> id.applyAsLong(e) == chosen);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
            } else if (selected != null) {
                table.getSelectionModel().clearSelection();
            }
        });
    }
}
