package ru.officialpages.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A form field: its label, the control and, under it, the Russian message of what is wrong.
 *
 * <p>The message keeps its line even when there is nothing to say, so the controls below do not
 * move under the mouse when it comes and goes (issue 16). A field that is wrong from the start (an
 * empty required name) says so only once the user has typed in it, left it, or the form asked
 * (its message changed): no red before the user did anything.
 */
public final class FieldBox extends VBox {
    private final Label error = new Label();

    public FieldBox(String label, Node control, ObservableStringValue errorText) {
        super(4);
        getStyleClass().add("field-box");
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setWrapText(true);
        caption.getStyleClass().add("field-label");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        getChildren().addAll(caption, control);
        if (errorText != null) {
            String first = errorText.get();
            javafx.beans.property.BooleanProperty revealed =
                    new javafx.beans.property.SimpleBooleanProperty(first == null || first.isEmpty());
            errorText.addListener((o, was, now) -> revealed.set(true));
            control.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    revealed.set(true);
                }
            });
            error.textProperty().bind(javafx.beans.binding.Bindings.when(revealed).then(errorText).otherwise(""));
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            if (control.getId() != null) {
                error.setId(control.getId() + "-error");
            }
            getChildren().add(error);
            error.textProperty().addListener((o, was, now) -> control.pseudoClassStateChanged(
                    atlantafx.base.theme.Styles.STATE_DANGER, now != null && !now.isEmpty()));
        }
    }
}
