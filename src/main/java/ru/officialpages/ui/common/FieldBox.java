package ru.officialpages.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A form field: its label, the control and, under it, the Russian message of what is wrong. */
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
            error.textProperty().bind(errorText);
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            if (control.getId() != null) {
                error.setId(control.getId() + "-error");
            }
            getChildren().add(error);
            errorText.addListener((o, was, now) -> control.pseudoClassStateChanged(
                    atlantafx.base.theme.Styles.STATE_DANGER, now != null && !now.isEmpty()));
        }
    }
}
