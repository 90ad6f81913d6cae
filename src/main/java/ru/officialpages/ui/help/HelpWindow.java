package ru.officialpages.ui.help;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;

/** F1: the current screen's help in a window of its own beside the program; Esc closes it. */
public final class HelpWindow {
    private HelpWindow() {
    }

    /** The help's content, for the window and for tests. */
    public static VBox content(HelpText help) {
        VBox box = new VBox(6);
        box.setId("help-content");
        box.setPadding(new Insets(16, 20, 16, 20));
        for (HelpText.Block b : help.blocks()) {
            Label l = new Label(b.kind() == HelpText.Kind.ITEM ? "•  " + b.text() : b.text());
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
            switch (b.kind()) {
                case TITLE -> l.getStyleClass().add(Styles.TITLE_3);
                case SECTION -> {
                    l.getStyleClass().add(Styles.TITLE_4);
                    VBox.setMargin(l, new Insets(8, 0, 0, 0));
                }
                case ITEM -> VBox.setMargin(l, new Insets(0, 0, 0, 12));
                default -> { }
            }
            box.getChildren().add(l);
        }
        return box;
    }

    /** Shows {@code help} over {@code owner}; the stylesheet is the window's. */
    public static Stage show(Window owner, HelpText help, String stylesheet) {
        VBox box = content(help);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 560, 560);
        scene.getStylesheets().add(stylesheet);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Tr.tr("help.title", help.title()));
        stage.setScene(scene);
        stage.setWidth(560);
        stage.setHeight(560);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
