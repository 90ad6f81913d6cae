package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.Icons;

/** Настройки → Соцсети: the VK key with the way to get one, «Проверить», and what is not read. */
public final class SocialSettingsView extends VBox {

    public SocialSettingsView(SocialSettingsViewModel vm) {
        super(12);
        setId("social-settings");
        setPadding(new Insets(16, 4, 16, 4));
        setMaxWidth(760);

        Label vkTitle = title("social.vk.title");
        Label intro = text("social.vk.intro");

        Label stepsTitle = new Label(Tr.tr("social.vk.steps.title"));
        stepsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox steps = new VBox(4);
        steps.setId("social-vk-steps");
        for (int i = 1; i <= 5; i++) {
            Label step = new Label(i + ". " + Tr.tr("social.vk.step." + i));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }

        Label keyLabel = new Label(Tr.tr("social.vk.key"));
        PasswordField key = new PasswordField();
        key.setId("social-vk-key");
        key.setPromptText(Tr.tr("social.vk.key.prompt"));
        key.textProperty().bindBidirectional(vm.keyProperty());
        key.setOnAction(e -> vm.check());
        HBox.setHgrow(key, Priority.ALWAYS);
        keyLabel.setLabelFor(key);
        Label keyError = new Label();
        keyError.setId("social-vk-key-error");
        keyError.getStyleClass().add("field-error");
        keyError.setWrapText(true);
        keyError.textProperty().bind(vm.keyErrorProperty());
        keyError.managedProperty().bind(keyError.textProperty().isNotEmpty());
        keyError.visibleProperty().bind(keyError.managedProperty());

        Button save = new Button(Tr.tr("button.save"), Icons.SAVE.icon());
        save.setId("social-vk-save");
        save.disableProperty().bind(vm.keyErrorProperty().isNotEmpty());
        save.setOnAction(e -> vm.save());
        Button check = new Button(Tr.tr("social.vk.check"));
        check.setId("social-vk-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(vm.checkingProperty().or(vm.keyErrorProperty().isNotEmpty()));
        check.setOnAction(e -> vm.check());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.checkingProperty());
        spinner.managedProperty().bind(vm.checkingProperty());
        Label verdict = new Label();
        verdict.setId("social-vk-verdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());
        // Neutral while asking VK; green or red once it has answered.
        verdict.textProperty().addListener((o, was, now) -> {
            verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (!vm.checkingProperty().get()) {
                verdict.getStyleClass().add(vm.verdictOkProperty().get() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox.setHgrow(verdict, Priority.ALWAYS);
        verdict.setMaxWidth(Double.MAX_VALUE);
        HBox keyRow = new HBox(8, key, save, check);
        keyRow.setAlignment(Pos.CENTER_LEFT);
        HBox verdictRow = new HBox(8, spinner, verdict);
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        // Empty rows take no room: the guide and the notes stay close to the field.
        verdictRow.managedProperty().bind(verdict.textProperty().isNotEmpty().or(vm.checkingProperty()));
        verdictRow.visibleProperty().bind(verdictRow.managedProperty());
        Label status = new Label();
        status.setId("social-vk-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label environment = new Label();
        environment.setId("social-vk-environment");
        environment.setWrapText(true);
        environment.getStyleClass().add(Styles.WARNING);
        environment.textProperty().bind(vm.environmentNoteProperty());
        environment.managedProperty().bind(environment.textProperty().isNotEmpty());
        environment.visibleProperty().bind(environment.managedProperty());

        Label reads = text("social.vk.reads");
        Label next = text("social.vk.next");
        next.setId("social-sync-note");
        VBox periodic = new VBox(4);
        vm.sync().ifPresent(sync -> periodic.getChildren().addAll(periodRow(sync), text("sync.settings.period.hint")));
        periodic.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(periodic.getChildren()));

        Label tgTitle = title("social.telegram.title");
        Label tg = text("social.telegram.text");
        Label otherTitle = title("social.other.title");
        Label ok = text("social.other.ok");
        ok.setId("social-ok-note");
        Label max = text("social.other.max");
        max.setId("social-max-note");

        getChildren().addAll(vkTitle, intro, stepsTitle, steps, keyLabel, keyRow, keyError, verdictRow, status,
                environment, reads, next, periodic, tgTitle, tg, otherTitle, ok, max);
        VBox.setMargin(tgTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(otherTitle, new Insets(12, 0, 0, 0));
        vm.load();
    }

    /** «Обновлять из соцсетей каждые N минут» (0: only by the button), while the window is open. */
    private static HBox periodRow(ru.officialpages.ui.common.SyncViewModel sync) {
        Label label = new Label(Tr.tr("sync.settings.period"));
        javafx.scene.control.Spinner<Integer> minutes = new javafx.scene.control.Spinner<>(0,
                ru.officialpages.ui.common.SyncViewModel.MAX_PERIOD, sync.periodMinutesProperty().get(), 15);
        minutes.setId("sync-period");
        minutes.setEditable(true);
        minutes.setPrefWidth(100);
        label.setLabelFor(minutes);
        // A typed number counts when it is a number in range; anything else goes back to the last good one.
        minutes.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                try {
                    int n = Integer.parseInt(minutes.getEditor().getText().strip());
                    minutes.getValueFactory().setValue(Math.max(0, Math.min(ru.officialpages.ui.common.SyncViewModel.MAX_PERIOD, n)));
                } catch (NumberFormatException e) {
                    minutes.getEditor().setText(String.valueOf(minutes.getValue()));
                }
            }
        });
        minutes.valueProperty().addListener((o, was, now) -> sync.periodMinutesProperty().set(now));
        Label unit = new Label(Tr.tr("sync.settings.period.unit"));
        HBox row = new HBox(8, label, minutes, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label title(String key) {
        Label l = new Label(Tr.tr(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Label text(String key) {
        Label l = new Label(Tr.tr(key));
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
