package ru.officialpages.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A row of buttons that never cuts a word: every button and label keeps its whole text, and when
 * the row is too narrow for all of them (1024 pixels, 125 % scaling) the buttons with an icon show
 * the icon alone, their name in a tooltip (issue 16 item 4).
 */
public final class Toolbar {
    /** The screen's right padding (MainWindow). */
    private static final double RIGHT_MARGIN = 24;
    private Toolbar() {
    }

    /**
     * {@code collapsible}: the buttons (with icons) that may lose their text, in the order they do;
     * the rest of the row keeps its width.
     */
    public static void fit(Region bar, List<? extends ButtonBase> collapsible) {
        keepWhole(bar);
        for (ButtonBase b : collapsible) {
            if (b.getTooltip() == null) {
                b.setTooltip(new Tooltip(b.getText()));
            }
        }
        double[] fullWidth = {-1};
        Runnable check = () -> {
            if (bar.getScene() == null || bar.getScene().getWidth() <= 0) {
                return;
            }
            if (fullWidth[0] < 0) {
                // Measured once with every text shown; the buttons' texts do not change.
                collapsible.forEach(b -> b.setContentDisplay(ContentDisplay.LEFT));
                fullWidth[0] = bar.prefWidth(-1);
            }
            // The room is what the window leaves right of the bar's start: the bar itself may be pushed
            // wider than the window by its own minimum, so its width says nothing.
            double room = bar.getScene().getWidth() - bar.localToScene(0, 0).getX() - RIGHT_MARGIN;
            boolean narrow = room + 0.5 < fullWidth[0];
            for (ButtonBase b : collapsible) {
                b.setContentDisplay(narrow && b.getGraphic() != null ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
        };
        javafx.beans.value.ChangeListener<Number> sceneWidth = (o, was, now) -> check.run();
        bar.widthProperty().addListener((o, was, now) -> check.run());
        bar.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.widthProperty().removeListener(sceneWidth);
            }
            if (now != null) {
                now.widthProperty().addListener(sceneWidth);
                javafx.application.Platform.runLater(check);
            }
        });
    }

    /** Buttons and labels in {@code node} take the width their text needs, never less. */
    public static void keepWhole(Node node) {
        if (node instanceof Labeled l && !l.isWrapText()) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof Parent p && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : p.getChildrenUnmodifiable()) {
                keepWhole(child);
            }
        }
    }
}
