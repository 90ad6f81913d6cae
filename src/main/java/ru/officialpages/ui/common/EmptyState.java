package ru.officialpages.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a screen shows while it has nothing to show: what goes here and how to start. */
public final class EmptyState extends VBox {

    public EmptyState(Icons icon, String title, String text) {
        super(12);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
        var glyph = icon.icon(56);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        Label body = new Label(text);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        body.setMaxWidth(520);
        body.setStyle("-fx-text-alignment: center;");
        getChildren().addAll(glyph, heading, body);
    }

    public EmptyState withAction(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.ACCENT);
        b.setOnAction(e -> action.run());
        getChildren().add(b);
        return this;
    }
}
