package ru.officialpages.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;

/**
 * A table cell too narrow for its text ends in «…»; the whole text is in the cell's tooltip, so a
 * 1024-pixel screen loses nothing (issue 16 item 4). Installed on every table of a screen once.
 */
public final class FullTextCells {
    private static final String DONE = "full-text-cells";
    private static final String OPTIONAL = "optional-column";
    /** The stylesheet's font size (app.css .root) and a header's padding and sort arrow. */
    private static final double HEADER_FONT = 14;
    private static final double HEADER_PADDING = 26;

    private FullTextCells() {
    }

    /** Every table under {@code screen}, its columns and nested columns. */
    public static void install(Node screen) {
        for (Node n : screen.lookupAll(".table-view")) {
            if (n instanceof TableView<?> table) {
                install(table);
            }
        }
        // A tab's content joins the scene graph only when the tab pane is skinned.
        for (Node n : screen.lookupAll(".tab-pane")) {
            if (n instanceof javafx.scene.control.TabPane tabs) {
                for (javafx.scene.control.Tab tab : tabs.getTabs()) {
                    if (tab.getContent() != null) {
                        install(tab.getContent());
                    }
                    if (!tab.getProperties().containsKey(DONE)) {
                        tab.getProperties().put(DONE, Boolean.TRUE);
                        // A tab built when first chosen gets its tables then.
                        tab.contentProperty().addListener((o, was, now) -> {
                            if (now != null) {
                                install(now);
                            }
                        });
                        tab.selectedProperty().addListener((o, was, now) -> {
                            if (now && tab.getContent() != null) {
                                javafx.application.Platform.runLater(() -> install(tab.getContent()));
                            }
                        });
                    }
                }
            }
        }
    }

    public static <S> void install(TableView<S> table) {
        for (TableColumn<S, ?> column : table.getColumns()) {
            install(column);
        }
        if (!table.getProperties().containsKey(DONE)) {
            table.getProperties().put(DONE, Boolean.TRUE);
            table.widthProperty().addListener((o, was, now) -> pickColumns(table));
            pickColumns(table);
        }
    }

    /**
     * Marks a column the table may leave out when it is too narrow for every column's header
     * (1024 pixels): marked first, left out last.
     */
    public static void optional(TableColumn<?, ?>... columns) {
        for (TableColumn<?, ?> c : columns) {
            c.getProperties().put(OPTIONAL, Boolean.TRUE);
        }
    }

    /** Leaves out optional columns, the last marked first, until the rest fit; brings them back when there is room. */
    private static void pickColumns(TableView<?> table) {
        double room = table.getWidth() - 20;
        if (room <= 0) {
            return;
        }
        List<TableColumn<?, ?>> optional = new ArrayList<>();
        double needed = 0;
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (c.getProperties().containsKey(OPTIONAL) && !c.visibleProperty().isBound()) {
                optional.add(c);
                needed += c.getMinWidth();
            } else if (c.isVisible()) {
                needed += c.getMinWidth();
            }
        }
        for (TableColumn<?, ?> c : optional) {
            c.setVisible(true);
        }
        for (int i = optional.size() - 1; i >= 0 && needed > room; i--) {
            optional.get(i).setVisible(false);
            needed -= optional.get(i).getMinWidth();
        }
    }

    /** A column is never narrower than its header's words: the table scrolls sideways instead. */
    private static void headerWidth(TableColumn<?, ?> column) {
        if (column.getText() == null || column.getText().isEmpty() || !column.getColumns().isEmpty()) {
            return;
        }
        javafx.scene.text.Text probe = new javafx.scene.text.Text(column.getText());
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, HEADER_FONT));
        double needed = Math.ceil(probe.getLayoutBounds().getWidth()) + HEADER_PADDING;
        if (column.getMinWidth() < needed) {
            column.setMinWidth(needed);
        }
        if (column.getPrefWidth() < needed) {
            column.setPrefWidth(needed);
        }
    }

    private static <S, T> void install(TableColumn<S, T> column) {
        for (TableColumn<S, ?> nested : column.getColumns()) {
            install(nested);
        }
        if (column.getProperties().containsKey(DONE)) {
            return;
        }
        column.getProperties().put(DONE, Boolean.TRUE);
        headerWidth(column);
        Callback<TableColumn<S, T>, TableCell<S, T>> made = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<S, T> cell = made.call(c);
            if (cell.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                Runnable describe = () -> {
                    String now = cell.getText();
                    if ((now == null || now.isBlank()) && cell.getGraphic() instanceof javafx.scene.control.Labeled g) {
                        // A link or a badge drawn as the cell's graphic.
                        now = g.getText();
                    }
                    if (now == null || now.isBlank()) {
                        cell.setTooltip(null);
                    } else {
                        tip.setText(now);
                        cell.setTooltip(tip);
                    }
                };
                cell.textProperty().addListener((o, was, now) -> describe.run());
                cell.graphicProperty().addListener((o, was, now) -> describe.run());
            }
            return cell;
        });
    }
}
