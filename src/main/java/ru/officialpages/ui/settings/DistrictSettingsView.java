package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;

/** Настройки → Районная база: where the data is, where the next start opens, and the way to change it. */
public final class DistrictSettingsView extends VBox {

    public DistrictSettingsView(DistrictSettingsViewModel vm) {
        super(12);
        setId("district-settings");
        setPadding(new Insets(16, 4, 16, 4));
        setMaxWidth(760);
        Label intro = wrapped(Tr.tr("settings.district.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label now = wrapped(vm.now());
        now.setId("district-now");
        now.getStyleClass().add(Styles.TEXT_BOLD);
        Label argument = wrapped(Tr.tr("settings.district.now.argument"));
        argument.setId("district-argument");
        argument.getStyleClass().add(Styles.WARNING);
        argument.setVisible(vm.fromStartArgument());
        argument.setManaged(vm.fromStartArgument());
        Label next = wrapped("");
        next.setId("district-next");
        next.textProperty().bind(vm.nextProperty());

        Button connect = new Button(Tr.tr("settings.district.connect"));
        connect.setId("district-open-connect");
        connect.setMinWidth(Region.USE_PREF_SIZE);
        connect.setOnAction(e -> DistrictConnectDialog.show(getScene().getWindow(), vm.connector(), vm.known()));
        Button toFile = new Button(Tr.tr("settings.district.toFile"));
        toFile.setId("district-to-file");
        toFile.setMinWidth(Region.USE_PREF_SIZE);
        toFile.visibleProperty().bind(vm.canGoToFileProperty());
        toFile.managedProperty().bind(toFile.visibleProperty());
        toFile.setOnAction(e -> vm.goToFile());
        HBox buttons = new HBox(10, connect, toFile);
        Label note = wrapped(Tr.tr("settings.district.switchNote"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(intro, now, argument, next, buttons, note);
        vm.load();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
