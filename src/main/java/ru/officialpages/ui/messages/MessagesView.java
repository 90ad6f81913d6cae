package ru.officialpages.ui.messages;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageScope;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.ReturnReason;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ImportProblem;
import ru.officialpages.imports.MessageImport;
import ru.officialpages.ui.common.CheckedTextEditor;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.TableActions;
import ru.officialpages.ui.common.ImportPreviewDialog;
import ru.officialpages.ui.common.TextCheckService;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Сообщения: the list, what is due first with the working time left (amber under an hour, red
 * past the deadline), and beside it the card of one message: what was written, and its course
 * with the draft answer checked as it is typed.
 */
public final class MessagesView extends VBox {
    private final MessagesViewModel vm;
    private final TextCheckService textChecks;
    private final TableView<Message> table = new TableView<>();
    private final StackPane draftHolder = new StackPane();
    private CheckedTextEditor draftEditor;
    private Tab courseTab;
    /** The draft as the editor got it, to tell whether the user changed it. */
    private String shownDraft = "";
    private final VBox stepsBox = new VBox(4);
    private final TableActions actions;

    public MessagesView(MessagesViewModel vm, TextCheckService textChecks) {
        super(12);
        this.vm = vm;
        this.textChecks = textChecks;
        setId("messages-view");
        actions = new TableActions(vm::tableExport, vm::municipality, vm::today, "messages");
        // The list takes what the card leaves: the card keeps a fixed width that fits its form.
        TableView<Message> list = buildTable();
        VBox card = card();
        HBox.setHgrow(list, Priority.ALWAYS);
        list.setPrefWidth(400);
        HBox body = new HBox(4, list, card);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar(), actions.noticeNode(), undoBar(), stepUndoBar(), body);
        actions.installShortcuts(this);

