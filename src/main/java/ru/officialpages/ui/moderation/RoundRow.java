package ru.officialpages.ui.moderation;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A page in today's round: its label, whether it was checked and at what time ("" when not). */
public final class RoundRow {
    private final long pageId;
    private final String label;
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final StringProperty time = new SimpleStringProperty("");

    RoundRow(long pageId, String label) {
        this.pageId = pageId;
        this.label = label;
    }

    public long pageId() {
        return pageId;
    }

    public String label() {
        return label;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public StringProperty timeProperty() {
        return time;
    }
}
