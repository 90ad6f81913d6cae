package ru.officialpages.ui.setup;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.settings.DataTransferViewModel;
import ru.officialpages.ui.settings.SettingsForm;

/** The first-start page: a short form, the demo-data offer and one button to begin. */
public final class SetupView extends ScrollPane {
    private final VBox card;

    public SetupView(SetupViewModel vm, Runnable done) {
        this(vm, done, null, null);
    }

    /**
     * With {@code transfer}, a new PC is offered to take the data from a full export of the old one
     * instead of starting afresh (issue 9); the window then opens again on the loaded data.
     * {@code openExample} (null: not offered) opens the example settlement in its own folder.
     */
    public SetupView(SetupViewModel vm, Runnable done, DataTransferViewModel transfer, Runnable openExample) {
        setId("setup-view");
        setFitToWidth(true);
        Label title = new Label(Tr.tr("setup.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Tr.tr("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        // The example opens in a data folder of its own: nothing of it reaches the user's data (issue 16 item 5).
        Button example = new Button(Tr.tr("setup.example"), Icons.DEMO.icon());
        example.setId("setup-example");
        example.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        example.setOnAction(e -> openExample.run());
        Label demoHint = new Label(Tr.tr("setup.example.hint"));
        demoHint.setWrapText(true);
        demoHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        demoHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox demo = new VBox(4, example, demoHint);
        demo.setVisible(openExample != null);
        demo.setManaged(openExample != null);

        Button start = new Button(Tr.tr("setup.start"), Icons.DONE.icon());
        start.setId("setup-start");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.form().validProperty().not().or(vm.workingProperty()));
        start.setOnAction(e -> vm.finish(done));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.workingProperty());
        HBox buttons = new HBox(12, start, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);

        card = new VBox(14, title, intro, demo, new SettingsForm(vm.form()), buttons);
        if (transfer != null) {
            // Near the top: someone moving from another PC should not fill in the form first.
            card.getChildren().add(2, transfer(transfer));
            transfer.load();
            // The offer stands first, but typing still starts in the form's first field, as before.
            sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    javafx.application.Platform.runLater(() -> {
                        javafx.scene.Node first = card.lookup(".text-input");
                        if (first != null) {
                            first.requestFocus();
                        }
                    });
                }
            });
        }
        card.getStyleClass().add("setup-card");
        card.setMaxWidth(760);
        card.setPadding(new Insets(24, 32, 24, 32));
        VBox outer = new VBox(card);
        outer.setAlignment(Pos.TOP_CENTER);
        outer.setPadding(new Insets(24));
        setContent(outer);
    }

    private static VBox transfer(DataTransferViewModel transfer) {
        Label hint = new Label(Tr.tr("setup.transfer.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button load = new Button(Tr.tr("transfer.ui.load"));
        load.setId("setup-load");
        load.disableProperty().bind(transfer.busyProperty().or(transfer.canLoadProperty().not()));
        load.setOnAction(e -> transfer.loadAll());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(transfer.busyProperty());
        Label status = new Label();
        status.setId("setup-load-status");
        status.textProperty().bind(transfer.statusProperty());
        Label failure = new Label();
        failure.setId("setup-load-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(transfer.failureProperty());
        HBox row = new HBox(10, load, progress, status);
        row.setAlignment(Pos.CENTER_LEFT);
        failure.visibleProperty().bind(transfer.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        VBox box = new VBox(6, hint, row, failure, new javafx.scene.control.Separator());
        box.setId("setup-transfer");
        return box;
    }

    /**
     * Offers the other place for the data (issue 19): a district's server instead of the file on this
     * computer; {@code connect} opens «Подключиться к районной базе». The form below stays the way to the file.
     */
    public void offerDistrict(Runnable connect) {
        Label hint = new Label(Tr.tr("setup.district.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button open = new Button(Tr.tr("setup.district"));
        open.setId("setup-district");
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setOnAction(e -> connect.run());
        VBox box = new VBox(4, open, hint, new javafx.scene.control.Separator());
        box.setId("setup-district-offer");
        card.getChildren().add(2, box);
    }
}
