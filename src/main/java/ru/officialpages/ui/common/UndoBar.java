package ru.officialpages.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import ru.officialpages.i18n.Tr;

/**
 * «… удалено. Отменить» under a register for some seconds after a deletion (issue 16 item 3): shown
 * while the view model holds the last deleted row, dismissed by the view model after the pause.
 */
public final class UndoBar {
    private static final Duration SHOWN = Duration.seconds(15);

    private UndoBar() {
    }

    /** {@code idPrefix}: "posts" gives the ids posts-deleted and posts-undo that the tests click. */
    public static Node of(String idPrefix, ObservableStringValue text, ObservableObjectValue<?> lastDeleted,
            Runnable undo, Runnable dismiss) {
        Label label = new Label();
        label.setId(idPrefix + "-deleted");
        label.setWrapText(true);
        label.textProperty().bind(text);
        Button button = new Button(Tr.tr("posts.undo"));
        button.setId(idPrefix + "-undo");
        button.setOnAction(e -> undo.run());
        HBox bar = new HBox(10, label, button);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(javafx.beans.binding.Bindings.isNotNull(lastDeleted));
        bar.managedProperty().bind(bar.visibleProperty());
        PauseTransition shown = new PauseTransition(SHOWN);
        shown.setOnFinished(e -> dismiss.run());
        lastDeleted.addListener((o, was, now) -> {
            if (now != null) {
                shown.playFromStart();
            } else {
                shown.stop();
            }
        });
        return bar;
    }
}
