package ru.officialpages.ui.moderation;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ImportProblem;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.ImportPreviewDialog;
import ru.officialpages.ui.common.TableActions;
import ru.officialpages.ui.posts.PageChoice;

/** Модерация: records (list and form), the blacklist and today's round, each on its tab. */
public final class ModerationView extends TabPane {
    static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;
    /** The key prefix of a ground's short name (the checklist, the tables); the full name is in the tooltip. */
    static final String SHORT = "moderation.groundShort.";
    private static final Object SHORTCUT_KEY = new Object();
    private final ModerationViewModel vm;
    private final ComboBox<PageChoice> formPage = new ComboBox<>();
    private final ScrollPane formScroll = new ScrollPane();
    /** The record form beside the list: opened by Новая запись (Ctrl+N), closed by Закрыть or Esc. */
    private final javafx.beans.property.BooleanProperty formOpen = new javafx.beans.property.SimpleBooleanProperty(false);
    private final TableActions recordActions;
    private final TableActions blacklistActions;

    public ModerationView(ModerationViewModel vm) {
        this.vm = vm;
        recordActions = new TableActions(vm::tableExport, vm::municipality, vm::today, "moderation");
        blacklistActions = new TableActions(vm::blacklistExport, vm::municipality, vm::today, "blacklist");
        setId("moderation-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab records = new Tab(Tr.tr("moderation.tab.records"), records());
        records.setId("moderation-tab-records");
        Tab black = new Tab(Tr.tr("moderation.tab.blacklist"));
        black.setId("moderation-tab-blacklist");
        // Built and read when first shown, as the round below: a second table styled and laid out behind
        // the records, and its entries read, were a good part of opening Модерация (issue 10).
        black.selectedProperty().addListener((o, was, now) -> {
            if (now && black.getContent() == null) {
                black.setContent(blacklist());
                vm.showBlacklist();
            }
        });
        Tab round = new Tab(Tr.tr("moderation.tab.round"));
        round.setId("moderation-tab-round");
        round.setContent(round(round.selectedProperty()));
        getTabs().addAll(records, black, round);
        // Ctrl+E / Ctrl+P act on the tab shown: the records or the blacklist (the round is no table).
        recordActions.installShortcuts(this, () -> {
            if (black.isSelected()) {
                blacklistActions.export();
            } else if (records.isSelected()) {
                recordActions.export();
            }
        }, () -> {
            if (black.isSelected()) {
                blacklistActions.print();
            } else if (records.isSelected()) {
                recordActions.print();
            }
        });
        vm.load();
    }

    // --- Records ---

    private VBox records() {
        Button add = new Button(Tr.tr("moderation.new"), Icons.ADD.icon());
        add.setId("moderation-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> startNew());
        Button importButton = new Button(Tr.tr("moderation.import"));
        importButton.setId("moderation-import");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Tr.tr("moderation.import.title"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Tr.tr("posts.import.filter"),
                    "*.xlsx", "*.csv", "*.txt"));
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                importFile(f.toPath());
            }
        });
        TableView<ModerationEntry> table = table();
        Button delete = new Button(Tr.tr("moderation.delete"));
        delete.setId("moderation-delete");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected(table));
        Button undo = new Button(Tr.tr("moderation.undo"));
        undo.setId("moderation-undo");
        undo.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoDelete());
        Label status = new Label();
        status.setId("moderation-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.setMinWidth(0);
        HBox bar = new HBox(8, add, importButton, delete, undo, status, gap, recordActions.exportButton(),
                recordActions.printButton());
        bar.setAlignment(Pos.CENTER_LEFT);

        VBox listSide = new VBox(8, filters(), recordActions.noticeNode(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        // The form is built when first opened: hidden beside the list, its fields (a check box with a
        // tooltip for every ground) were styled and laid out on every first opening (issue 10).
        VBox formPanel = new VBox();
        formPanel.setPrefWidth(440);
        formPanel.setMinWidth(380);
        formPanel.visibleProperty().bind(formOpen);
        formPanel.managedProperty().bind(formOpen);
        formOpen.addListener((o, was, now) -> {
            if (now && formPanel.getChildren().isEmpty()) {
                VBox form = form();
                VBox.setVgrow(form, Priority.ALWAYS);
                formPanel.getChildren().add(form);
            }
        });
        HBox.setHgrow(listSide, Priority.ALWAYS);
        HBox split = new HBox(12, listSide, formPanel);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(10, bar, split);
        box.setPadding(new Insets(10, 0, 0, 0));
        // Ctrl+N starts a record wherever the focus is on this screen (and only while it is shown).
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !scene.getProperties().containsKey(SHORTCUT_KEY)) {
                scene.getProperties().put(SHORTCUT_KEY, Boolean.TRUE);
                scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (getScene() == scene && e.isShortcutDown() && e.getCode() == KeyCode.N) {
                        getSelectionModel().select(0);
                        startNew();
                        e.consume();
                    }
                });
            }
        });
        return box;
    }

    private void startNew() {
        vm.newRecord();
        formOpen.set(true);
        formScroll.setVvalue(0);
        formPage.requestFocus();
    }

    /** Opens the chosen record in the form to be changed. */
    private void editSelected(TableView<ModerationEntry> table) {
        ModerationEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            vm.edit(e);
            formOpen.set(true);
            formScroll.setVvalue(0);
        }
    }

    private void deleteSelected(TableView<ModerationEntry> table) {
        ModerationEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            vm.delete(e);
        }
    }

    private VBox form() {
        Label titleText = new Label();
        titleText.setId("moderation-form-title");
        titleText.textProperty().bind(vm.formTitleProperty());
        titleText.getStyleClass().add(Styles.TITLE_4);
        Button close = new Button(Tr.tr("moderation.form.close"));
        close.setId("moderation-form-close");
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> formOpen.set(false));
        Region gapTitle = new Region();
        HBox.setHgrow(gapTitle, Priority.ALWAYS);
        HBox title = new HBox(8, titleText, gapTitle, close);
        title.setAlignment(Pos.CENTER_LEFT);

        formPage.setId("moderation-page");
        formPage.setItems(vm.activeChoices());
        formPage.setMaxWidth(Double.MAX_VALUE);
        formPage.setPromptText(Tr.tr("moderation.form.page.prompt"));
        formPage.valueProperty().bindBidirectional(vm.page);
        DateField date = new DateField("moderation-date");
        date.valueProperty().bindBidirectional(vm.date);
        date.setPrefWidth(140);
        TextField time = new TextField();
        time.setId("moderation-time");
        time.setPrefColumnCount(4);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(vm.time);
        HBox when = new HBox(8, date, time);

        TextField author = new TextField();
        author.setId("moderation-author");
        author.setPromptText(Tr.tr("moderation.form.author.prompt"));
        author.textProperty().bindBidirectional(vm.authorName);
        TextField link = new TextField();
        link.setId("moderation-author-link");
        link.setPromptText(Tr.tr("moderation.form.authorLink.prompt"));
        link.textProperty().bindBidirectional(vm.authorLink);
        Label warning = new Label();
        warning.setId("moderation-author-warning");
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        warning.setGraphic(Icons.ERROR.icon());
        warning.textProperty().bind(vm.authorWarningProperty());
        warning.visibleProperty().bind(vm.authorWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        TextArea text = new TextArea();
        text.setId("moderation-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText(Tr.tr("moderation.form.text.prompt"));
        text.textProperty().bindBidirectional(vm.text);

        VBox hints = new VBox(2);
        hints.setId("moderation-hints");
        Button accept = new Button(Tr.tr("moderation.form.acceptSuggested"));
        accept.setId("moderation-accept-suggested");
        accept.setOnAction(e -> vm.acceptSuggested());
        VBox hintBox = new VBox(6, hints, accept);
        hintBox.setPadding(new Insets(8));
        hintBox.setStyle("-fx-background-color: -color-warning-subtle; -fx-background-radius: 6;");
        Runnable drawHints = () -> {
            hints.getChildren().clear();
            for (String h : vm.hints()) {
                Label l = new Label(h);
                l.setWrapText(true);
                l.getStyleClass().add("moderation-hint");
                hints.getChildren().add(l);
            }
            hintBox.setVisible(!vm.hints().isEmpty());
            hintBox.setManaged(!vm.hints().isEmpty());
        };
        vm.hints().addListener((ListChangeListener<String>) c -> drawHints.run());
        drawHints.run();

        GridPane grounds = new GridPane();
        grounds.setId("moderation-grounds");
        grounds.setHgap(10);
        grounds.setVgap(4);
        // One ground a line, the whole width: in two columns «Персональные данные» broke mid-word (issue 16).
        javafx.scene.layout.ColumnConstraints whole = new javafx.scene.layout.ColumnConstraints();
        whole.setPercentWidth(100);
        grounds.getColumnConstraints().add(whole);
        DeletionGround[] all = DeletionGround.values();
        for (int i = 0; i < all.length; i++) {
            grounds.add(groundRow(all[i]), 0, i);
        }

        ComboBox<ModerationAction> action = new ComboBox<>(FXCollections.observableArrayList(ModerationAction.values()));
        action.setId("moderation-action");
        action.setMaxWidth(Double.MAX_VALUE);
        action.setCellFactory(l -> new ActionCell(true));
        action.setButtonCell(new ActionCell(true));
        action.valueProperty().bindBidirectional(vm.action);
        TextField note = new TextField();
        note.setId("moderation-note");
        note.textProperty().bindBidirectional(vm.note);

        Button save = new Button(Tr.tr("moderation.save"), Icons.SAVE.icon());
        save.setId("moderation-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());

        Label groundsTitle = new Label(Tr.tr("moderation.form.grounds"));
        groundsTitle.getStyleClass().add("field-label");
        Label groundsError = new Label();
        groundsError.setId("moderation-grounds-error");
        groundsError.getStyleClass().add("field-error");
        groundsError.setWrapText(true);
        groundsError.textProperty().bind(vm.groundsErrorProperty());
        groundsError.managedProperty().bind(groundsError.textProperty().isNotEmpty());

        VBox fields = new VBox(8, title,
                new FieldBox(Tr.tr("moderation.form.page"), formPage, vm.pageErrorProperty()),
                new FieldBox(Tr.tr("moderation.form.when"), when, vm.timeErrorProperty()),
                sideBySide(new FieldBox(Tr.tr("moderation.form.author"), author, vm.authorErrorProperty()),
                        new FieldBox(Tr.tr("moderation.form.authorLink"), link, null)),
                warning,
                new FieldBox(Tr.tr("moderation.form.text"), text, null),
                hintBox,
                new VBox(6, groundsTitle, grounds, groundsError));
        fields.setPadding(new Insets(12));
        ScrollPane scroll = formScroll;
        scroll.setContent(fields);
        scroll.setId("moderation-form-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // What was done and Save stay in view however long the comment and its hints are.
        HBox.setHgrow(action, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        GridPane footer = new GridPane();
        footer.setHgap(8);
        footer.setVgap(6);
        footer.setPadding(new Insets(10, 12, 12, 12));
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        footer.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow);
        Label actionLabel = new Label(Tr.tr("moderation.form.action"));
        actionLabel.setLabelFor(action);
        actionLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label noteLabel = new Label(Tr.tr("moderation.form.note"));
        noteLabel.setLabelFor(note);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        footer.addRow(0, actionLabel, action);
        footer.addRow(1, noteLabel, note);
        footer.add(save, 1, 2);
        footer.setStyle("-fx-border-color: -color-border-default transparent transparent transparent;");
        VBox form = new VBox(scroll, footer);
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                formOpen.set(false);
                e.consume();
            }
        });
        form.getStyleClass().add("entry-card");
        return form;
    }

    private static HBox sideBySide(FieldBox left, FieldBox right) {
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(200);
        right.setPrefWidth(200);
        return new HBox(10, left, right);
    }

    private HBox groundRow(DeletionGround g) {
        CheckBox box = new CheckBox(Tr.tr(SHORT + g.name()));
        box.setId("moderation-ground-" + g.name());
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(vm.chosen(g));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // The full name of the ground and the clause behind it, by the settlement's preset once it is read.
        Runnable describe = () -> tip.setText(Tr.tr(g.titleKey()) + "\n" + vm.clausesOf(g));
        vm.presetProperty().addListener(o -> describe.run());
        describe.run();
        box.setTooltip(tip);
        Label badge = new Label(Tr.tr("moderation.form.suggested"));
        badge.setId("moderation-suggested-" + g.name());
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING, Styles.TEXT_BOLD);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(vm.suggested(g));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox row = new HBox(6, box, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        // A suggested ground stands out until the user has ticked it.
        vm.suggested(g).addListener((o, was, now) -> row.setStyle(style(now, box.isSelected())));
        box.selectedProperty().addListener((o, was, now) -> row.setStyle(style(vm.suggested(g).get(), now)));
        return row;
    }

    private static String style(boolean suggested, boolean ticked) {
        return suggested && !ticked ? "-fx-background-color: -color-warning-subtle; -fx-background-radius: 4; -fx-padding: 2 4 2 4;"
                : suggested ? "-fx-padding: 2 4 2 4;" : "";
    }

    private FlowPane filters() {
        ComboBox<PageChoice> page = new ComboBox<>(vm.pageChoices());
        page.setId("moderation-filter-page");
        page.setPrefWidth(240);
        page.setPromptText(Tr.tr("moderation.filter.allPages"));
        page.valueProperty().bindBidirectional(vm.filterPage);
        DateField from = new DateField("moderation-filter-from");
        from.setPromptText(Tr.tr("posts.filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.filterFrom);
        DateField to = new DateField("moderation-filter-to");
        to.setPromptText(Tr.tr("posts.filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.filterTo);
        ComboBox<DeletionGround> ground = new ComboBox<>(FXCollections.observableArrayList(DeletionGround.values()));
        ground.getItems().add(0, null);
        ground.setId("moderation-filter-ground");
        ground.setPrefWidth(200);
        ground.setPromptText(Tr.tr("moderation.filter.allGrounds"));
        ground.setCellFactory(l -> new GroundCell());
        ground.setButtonCell(new GroundCell());
        ground.valueProperty().bindBidirectional(vm.filterGround);
        ComboBox<ModerationAction> action = new ComboBox<>(FXCollections.observableArrayList(ModerationAction.values()));
        action.getItems().add(0, null);
        action.setId("moderation-filter-action");
        action.setPromptText(Tr.tr("moderation.filter.allActions"));
        action.setCellFactory(l -> new ActionCell(false));
        action.setButtonCell(new ActionCell(false));
        action.valueProperty().bindBidirectional(vm.filterAction);
        TextField search = new TextField();
        search.setId("moderation-search");
        search.setPromptText(Tr.tr("moderation.filter.search"));
        search.setPrefColumnCount(14);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.filterText.set(search.getText()));
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        Button reset = new Button(Tr.tr("posts.filter.reset"));
        reset.setId("moderation-filter-reset");
        reset.setOnAction(e -> {
            page.setValue(null);
            from.setValue(null);
            to.setValue(null);
            ground.setValue(null);
            action.setValue(null);
            search.clear();
        });
        Label found = new Label();
        found.setId("moderation-found");
        found.getStyleClass().add(Styles.TEXT_MUTED);
        found.textProperty().bind(vm.foundProperty());
        FlowPane bar = new FlowPane(8, 8, page, from, to, ground, action, search, reset, found);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<ModerationEntry> table() {
        TableView<ModerationEntry> table = new TableView<>(vm.rows());
        table.setId("moderation-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(Tr.tr("moderation.table.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<ModerationEntry, String> when = column(Tr.tr("moderation.col.when"), 150,
                e -> DATE_TIME.format(e.record().noticedAt()));
        when.setMinWidth(125);
        table.getColumns().add(when);
        TableColumn<ModerationEntry, String> page = column(Tr.tr("moderation.col.page"), 170,
                e -> e.organizationName() + ", " + vm.networkName(e.networkCode()));
        table.getColumns().add(page);
        TableColumn<ModerationEntry, String> author = column(Tr.tr("moderation.col.author"), 140, e -> e.record().author());
        table.getColumns().add(author);
        table.getColumns().add(column(Tr.tr("moderation.col.text"), 220, e -> e.record().text()));
        table.getColumns().add(column(Tr.tr("moderation.col.grounds"), 200, e -> vm.shortGroundsText(e.record().grounds())));
        TableColumn<ModerationEntry, String> action = column(Tr.tr("moderation.col.action"), 120,
                e -> Tr.tr(e.record().action().doneKey()));
        table.getColumns().add(action);
        TableColumn<ModerationEntry, String> note = column(Tr.tr("moderation.col.note"), 120, e -> e.record().note());
        table.getColumns().add(note);
        // With the form open beside it, the list keeps what tells the records apart: when, the page, what was said.
        author.visibleProperty().bind(formOpen.not());
        action.visibleProperty().bind(formOpen.not());
        note.visibleProperty().bind(formOpen.not());
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> {
            TableRow<ModerationEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    editSelected(t);
                }
            });
            row.itemProperty().addListener((o, was, now) -> row.setTooltip(now == null || now.record().text().isEmpty() ? null
                    : new Tooltip(now.record().text())));
            return row;
        });
        MenuItem edit = new MenuItem(Tr.tr("moderation.edit"));
        edit.setOnAction(e -> editSelected(table));
        MenuItem delete = new MenuItem(Tr.tr("moderation.delete"));
        delete.setOnAction(e -> deleteSelected(table));
        table.setContextMenu(new ContextMenu(edit, delete));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected(table);
            } else if (e.getCode() == KeyCode.ENTER) {
                editSelected(table);
                e.consume();
            }
        });
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        return c;
    }

    /** Reads the chosen file and shows what it would add; nothing is written until the user agrees. */
    public void importFile(java.nio.file.Path file) {
        vm.previewImport(file, this::showPreview);
    }

    private void showPreview(ModerationImport.Preview p) {
        String summary = p.errors().isEmpty() ? Tr.tr("moderation.import.summary", p.records().size())
                : Tr.tr("moderation.import.errors", p.errors().size());
        new ImportPreviewDialog(getScene().getWindow(), Tr.tr("moderation.import.title"), summary,
                p.errors().stream().map(ImportProblem::text).toList(), p.warnings(),
                p.records().stream().map(vm::describe).toList(), p.canApply())
                .showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> vm.applyImport(p));
    }

    // --- Blacklist ---

    private VBox blacklist() {
        TextField search = new TextField();
        search.setId("blacklist-search");
        search.setPromptText(Tr.tr("moderation.blacklist.search"));
        search.setPrefColumnCount(22);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.blacklistSearch.set(search.getText()));
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        CheckBox all = new CheckBox(Tr.tr("moderation.blacklist.showTakenOff"));
        all.setId("blacklist-show-taken-off");
        all.selectedProperty().bindBidirectional(vm.showTakenOff);

        TableView<BlacklistListing> table = new TableView<>(vm.blacklist());
        table.setId("blacklist-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(Tr.tr("moderation.blacklist.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().add(column(Tr.tr("moderation.col.author"), 160, l -> l.entry().authorName()));
        table.getColumns().add(column(Tr.tr("moderation.col.profile"), 170,
                l -> l.entry().authorLink().replaceFirst("^https?://", "")));
        table.getColumns().add(column(Tr.tr("moderation.col.page"), 190,
                l -> l.organizationName() + ", " + vm.networkName(l.networkCode())));
        table.getColumns().add(column(Tr.tr("moderation.col.restriction"), 130, l -> Tr.tr(l.entry().restriction().doneKey())));
        TableColumn<BlacklistListing, String> since = column(Tr.tr("moderation.col.since"), 105,
                l -> ModerationViewModel.DATE.format(l.entry().since()));
        TableColumn<BlacklistListing, String> until = column(Tr.tr("moderation.col.until"), 105,
                l -> l.entry().until() == null ? "" : ModerationViewModel.DATE.format(l.entry().until()));
        since.setMinWidth(100);
        until.setMinWidth(100);
        table.getColumns().add(since);
        table.getColumns().add(until);
        table.getColumns().add(column(Tr.tr("moderation.col.grounds"), 220, l -> vm.shortGroundsText(l.entry().grounds())));
        table.getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(table, Priority.ALWAYS);
        // A reload (a search typed, an entry taken off) keeps the chosen author chosen.
        long[] chosen = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                chosen[0] = now.entry().id();
            }
        });
        vm.blacklist().addListener((ListChangeListener<BlacklistListing>) c -> {
            for (int i = 0; i < vm.blacklist().size(); i++) {
                if (vm.blacklist().get(i).entry().id() == chosen[0]) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });

        DateField untilField = new DateField("blacklist-until");
        untilField.setPrefWidth(140);
        untilField.valueProperty().bindBidirectional(vm.takeOffDay);
        Button takeOff = new Button(Tr.tr("moderation.blacklist.takeOff"));
        takeOff.setId("blacklist-take-off");
        takeOff.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        takeOff.setOnAction(e -> {
            BlacklistListing l = table.getSelectionModel().getSelectedItem();
            if (l != null) {
                vm.takeOff(l);
            }
        });
        Label untilLabel = new Label(Tr.tr("moderation.blacklist.from"));
        untilLabel.setMinWidth(Region.USE_PREF_SIZE);
        takeOff.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        untilField.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, search, all, new Region(), untilLabel, untilField, takeOff);
        HBox.setHgrow(bar.getChildren().get(2), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Tr.tr("moderation.blacklist.hint"));
        hint.setWrapText(true);
        // Wrapped, it takes the lines it needs (at 125 % scaling it needs two), never «…».
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        // Export and print sit beside the hint: the bar above keeps room for the day to take off from.
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox hintRow = new HBox(8, hint, blacklistActions.exportButton(), blacklistActions.printButton());
        hintRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, bar, hintRow, blacklistActions.noticeNode(), table);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    // --- Round ---

    /**
     * The round's rows are drawn only while its tab is shown: with 200 pages they are 400 controls, and
     * styling them made opening Модерация take a second (docs/performance.md) for a tab seen once a day.
     */
    private VBox round(javafx.beans.value.ObservableBooleanValue shown) {
        Label week = new Label();
        week.setId("round-week");
        week.getStyleClass().add(Styles.TITLE_4);
        week.setWrapText(true);
        week.textProperty().bind(vm.roundWeekProperty());
        Label lastWeek = new Label();
        lastWeek.setId("round-last-week");
        lastWeek.getStyleClass().add(Styles.TEXT_MUTED);
        lastWeek.textProperty().bind(vm.roundLastWeekProperty());
        Label hint = new Label(Tr.tr("moderation.round.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button all = new Button(Tr.tr("moderation.round.all"));
        all.setId("round-check-all");
        all.setOnAction(e -> vm.checkAll());
        GridPane list = new GridPane();
        list.setId("round-list");
        list.setHgap(16);
        list.setVgap(8);
        Runnable draw = () -> {
            list.getChildren().clear();
            int r = 0;
            for (RoundRow row : vm.round()) {
                CheckBox box = new CheckBox(row.label());
                // Addresses have underscores ("vk.com/berezovka_sp"), not mnemonics.
                box.setMnemonicParsing(false);
                box.setId("round-page-" + row.pageId());
                box.setSelected(row.checkedProperty().get());
                row.checkedProperty().addListener((o, was, now) -> box.setSelected(now));
                box.setOnAction(e -> vm.setChecked(row, box.isSelected()));
                Label at = new Label();
                at.setId("round-time-" + row.pageId());
                at.getStyleClass().add(Styles.TEXT_MUTED);
                at.textProperty().bind(row.timeProperty());
                list.add(box, 0, r);
                list.add(at, 1, r);
                r++;
            }
            if (r == 0) {
                list.add(new Label(Tr.tr("moderation.round.noPages")), 0, 0);
            }
        };
        boolean[] stale = {true};
        Runnable drawIfShown = () -> {
            if (shown.get()) {
                draw.run();
                stale[0] = false;
            } else {
                stale[0] = true;
            }
        };
        vm.round().addListener((ListChangeListener<RoundRow>) c -> drawIfShown.run());
        shown.addListener((o, was, now) -> {
            if (now && stale[0]) {
                drawIfShown.run();
            }
        });
        VBox box = new VBox(12, new VBox(2, week, lastWeek), hint, list, all);
        box.setPadding(new Insets(14, 4, 4, 4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        VBox outer = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return outer;
    }

    private static final class GroundCell extends ListCell<DeletionGround> {
        @Override
        protected void updateItem(DeletionGround item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Tr.tr("moderation.filter.allGrounds") : Tr.tr(item.titleKey()));
        }
    }

    private static final class ActionCell extends ListCell<ModerationAction> {
        private final boolean choice;

        ActionCell(boolean choice) {
            this.choice = choice;
        }

        @Override
        protected void updateItem(ModerationAction item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Tr.tr("moderation.filter.allActions")
                    : Tr.tr(choice ? item.choiceKey() : item.doneKey()));
        }
    }
}