        // The countdowns move with the clock: once a minute, and by the tests through refresh().
        Timeline minute = new Timeline(new KeyFrame(Duration.minutes(1), e -> vm.refresh()));
        minute.setCycleCount(Animation.INDEFINITE);
        vm.nowProperty().addListener((o, was, now) -> table.refresh());
        // Each time the screen is shown: the calendar may have been corrected meanwhile.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                vm.load();
                minute.play();
            } else {
                minute.stop();
            }
        });
        // A new editor for each message shown; a draft typed and not yet sent is kept for its message.
        vm.currentProperty().addListener((o, was, now) -> {
            if (was != null && draftEditor != null && (now == null || now.id() != was.id())
                    && !draftEditor.getText().equals(shownDraft)) {
                vm.keepDraft(was.id(), draftEditor.getText());
            }
            newDraftEditor(now == null ? "" : now.draft());
        });
        newDraftEditor("");
        vm.steps().addListener((ListChangeListener<MessageStep>) c -> drawSteps());
        drawSteps();
        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.newMessage();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)
                    && vm.lastStepChangeProperty().get() != null) {
                vm.undoStep();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)
                    && vm.lastDeletedProperty().get() != null) {
                vm.undoDelete();
                e.consume();
            }
        });
    }

    /** Opens a step in its dialog; what the clerk saves is counted over the course again. */
    private void editStep(MessageStep s) {
        new MessageStepDialog(getScene().getWindow(), s, vm.describe(s) + " — " + ru.officialpages.i18n.RuFormat.dateTime(s.at()), vm)
                .showAndWait().ifPresent(edit -> vm.editStep(s, edit.date(), edit.time(), edit.text()));
    }

    /** «Шаг удалён … Отменить» for some seconds after a step was taken out of a course. */
    private javafx.scene.Node stepUndoBar() {
        return ru.officialpages.ui.common.UndoBar.of("messages-step", vm.stepChangeTextProperty(),
                vm.lastStepChangeProperty(), vm::undoStep, vm::dismissStepUndo);
    }

    /** «Сообщение удалено … Отменить» for some seconds after a deletion. */
    private javafx.scene.Node undoBar() {
        return ru.officialpages.ui.common.UndoBar.of("messages", vm.deletedTextProperty(), vm.lastDeletedProperty(),
                vm::undoDelete, vm::dismissUndo);
    }

    /** Opens a message in the card (from Сегодня). */
    public void open(long messageId) {
        vm.open(messageId);
    }

    public MessagesViewModel viewModel() {
        return vm;
    }

    private FlowPane bar() {
        Button add = new Button(Tr.tr("messages.new"), Icons.ADD.icon());
        add.setId("messages-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> vm.newMessage());
        Button importButton = new Button(Tr.tr("messages.import"));
        importButton.setId("messages-import");
        importButton.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Tr.tr("messages.import.title"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Tr.tr("posts.import.filter"),
                    "*.xlsx", "*.csv", "*.txt"));
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                importFile(f.toPath());
            }
        });

        ComboBox<MessageScope> scope = enumBox("messages-filter-scope", MessageScope.values(), false,
                s -> Tr.tr("messages.scope." + s.name()), "");
        scope.valueProperty().bindBidirectional(vm.scope);
        ComboBox<Importance> importance = enumBox("messages-filter-importance", Importance.values(), true,
                i -> Tr.tr("messages.importance." + i.name()), Tr.tr("messages.filter.anyImportance"));
        importance.valueProperty().bindBidirectional(vm.filterImportance);
        ComboBox<PageChoice> page = new ComboBox<>(vm.pageChoices());
        page.setId("messages-filter-page");
        page.setPromptText(Tr.tr("messages.filter.allPages"));
        page.setPrefWidth(240);
        page.valueProperty().bindBidirectional(vm.filterPage);
        TextField search = new TextField();
        search.setId("messages-search");
        search.setPromptText(Tr.tr("messages.filter.search"));
        search.setPrefColumnCount(21);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.filterText.set(search.getText()));
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        Button reset = new Button(Tr.tr("posts.filter.reset"));
        reset.setId("messages-filter-reset");
        reset.setOnAction(e -> {
            page.setValue(null);
            importance.setValue(null);
            search.clear();
        });
        Label found = new Label();
        found.setId("messages-found");
        found.getStyleClass().add(Styles.TEXT_MUTED);
        found.textProperty().bind(vm.foundProperty());
        FlowPane bar = new FlowPane(8, 8, add, importButton, scope, importance, page, search, reset, actions.exportButton(),
                actions.printButton(), found);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<Message> buildTable() {
        table.setItems(vm.rows());
        table.setId("messages-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(Tr.tr("messages.table.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<Message, Message> due = new TableColumn<>(Tr.tr("messages.col.due"));
        // Two short lines (the deadline, the time left): narrow enough that author and text fit at 1024 pixels.
        due.setPrefWidth(190);
        due.setMinWidth(160);
        due.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyObjectWrapper<>(d.getValue()));
        due.setCellFactory(c -> new DueCell());
        table.getColumns().add(due);
        // Who wrote and where, in two lines, so the text keeps room on a 1280-pixel screen.
        table.getColumns().add(column(Tr.tr("messages.col.author"), 150, m -> (m.authorName().isEmpty()
                ? Tr.tr("messages.author.unknown") : m.authorName()) + "\n" + vm.whereText(m)));
        table.getColumns().add(column(Tr.tr("messages.col.text"), 200, Message::text));

        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, m) -> {
            if (m != null && (vm.currentProperty().get() == null || vm.currentProperty().get().id() != m.id())) {
                vm.open(m.id());
            }
        });
        // The row menu and Delete: a message entered by mistake goes, and comes back with «Отменить» or Ctrl+Z.
        javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(Tr.tr("messages.delete"));
        deleteItem.setId("messages-delete-menu");
        deleteItem.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        table.setContextMenu(new javafx.scene.control.ContextMenu(deleteItem));
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                vm.delete(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private static TableColumn<Message, String> column(String title, double width, Function<Message, String> text) {
        TableColumn<Message, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        return c;
    }

    /** The deadline and the working time left, coloured by how close it is. */
    private final class DueCell extends TableCell<Message, Message> {
        @Override
        protected void updateItem(Message m, boolean empty) {
            super.updateItem(m, empty);
            setStyle("");
            if (empty || m == null) {
                setText(null);
                return;
            }
            if (m.dueAt() == null) {
                setText(vm.stageName(m));
                return;
            }
            setText(vm.dueText(m) + "\n" + vm.countdown(m));
            MessagesViewModel.Urgency u = vm.urgency(m);
            // Red past the deadline, amber under a working hour left: the theme's own colours.
            if (u == MessagesViewModel.Urgency.OVERDUE) {
                setStyle("-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;");
            } else if (u == MessagesViewModel.Urgency.URGENT) {
                setStyle("-fx-text-fill: -color-warning-fg; -fx-font-weight: bold;");
            }
        }
    }

    private VBox card() {
        Label title = new Label();
        title.setId("messages-card-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Message m = vm.currentProperty().get();
            return m == null ? Tr.tr("messages.card.new") : Tr.tr("messages.card.title", String.valueOf(m.id()));
        }, vm.currentProperty()));
        Label stage = boundLabel("messages-stage", vm.stageTextProperty());
        Label deadline = boundLabel("messages-deadline", vm.deadlineTextProperty());
        deadline.getStyleClass().add(Styles.TEXT_BOLD);
        Label countdown = boundLabel("messages-countdown", vm.countdownTextProperty());
        vm.countdownUrgencyProperty().addListener((o, was, u) -> {
            countdown.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
            if (u == MessagesViewModel.Urgency.OVERDUE) {
                countdown.getStyleClass().add(Styles.DANGER);
            } else if (u == MessagesViewModel.Urgency.URGENT) {
                countdown.getStyleClass().add(Styles.WARNING);
            }
        });
        Label explain = boundLabel("messages-deadline-explain", vm.explanationProperty());
        explain.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (Label l : java.util.List.of(stage, deadline, countdown, explain)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }
        Label status = boundLabel("messages-status", vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.getStyleClass().add(Styles.SUCCESS);
        // The stage, then the deadline and the time left; a line wraps rather than cuts a date off.
        FlowPane head = new FlowPane(12, 2, stage, deadline, countdown);
        head.setAlignment(Pos.CENTER_LEFT);
        for (Label l : java.util.List.of(stage, deadline, countdown)) {
            l.setWrapText(false);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        Tab message = new Tab(Tr.tr("messages.tab.message"), scroll(form()));
        // The course of the message (its steps, the answer buttons and the draft editor) is built when
        // its tab is first shown: closed until a message is chosen, it was styled with the screen (issue 10).
        Tab course = new Tab(Tr.tr("messages.tab.course"));
        courseTab = course;
        course.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                if (course.getContent() == null) {
                    course.setContent(scroll(course()));
                }
                showDraftEditor();
            }
        });
        course.disableProperty().bind(vm.currentProperty().isNull());
        message.setId("messages-tab-message");
        course.setId("messages-tab-course");
        TabPane tabs = new TabPane(message, course);
        tabs.setId("messages-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        vm.currentProperty().addListener((o, was, now) -> {
            if (now == null) {
                tabs.getSelectionModel().select(message);
            }
        });
        VBox card = new VBox(6, title, head, explain, status, tabs);
        card.setId("messages-card");
        card.setPadding(new Insets(0, 0, 0, 12));
        card.setMinWidth(400);
        card.setPrefWidth(455);
        card.setMaxWidth(455);
        return card;
    }

    private static ScrollPane scroll(VBox content) {
        content.setPadding(new Insets(10, 6, 10, 2));
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    private VBox form() {
        ComboBox<PageChoice> page = new ComboBox<>(vm.pageChoices());
        page.setId("messages-page");
        page.setPromptText(Tr.tr("messages.page.none"));
        page.setMaxWidth(Double.MAX_VALUE);
        page.valueProperty().bindBidirectional(vm.page);
        ComboBox<Network> network = new ComboBox<>(vm.networkList());
        network.setId("messages-network");
        network.setPromptText(Tr.tr("messages.network.prompt"));
        network.setCellFactory(l -> new NetworkCell());
        network.setButtonCell(new NetworkCell());
        network.valueProperty().bindBidirectional(vm.network);
        TextField author = field("messages-author", vm.author);
        TextField authorLink = field("messages-author-link", vm.authorLink);
        authorLink.setPromptText("https://vk.com/id…");
        TextField link = field("messages-link", vm.link);
        link.setPromptText("https://vk.com/wall-…");
        TextArea text = new TextArea();
        text.setId("messages-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(vm.text);
        DateField date = new DateField("messages-detected-date");
        date.valueProperty().bindBidirectional(vm.detectedDate);
        TextField time = field("messages-detected-time", vm.detectedTime);
        time.setPrefColumnCount(5);
        time.setPromptText("17:30");
        HBox when = new HBox(8, date, time);
        ComboBox<Importance> importance = enumBox("messages-importance", Importance.values(), false,
                i -> Tr.tr("messages.importance." + i.name()), "");
        importance.valueProperty().bindBidirectional(vm.importance);
        TextField topic = field("messages-topic", vm.topic);
        TextField executor = field("messages-executor", vm.executorName);
        executor.setPromptText(Tr.tr("messages.executor.prompt"));
        Button save = new Button(Tr.tr("messages.save"), Icons.SAVE.icon());
        save.setId("messages-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.add(new FieldBox(Tr.tr("messages.field.page"), page, new ReadOnlyStringWrapper("")), 0, 0, 2, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.network"), network, vm.networkErrorProperty()), 0, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.importance"), importance, new ReadOnlyStringWrapper("")), 1, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.detected"), when, vm.detectedErrorProperty()), 0, 2, 2, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.author"), author, new ReadOnlyStringWrapper("")), 0, 3);
        grid.add(new FieldBox(Tr.tr("messages.field.authorLink"), authorLink, new ReadOnlyStringWrapper("")), 1, 3);
        grid.add(new FieldBox(Tr.tr("messages.field.link"), link, new ReadOnlyStringWrapper("")), 0, 4, 2, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.text"), text, vm.textErrorProperty()), 0, 5, 2, 1);
        grid.add(new FieldBox(Tr.tr("messages.field.topic"), topic, new ReadOnlyStringWrapper("")), 0, 6);
        grid.add(new FieldBox(Tr.tr("messages.field.executor"), executor, new ReadOnlyStringWrapper("")), 1, 6);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        return new VBox(10, save, grid);
    }

    private VBox course() {
        DateField date = new DateField("messages-step-date");
        date.valueProperty().bindBidirectional(vm.stepDate);
        date.setMinWidth(140);
        date.setPrefWidth(140);
        TextField time = field("messages-step-time", vm.stepTime);
        time.setPrefColumnCount(3);
        time.setMinWidth(60);
        Label whenLabel = new Label(Tr.tr("messages.step.when"));
        whenLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button send = button("messages-send", Tr.tr("messages.action.send"), e -> vm.send());
        HBox when = row(date, time, send);
        Label stepError = boundLabel("messages-step-error", vm.stepErrorProperty());
        stepError.getStyleClass().add("field-error");
        stepError.managedProperty().bind(stepError.textProperty().isNotEmpty());

        Button interim = button("messages-interim", Tr.tr("messages.action.interim"), e -> vm.interim(draftText()));
        Button answer = button("messages-final", Tr.tr("messages.action.final"), e -> vm.answer(draftText()));
        answer.getStyleClass().add(Styles.SUCCESS);
        HBox answers = row(interim, answer);
        ComboBox<NoAnswerGround> ground = enumBox("messages-ground", NoAnswerGround.values(), false,
                g -> Tr.tr("messages.ground." + g.name()), "");
        ground.setPromptText(Tr.tr("messages.ground.prompt"));
        ground.valueProperty().bindBidirectional(vm.ground);
        Button close = button("messages-close", Tr.tr("messages.action.close"), e -> vm.closeWithoutAnswer());
        HBox noAnswer = row(ground, close);

        Button submit = button("messages-submit", Tr.tr("messages.action.submit"), e -> vm.submit(draftText()));
        Button agree = button("messages-agree", Tr.tr("messages.action.agree"), e -> vm.agree(draftText()));
        HBox curator = row(submit, agree);
        ComboBox<ReturnReason> reason = enumBox("messages-return-reason", ReturnReason.values(), false,
                r -> Tr.tr("messages.reason." + r.name()), "");
        reason.setPromptText(Tr.tr("messages.reason.prompt"));
        reason.valueProperty().bindBidirectional(vm.returnReason);
        Button back = button("messages-return", Tr.tr("messages.action.return"), e -> vm.returnDraft(draftText()));
        HBox returned = row(reason, back);
        Label agreed = boundLabel("messages-agreed", vm.agreedTextProperty());
        agreed.getStyleClass().add(Styles.SUCCESS);
        agreed.managedProperty().bind(agreed.textProperty().isNotEmpty());

        // Nothing to do once the message is answered for good or closed.
        javafx.beans.binding.BooleanBinding done = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Message m = vm.currentProperty().get();
            return m == null || !m.stage().isOpen();
        }, vm.currentProperty());
        for (javafx.scene.Node n : java.util.List.of(when, answers, noAnswer, curator, returned)) {
            n.disableProperty().bind(done);
        }
        Label draftLabel = new Label(Tr.tr("messages.draft"));
        draftLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label history = new Label(Tr.tr("messages.history"));
        history.getStyleClass().add(Styles.TEXT_BOLD);
        stepsBox.setId("messages-steps");
        VBox stepTime = new VBox(2, whenLabel, when);
        return new VBox(8, stepTime, stepError, answers, noAnswer, curator, returned, agreed, draftLabel, draftHolder,
                history, stepsBox);
    }

    /** A row of a button group: buttons keep their text whole, a choice box takes the rest. */
    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Button b) {
                b.getStyleClass().add(Styles.SMALL);
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (n instanceof ComboBox<?> c) {
                c.setMaxWidth(Double.MAX_VALUE);
                c.setMinWidth(120);
                c.getStyleClass().add(Styles.SMALL);
                HBox.setHgrow(c, Priority.ALWAYS);
            }
        }
        return row;
    }

    /** The draft editor is made anew for each message: the shared editor takes its text once. */
    private void newDraftEditor(String text) {
        shownDraft = text;
        draftEditor = null;
        draftHolder.getChildren().clear();
        if (courseTab.isSelected()) {
            showDraftEditor();
        }
    }

    /**
     * The editor is made when the Ход рассмотрения tab is shown, the only place it is seen or used:
     * made with the screen behind the closed tab, its rich text area was a third of opening Сообщения
     * (issue 10).
     */
    /** The draft as typed, or as kept while its editor has not been made. */
    private String draftText() {
        return draftEditor == null ? shownDraft : draftEditor.getText();
    }

    private void showDraftEditor() {
        if (draftEditor != null) {
            return;
        }
        draftEditor = new CheckedTextEditor("messages-draft", shownDraft, textChecks);
        draftEditor.setMaxHeight(330);
        draftEditor.setPrefWidth(100);
        draftHolder.getChildren().setAll(draftEditor);
    }

    private void drawSteps() {
        stepsBox.getChildren().clear();
        if (vm.steps().isEmpty()) {
            Label none = new Label(Tr.tr("messages.history.empty"));
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            stepsBox.getChildren().add(none);
            return;
        }
        int i = 0;
        for (MessageStep s : vm.steps()) {
            Label l = new Label(vm.describe(s));
            l.setWrapText(true);
            l.getStyleClass().add("message-step");
            l.setMaxWidth(Double.MAX_VALUE);
            // A step entered wrong is corrected or taken back from its row (issue 16 item 3).
            javafx.scene.control.Button edit = new javafx.scene.control.Button(null,
                    ru.officialpages.ui.common.Icons.EDIT.icon());
            edit.setId("messages-step-edit-" + i);
            edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            edit.setTooltip(new javafx.scene.control.Tooltip(Tr.tr("messages.step.edit")));
            edit.setOnAction(e -> editStep(s));
            javafx.scene.control.Button delete = new javafx.scene.control.Button(null,
                    ru.officialpages.ui.common.Icons.DELETE.icon());
            delete.setId("messages-step-delete-" + i);
            delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            delete.setTooltip(new javafx.scene.control.Tooltip(Tr.tr("messages.step.delete")));
            delete.setOnAction(e -> vm.deleteStep(s));
            javafx.scene.control.MenuItem editItem = new javafx.scene.control.MenuItem(Tr.tr("messages.step.edit"));
            editItem.setOnAction(e -> editStep(s));
            javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(Tr.tr("messages.step.delete"));
            deleteItem.setOnAction(e -> vm.deleteStep(s));
            HBox.setHgrow(l, Priority.ALWAYS);
            HBox row = new HBox(4, l, edit, delete);
            row.setId("messages-step-" + i);
            row.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(editItem, deleteItem);
            row.setOnContextMenuRequested(e -> menu.show(row, e.getScreenX(), e.getScreenY()));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    editStep(s);
                }
            });
            stepsBox.getChildren().add(row);
            i++;
        }
    }

    /** Reads the chosen file and shows what it would add; nothing is written until the user agrees. */
    public void importFile(java.nio.file.Path file) {
        vm.previewImport(file, this::showPreview);
    }

    private void showPreview(MessageImport.Preview p) {
        String summary = p.errors().isEmpty() ? Tr.tr("messages.import.summary", p.messages().size())
                : Tr.tr("messages.import.errors", p.errors().size());
        new ImportPreviewDialog(getScene().getWindow(), Tr.tr("messages.import.title"), summary,
                p.errors().stream().map(ImportProblem::text).toList(), p.warnings(),
                p.messages().stream().map(vm::describe).toList(), p.canApply())
                .showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> vm.applyImport(p));
    }

    private static Label boundLabel(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private static <E> ComboBox<E> enumBox(String id, E[] values, boolean withAny, Function<E, String> name, String anyText) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(Arrays.asList(values)));
        box.setId(id);
        if (withAny) {
            box.getItems().add(0, null);
        }
        box.setCellFactory(l -> new NameCell<>(name, anyText));
        box.setButtonCell(new NameCell<>(name, anyText));
        return box;
    }

    private static final class NameCell<E> extends ListCell<E> {
        private final Function<E, String> name;
        private final String anyText;

        NameCell(Function<E, String> name, String anyText) {
            this.name = name;
            this.anyText = anyText;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? (anyText.isEmpty() ? null : anyText) : name.apply(item));
        }
    }

    private static final class NetworkCell extends ListCell<Network> {
        @Override
        protected void updateItem(Network n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : n.name());
        }
    }
}
