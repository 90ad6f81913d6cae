package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.RetentionPolicy;
import ru.officialpages.desk.Copies.Copy;
import ru.officialpages.ui.common.Icons;

/** The copies of the data with their dates and sizes, and the backup settings below them. */
public final class BackupsView extends VBox {
    // Spinner bindings hold their boxed properties weakly; keep them.
    private ObjectProperty<Integer> dailyBox;
    private ObjectProperty<Integer> weeklyBox;
    private ObjectProperty<Integer> monthlyBox;

    public BackupsView(BackupsViewModel vm) {
        super(14);
        setId("backups-view");
        setPadding(new Insets(16, 4, 16, 4));
        if (vm.serverNote() != null) {
            // A district's server: its copies are its administrator's (pg_dump); the way out is «Выгрузить всё».
            Label note = new Label(vm.serverNote());
            note.setId("backup-server-note");
            note.setWrapText(true);
            getChildren().add(note);
            if (vm.transfer() != null) {
                getChildren().add(transfer(vm.transfer()));
                vm.transfer().load();
            }
            return;
        }
        Label intro = new Label(Tr.tr("backup.ui.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<Copy> table = new TableView<>(vm.copies());
        table.setId("backup-table");
        table.setPlaceholder(new Label(Tr.tr("backup.ui.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Copy, String> date = new TableColumn<>(Tr.tr("backup.ui.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(BackupsViewModel.WHEN.format(c.getValue().madeAt())));
        TableColumn<Copy, String> size = new TableColumn<>(Tr.tr("backup.ui.col.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(Tr.tr("backup.size", c.getValue().size() / (1024.0 * 1024.0))));
        TableColumn<Copy, String> reason = new TableColumn<>(Tr.tr("backup.ui.col.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(Tr.tr("backup.reason." + c.getValue().reason().name())));
        date.setPrefWidth(150);
        size.setPrefWidth(100);
        table.getColumns().add(date);
        table.getColumns().add(size);
        table.getColumns().add(reason);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button create = new Button(Tr.tr("backup.ui.create"), Icons.SAVE.icon());
        create.setId("backup-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> vm.createCopy());
        Button restore = new Button(Tr.tr("backup.ui.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("backup-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(10, create, restore, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(intro, buttons, table, settings(vm));
        if (vm.transfer() != null) {
            getChildren().add(transfer(vm.transfer()));
            vm.transfer().load();
        }
        vm.load();
    }

    private GridPane settings(BackupsViewModel vm) {
        Label title = new Label(Tr.tr("backup.ui.settings.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.textProperty().bindBidirectional(vm.folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Tr.tr("backup.ui.choose"));
        choose.setId("backup-choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Tr.tr("backup.ui.folder"));
            File current = new File(vm.folder.get());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File f = chooser.showDialog(getScene().getWindow());
            if (f != null) {
                vm.folder.set(f.getAbsolutePath());
            }
        });
        Spinner<Integer> daily = spinner("backup-daily", vm.daily.get());
        dailyBox = vm.daily.asObject();
        daily.getValueFactory().valueProperty().bindBidirectional(dailyBox);
        Spinner<Integer> weekly = spinner("backup-weekly", vm.weekly.get());
        weeklyBox = vm.weekly.asObject();
        weekly.getValueFactory().valueProperty().bindBidirectional(weeklyBox);
        Spinner<Integer> monthly = spinner("backup-monthly", vm.monthly.get());
        monthlyBox = vm.monthly.asObject();
        monthly.getValueFactory().valueProperty().bindBidirectional(monthlyBox);
        Button save = new Button(Tr.tr("backup.ui.save"), Icons.SAVE.icon());
        save.setId("backup-save-settings");
        save.setOnAction(e -> vm.saveSettings());
        Label hint = new Label(Tr.tr("backup.ui.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.add(title, 0, 0, 2, 1);
        grid.add(new Label(Tr.tr("backup.ui.folder")), 0, 1);
        grid.add(new HBox(8, folder, choose), 1, 1);
        grid.add(new Label(Tr.tr("backup.ui.daily")), 0, 2);
        grid.add(daily, 1, 2);
        grid.add(new Label(Tr.tr("backup.ui.weekly")), 0, 3);
        grid.add(weekly, 1, 3);
        grid.add(new Label(Tr.tr("backup.ui.monthly")), 0, 4);
        grid.add(monthly, 1, 4);
        grid.add(hint, 0, 5, 2, 1);
        grid.add(save, 0, 6, 2, 1);
        grid.setMaxWidth(760);
        return grid;
    }

    /** Перенос данных: the whole data to one workbook, and back into an empty database. */
    private VBox transfer(DataTransferViewModel vm) {
        Label title = new Label(Tr.tr("transfer.ui.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(Tr.tr("transfer.ui.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button(Tr.tr("transfer.ui.export"), Icons.SAVE.icon());
        export.setId("transfer-export");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> vm.exportAll());
        Button load = new Button(Tr.tr("transfer.ui.load"));
        load.setId("transfer-load");
        load.disableProperty().bind(vm.busyProperty().or(vm.canLoadProperty().not()));
        load.setOnAction(e -> vm.loadAll());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("transfer-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label failure = new Label();
        failure.setId("transfer-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        Label loadHint = new Label(Tr.tr("transfer.ui.load.hint"));
        loadHint.setWrapText(true);
        loadHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        loadHint.visibleProperty().bind(vm.canLoadProperty().not());
        loadHint.managedProperty().bind(loadHint.visibleProperty());
        HBox buttons = new HBox(10, export, load, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, intro, buttons, status, failure, loadHint);
        box.setId("transfer-section");
        box.setMaxWidth(760);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int value) {
        Spinner<Integer> s = new Spinner<>(0, RetentionPolicy.MAX, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }
}
