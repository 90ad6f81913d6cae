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
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ImportProblem;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.ui.common.ChosenRow;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.ImportPreviewDialog;
import ru.officialpages.ui.common.OneLineRows;
import ru.officialpages.ui.common.TableActions;
import ru.officialpages.ui.common.UndoBar;
import ru.officialpages.ui.posts.PageChoice;

/** Модерация: records (list and form), the new comments read from the pages, the blacklist and today's round, each on its tab. */
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
        this(vm, new ru.officialpages.ui.common.LinkOpener());
    }

    /** {@code links} opens a comment, its post or its author on the platform (tests pass one that records). */
    public ModerationView(ModerationViewModel vm, java.util.function.Consumer<String> links) {
        this.vm = vm;
        recordActions = new TableActions(vm.records()::tableExport, vm::municipality, vm::today, "moderation");
        blacklistActions = new TableActions(vm.blacklist()::export, vm::municipality, vm::today, "blacklist");
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
                black.setContent(new BlacklistView(vm.blacklist(), vm.context(), blacklistActions));
                vm.blacklist().show();
            }
        });
        Tab round = new Tab(Tr.tr("moderation.tab.round"));
        round.setId("moderation-tab-round");
        round.setContent(new RoundView(vm.round(), round.selectedProperty()));
        Tab comments = new Tab(Tr.tr("moderation.tab.comments"), new NewCommentsView(vm.newComments(), links));
        comments.setId("moderation-tab-comments");
        // The tab says how many wait, so the clerk sees them from the records.
        vm.newComments().rows().addListener((ListChangeListener<CommentRow>) c -> comments.setText(
                vm.newComments().rows().isEmpty() ? Tr.tr("moderation.tab.comments")
                        : Tr.tr("moderation.tab.commentsCount", vm.newComments().rows().size())));
        getTabs().addAll(records, comments, black, round);
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
        Label status = new Label();
        status.setId("moderation-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.setWrapText(true);
        status.textProperty().bind(vm.context().statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.setMinWidth(0);
        HBox bar = new HBox(8, add, importButton, delete, status, gap, recordActions.exportButton(),
                recordActions.printButton());
        bar.setAlignment(Pos.CENTER_LEFT);

        // «Запись … удалена. Отменить» under the filters, as in Публикации and Сообщения.
        VBox listSide = new VBox(8, filters(), UndoBar.of("moderation", vm.records().deletedTextProperty(),
                vm.records().lastDeletedProperty(), vm.records()::undoDelete, vm.records()::dismissUndo),
                recordActions.noticeNode(), table);
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
        vm.form().newRecord();
        formOpen.set(true);
        formScroll.setVvalue(0);
        formPage.requestFocus();
    }

    /** Opens the chosen record in the form to be changed. */
    private void editSelected(TableView<ModerationEntry> table) {
        ModerationEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            vm.form().edit(e);
            formOpen.set(true);
            formScroll.setVvalue(0);
        }
    }

    private void deleteSelected(TableView<ModerationEntry> table) {
        ModerationEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            vm.records().delete(e);
        }
    }

    private VBox form() {
        Label titleText = new Label();
        titleText.setId("moderation-form-title");
        titleText.textProperty().bind(vm.form().formTitleProperty());
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
        formPage.setItems(vm.context().activeChoices());
        formPage.setMaxWidth(Double.MAX_VALUE);
        formPage.setPromptText(Tr.tr("moderation.form.page.prompt"));
        formPage.valueProperty().bindBidirectional(vm.form().page);
        DateField date = new DateField("moderation-date");
        date.valueProperty().bindBidirectional(vm.form().date);
        date.setPrefWidth(140);
        TextField time = new TextField();
        time.setId("moderation-time");
        time.setPrefColumnCount(4);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(vm.form().time);
        HBox when = new HBox(8, date, time);

        TextField author = new TextField();
        author.setId("moderation-author");
        author.setPromptText(Tr.tr("moderation.form.author.prompt"));
        author.textProperty().bindBidirectional(vm.form().authorName);
        TextField link = new TextField();
        link.setId("moderation-author-link");
        link.setPromptText(Tr.tr("moderation.form.authorLink.prompt"));
        link.textProperty().bindBidirectional(vm.form().authorLink);
        Label warning = new Label();
        warning.setId("moderation-author-warning");
        warning.setWrapText(true);
        warning.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        warning.setGraphic(Icons.ERROR.icon());
        warning.textProperty().bind(vm.form().authorWarningProperty());
        warning.visibleProperty().bind(vm.form().authorWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        TextArea text = new TextArea();
        text.setId("moderation-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText(Tr.tr("moderation.form.text.prompt"));
        text.textProperty().bindBidirectional(vm.form().text);

        VBox hints = new VBox(2);
        hints.setId("moderation-hints");
        Button accept = new Button(Tr.tr("moderation.form.acceptSuggested"));
        accept.setId("moderation-accept-suggested");
        accept.setOnAction(e -> vm.form().acceptSuggested());
        VBox hintBox = new VBox(6, hints, accept);
        hintBox.setPadding(new Insets(8));
        hintBox.setStyle("-fx-background-color: -color-warning-subtle; -fx-background-radius: 6;");
        Runnable drawHints = () -> {
            hints.getChildren().clear();
            for (String h : vm.form().hints()) {
                Label l = new Label(h);
                l.setWrapText(true);
                l.getStyleClass().add("moderation-hint");
                hints.getChildren().add(l);
            }
            hintBox.setVisible(!vm.form().hints().isEmpty());
            hintBox.setManaged(!vm.form().hints().isEmpty());
        };
        vm.form().hints().addListener((ListChangeListener<String>) c -> drawHints.run());
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
        action.valueProperty().bindBidirectional(vm.form().action);
        TextField note = new TextField();
        note.setId("moderation-note");
        note.textProperty().bindBidirectional(vm.form().note);

        Button save = new Button(Tr.tr("moderation.save"), Icons.SAVE.icon());
        save.setId("moderation-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.form().save());

        Label groundsTitle = new Label(Tr.tr("moderation.form.grounds"));
        groundsTitle.getStyleClass().add("field-label");
        Label groundsError = new Label();
        groundsError.setId("moderation-grounds-error");
        groundsError.getStyleClass().add("field-error");
        groundsError.setWrapText(true);
        groundsError.textProperty().bind(vm.form().groundsErrorProperty());
        groundsError.managedProperty().bind(groundsError.textProperty().isNotEmpty());

        VBox fields = new VBox(8, title,
                new FieldBox(Tr.tr("moderation.form.page"), formPage, vm.form().pageErrorProperty()),
                new FieldBox(Tr.tr("moderation.form.when"), when, vm.form().timeErrorProperty()),
                sideBySide(new FieldBox(Tr.tr("moderation.form.author"), author, vm.form().authorErrorProperty()),
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
        box.selectedProperty().bindBidirectional(vm.form().chosen(g));
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // The full name of the ground and the clause behind it, by the settlement's preset once it is read.
        Runnable describe = () -> tip.setText(Tr.tr(g.titleKey()) + "\n" + vm.context().clausesOf(g));
        vm.context().presetProperty().addListener(o -> describe.run());
        describe.run();
        box.setTooltip(tip);
        Label badge = new Label(Tr.tr("moderation.form.suggested"));
        badge.setId("moderation-suggested-" + g.name());
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING, Styles.TEXT_BOLD);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(vm.form().suggested(g));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox row = new HBox(6, box, badge);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        // A suggested ground stands out until the user has ticked it.
        vm.form().suggested(g).addListener((o, was, now) -> row.setStyle(style(now, box.isSelected())));
        box.selectedProperty().addListener((o, was, now) -> row.setStyle(style(vm.form().suggested(g).get(), now)));
        return row;
    }

    private static String style(boolean suggested, boolean ticked) {
        return suggested && !ticked ? "-fx-background-color: -color-warning-subtle; -fx-background-radius: 4; -fx-padding: 2 4 2 4;"
                : suggested ? "-fx-padding: 2 4 2 4;" : "";
    }

    private FlowPane filters() {
        ComboBox<PageChoice> page = new ComboBox<>(vm.context().pageChoices());
        page.setId("moderation-filter-page");
        page.setPrefWidth(240);
        page.setPromptText(Tr.tr("moderation.filter.allPages"));
        page.valueProperty().bindBidirectional(vm.records().filterPage);
        DateField from = new DateField("moderation-filter-from");
        from.setPromptText(Tr.tr("posts.filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.records().filterFrom);
        DateField to = new DateField("moderation-filter-to");
        to.setPromptText(Tr.tr("posts.filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.records().filterTo);
        ComboBox<DeletionGround> ground = new ComboBox<>(FXCollections.observableArrayList(DeletionGround.values()));
        ground.getItems().add(0, null);
        ground.setId("moderation-filter-ground");
        ground.setPrefWidth(200);
        ground.setPromptText(Tr.tr("moderation.filter.allGrounds"));
        ground.setCellFactory(l -> new GroundCell());
        ground.setButtonCell(new GroundCell());
        ground.valueProperty().bindBidirectional(vm.records().filterGround);
        ComboBox<ModerationAction> action = new ComboBox<>(FXCollections.observableArrayList(ModerationAction.values()));
        action.getItems().add(0, null);
        action.setId("moderation-filter-action");
        action.setPromptText(Tr.tr("moderation.filter.allActions"));
        action.setCellFactory(l -> new ActionCell(false));
        action.setButtonCell(new ActionCell(false));
        action.valueProperty().bindBidirectional(vm.records().filterAction);
        TextField search = new TextField();
        search.setId("moderation-search");
        search.setPromptText(Tr.tr("moderation.filter.search"));
        search.setPrefColumnCount(14);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.records().filterText.set(search.getText()));
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
        found.textProperty().bind(vm.records().foundProperty());
        FlowPane bar = new FlowPane(8, 8, page, from, to, ground, action, search, reset, found);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<ModerationEntry> table() {
        // The record the user selected stays selected when a refresh in place (a sync keeping comments) moves it.
        ChosenRow<ModerationEntry> chosen = ChosenRow.of(vm.records().rows(), e -> e.record().id());
        TableView<ModerationEntry> table = new TableView<>(vm.records().rows());
        chosen.keepOn(table);
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
                e -> e.organizationName() + ", " + vm.context().networkName(e.networkCode()));
        table.getColumns().add(page);
        TableColumn<ModerationEntry, String> author = column(Tr.tr("moderation.col.author"), 140, e -> e.record().author());
        table.getColumns().add(author);
        table.getColumns().add(column(Tr.tr("moderation.col.text"), 220, e -> e.record().text()));
        table.getColumns().add(column(Tr.tr("moderation.col.grounds"), 200, e -> ModerationContext.shortGroundsText(e.record().grounds())));
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
        // 200,000 records fetched as shown: one fixed row height, or the table measures rows it does not show.
        OneLineRows.install(table);
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

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        return c;
    }

    /** Reads the chosen file and shows what it would add; nothing is written until the user agrees. */
    public void importFile(java.nio.file.Path file) {
        vm.records().previewImport(file, this::showPreview);
    }

    private void showPreview(ModerationImport.Preview p) {
        String summary = p.errors().isEmpty() ? Tr.tr("moderation.import.summary", p.records().size())
                : Tr.tr("moderation.import.errors", p.errors().size());
        new ImportPreviewDialog(getScene().getWindow(), Tr.tr("moderation.import.title"), summary,
                p.errors().stream().map(ImportProblem::text).toList(), p.warnings(),
                p.records().stream().map(vm.records()::describe).toList(), p.canApply())
                .showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> vm.records().applyImport(p));
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
