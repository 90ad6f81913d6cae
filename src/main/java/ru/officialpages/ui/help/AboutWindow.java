package ru.officialpages.ui.help;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.FileOpener;

/** «О программе»: version, data folder with «Открыть папку», the licence and the keyboard shortcuts. */
public final class AboutWindow {
    private AboutWindow() {
    }

    /** The window's content; {@code openFolder} opens the data folder (tests pass one that records). */
    public static VBox content(About about, java.util.function.Consumer<Path> openFolder) {
        Label title = new Label(Tr.tr("app.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label version = new Label(Tr.tr("about.version", about.version()));
        version.setId("about-version");
        Label folderCaption = new Label(Tr.tr("about.folder"));
        folderCaption.getStyleClass().add(Styles.TEXT_MUTED);
        Label folder = new Label(about.dataFolder().toAbsolutePath().toString());
        folder.setId("about-folder");
        folder.setWrapText(true);
        folder.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button(Tr.tr("about.openFolder"));
        open.setId("about-open-folder");
        open.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        open.setOnAction(e -> openFolder.accept(about.dataFolder()));
        HBox folderRow = new HBox(12, folder, open);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        Label licence = new Label(Tr.tr("about.licence"));
        licence.setId("about-licence");
        licence.setWrapText(true);
        licence.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        VBox top = new VBox(8, title, version, folderCaption, folderRow, licence);
        top.setPadding(new Insets(16, 20, 0, 20));
        VBox keys = HelpWindow.content(HelpText.of("shortcuts"));
        VBox box = new VBox(4, top, keys);
        box.setId("about-content");
        return box;
    }

    public static Stage show(Window owner, About about, String stylesheet) {
        ScrollPane scroll = new ScrollPane(content(about, FileOpener::open));
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 600, 560);
        scene.getStylesheets().add(stylesheet);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Tr.tr("about.title"));
        stage.setScene(scene);
        stage.setWidth(600);
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
