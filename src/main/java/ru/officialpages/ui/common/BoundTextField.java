package ru.officialpages.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;

/** A text field with an id (for tests and accessibility), a hint, and its text bound both ways to a view model. */
public final class BoundTextField extends TextField {
    public BoundTextField(String id, StringProperty value, String prompt) {
        setId(id);
        setPromptText(prompt);
        textProperty().bindBidirectional(value);
    }
}
