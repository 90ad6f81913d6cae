package ru.officialpages.ui.posts;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;
import ru.officialpages.i18n.Tr;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.CheckedTextEditor;
import ru.officialpages.ui.common.ChosenRow;
import ru.officialpages.ui.common.OneLineRows;
import ru.officialpages.ui.common.TableActions;
import ru.officialpages.ui.common.TextCheckService;

/** Публикации: quick entry by link above, the filtered log below. */
public final class PostsView extends VBox {
    static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;
    private final PostsViewModel vm;
    private static final javafx.scene.input.KeyCombination UNDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
    private final Button attachButton = new Button(Tr.tr("posts.attach"));
    private final Button textButton = new Button(Tr.tr("posts.text.edit"));
    private final TextCheckService checks;
    private final TableActions actions;

    public PostsView(PostsViewModel vm, Runnable openPages, TextCheckService checks) {
        super(14);
        this.vm = vm;
        this.checks = checks;
        setId("posts-view");
        actions = new TableActions(vm::tableExport, vm::municipality, vm::today, "posts");
        TableView<PostEntry> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(entry(openPages), filters(), actions.noticeNode(), undoBar(), table);
        actions.installShortcuts(this);
        // Ctrl+Z puts the post deleted last back (text fields keep their own Ctrl+Z).
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && vm.lastDeletedProperty().get() != null) {
                vm.undoDelete();
                e.consume();
            }
        });
        vm.load();
    }

    private VBox entry(Runnable openPages) {
        TextField link = new TextField();
        link.setId("posts-link");
        link.setPromptText(Tr.tr("posts.link.prompt"));
        link.textProperty().bindBidirectional(vm.link);
        HBox.setHgrow(link, Priority.ALWAYS);

        ComboBox<PageChoice> page = new ComboBox<>(vm.pageChoices());
        page.setId("posts-entry-page");
        page.setPromptText(Tr.tr("posts.entry.page"));
        page.setPrefWidth(320);
        page.setMinWidth(180);
        page.valueProperty().bindBidirectional(vm.entryPage);
        DateField date = new DateField("posts-entry-date");
        date.valueProperty().bindBidirectional(vm.entryDate);
        TextField time = new TextField();
        time.setId("posts-entry-time");
        time.setPromptText("10:30");
        time.setPrefColumnCount(4);
        // At 1024 pixels the row shrinks the page list and the topic, never the time (issue 16).
        time.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(vm.entryTime);
        ComboBox<PostFormat> format = formatBox("posts-entry-format", false);
        format.valueProperty().bindBidirectional(vm.entryFormat);
        TextField topic = new TextField();
        topic.setId("posts-entry-topic");
        topic.setPromptText(Tr.tr("posts.entry.topic"));
        topic.textProperty().bindBidirectional(vm.entryTopic);
        HBox.setHgrow(topic, Priority.ALWAYS);
        topic.setMinWidth(170);
        Button add = new Button(Tr.tr("posts.add"), Icons.ADD.icon());
        add.setId("posts-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(vm.canAddProperty().not());
        add.setOnAction(e -> vm.add());
        add.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(e -> vm.add());
        topic.setOnAction(e -> vm.add());
        // Added: the next post starts with its link (issue 16 item 7).
        vm.statusProperty().addListener((o, was, now) -> {
            if (Tr.tr("posts.added").equals(now)) {
                link.requestFocus();
            }
        });

        Label unknown = new Label();
        unknown.setId("posts-unknown-page");
        unknown.setWrapText(true);
        unknown.getStyleClass().add(Styles.WARNING);
        unknown.textProperty().bind(vm.unknownPageProperty());
        Button toPages = new Button(Tr.tr("posts.toPages"));
        toPages.setId("posts-to-pages");
        toPages.setOnAction(e -> openPages.run());
        HBox unknownRow = new HBox(10, unknown, toPages);
        unknownRow.setAlignment(Pos.CENTER_LEFT);
        unknownRow.visibleProperty().bind(vm.unknownPageProperty().isNotEmpty());
        unknownRow.managedProperty().bind(unknownRow.visibleProperty());

        Label status = new Label();
        status.setId("posts-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        FieldBox linkBox = new FieldBox(Tr.tr("posts.link"), link, vm.linkErrorProperty());
        HBox form = new HBox(8, page, date, time, format, topic, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label timeError = new Label();
        timeError.setId("posts-entry-time-error");
        timeError.getStyleClass().add("field-error");
        timeError.textProperty().bind(vm.timeErrorProperty());
        timeError.managedProperty().bind(timeError.textProperty().isNotEmpty());
        // The text is optional and takes room: folded until the user wants it.
        TitledPane textPane = new TitledPane(Tr.tr("posts.text.entry"), null);
        textPane.setId("posts-entry-text-pane");
        textPane.setExpanded(false);
        textPane.setAnimated(false);
        // The editor (a rich text area and its findings list) is built when the pane is first unfolded:
        // built with the screen, folded away, it was a quarter of the Журнал's first opening (issue 10).
        textPane.expandedProperty().addListener((o, was, now) -> {
            if (now && textPane.getContent() == null) {
                textPane.setContent(entryText());
            }
        });
        // A post added (the form cleared): fold the text away so the log gets its room back.
        vm.link.addListener((o, was, now) -> {
            if (now.isEmpty() && vm.entryText.get().isEmpty()) {
                textPane.setExpanded(false);
            }
        });
        VBox box = new VBox(8, linkBox, unknownRow, form, timeError, textPane, status);
        box.getStyleClass().add("entry-card");
        box.setPadding(new Insets(12));
        return box;
    }

    private CheckedTextEditor entryText() {
        CheckedTextEditor text = new CheckedTextEditor("posts-entry-text", vm.entryText.get(), checks).sideBySide(150);
        text.textProperty().addListener((o, was, now) -> vm.entryText.set(now));
        vm.entryText.addListener((o, was, now) -> {
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        });
        return text;
    }

    private FlowPane filters() {
        ComboBox<PageChoice> page = new ComboBox<>();
        page.setId("posts-filter-page");
        page.setPrefWidth(280);
        page.setPromptText(Tr.tr("posts.filter.allPages"));
        page.setItems(vm.pageChoices());
        page.valueProperty().bindBidirectional(vm.filterPage);
        DateField from = new DateField("posts-filter-from");
        from.setPromptText(Tr.tr("posts.filter.from"));
        from.valueProperty().bindBidirectional(vm.filterFrom);
        DateField to = new DateField("posts-filter-to");
        to.setPromptText(Tr.tr("posts.filter.to"));
        to.valueProperty().bindBidirectional(vm.filterTo);
        ComboBox<PostFormat> format = formatBox("posts-filter-format", true);
        format.setPromptText(Tr.tr("posts.filter.allFormats"));
        format.valueProperty().bindBidirectional(vm.filterFormat);
        TextField search = new TextField();
        search.setId("posts-search");
        search.setPromptText(Tr.tr("posts.filter.search"));
        search.setPrefColumnCount(18);
        // Filter when typing pauses, not at every letter.
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.filterText.set(search.getText()));
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        Button reset = new Button(Tr.tr("posts.filter.reset"));
        reset.setId("posts-filter-reset");
        reset.setOnAction(e -> {
            page.setValue(null);
            from.setValue(null);
            to.setValue(null);
            format.setValue(null);
            search.clear();
        });
        Button importButton = new Button(Tr.tr("posts.import"));
        importButton.setId("posts-import");
        importButton.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Tr.tr("posts.import.title"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Tr.tr("posts.import.filter"),
                    "*.xlsx", "*.csv", "*.txt"));
            java.io.File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                importFile(f.toPath());
            }
        });
        Label found = new Label();
        found.setId("posts-found");
        found.getStyleClass().add(Styles.TEXT_MUTED);
        found.textProperty().bind(vm.foundProperty());
        Region gap = new Region();
        gap.setMinWidth(8);
        attachButton.setId("posts-attach-button");
        textButton.setId("posts-text-button");
        FlowPane bar = new FlowPane(8, 8, page, from, to, format, search, reset, importButton, attachButton, textButton,
                actions.exportButton(), actions.printButton(), gap, found);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void choosePlanItem(PostEntry entry, java.util.List<ru.officialpages.domain.PlanItem> items) {
        if (items.isEmpty()) {
            javafx.scene.control.Alert none = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    Tr.tr("posts.attach.none"), new javafx.scene.control.ButtonType(Tr.tr("button.ok"),
                            javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
            none.initOwner(getScene().getWindow());
            none.setHeaderText(null);
            none.setTitle(Tr.tr("posts.attach"));
            none.showAndWait();
            return;
        }
        javafx.scene.control.ChoiceDialog<ru.officialpages.domain.PlanItem> d =
                new javafx.scene.control.ChoiceDialog<>(items.get(0), items);
        d.initOwner(getScene().getWindow());
        d.setTitle(Tr.tr("posts.attach"));
        d.setHeaderText(Tr.tr("posts.attach.header", entry.post().url()));
        d.setContentText(Tr.tr("posts.attach.item"));
        d.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(Tr.tr("posts.attach.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(Tr.tr("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        // The choice box shows items by their day and topic, not by the record's own text.
        d.getDialogPane().lookupAll(".choice-box").forEach(n -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<ru.officialpages.domain.PlanItem> box =
                    (javafx.scene.control.ChoiceBox<ru.officialpages.domain.PlanItem>) n;
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(ru.officialpages.domain.PlanItem i) {
                    return i == null ? "" : ru.officialpages.ui.common.DateField.FORMAT.format(i.day()) + " — " + i.topic();
                }

                @Override
                public ru.officialpages.domain.PlanItem fromString(String s) {
                    return null;
                }
            });
        });
        d.showAndWait().ifPresent(item -> vm.attach(entry, item));
    }

    /** Reads the chosen file and shows what it would add; nothing is written until the user agrees. */
    public void importFile(java.nio.file.Path file) {
        vm.previewImport(file, this::showPreview);
    }

    private void showPreview(ru.officialpages.imports.PostImport.Preview p) {
        String summary = p.errors().isEmpty() ? Tr.tr("posts.import.summary", p.posts().size())
                : Tr.tr("posts.import.errors", p.errors().size());
        new ru.officialpages.ui.common.ImportPreviewDialog(getScene().getWindow(), Tr.tr("posts.import.title"), summary,
                p.errors().stream().map(ru.officialpages.imports.ImportProblem::text).toList(), p.warnings(),
                p.posts().stream().map(vm::describe).toList(), p.canApply())
                .showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> vm.applyImport(p));
    }

    private TableView<PostEntry> table() {
        // The post the user selected stays selected when a refresh in place (a sync storing posts) moves it.
        ChosenRow<PostEntry> chosen = ChosenRow.of(vm.rows(), e -> e.post().id());
        TableView<PostEntry> table = new TableView<>(vm.rows());
        chosen.keepOn(table);
        table.setId("posts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label(Tr.tr("posts.table.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<PostEntry, String> when = column(Tr.tr("posts.col.when"), 150,
                e -> DATE_TIME.format(e.post().publishedAt()));
        when.setMinWidth(140);
        when.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<PostEntry, String> page = column(Tr.tr("posts.col.page"), 240, PostEntry::organizationName);
        TableColumn<PostEntry, String> network = column(Tr.tr("posts.col.network"), 120, e -> vm.networkName(e.networkCode()));
        network.setSortable(false);
        TableColumn<PostEntry, String> format = column(Tr.tr("posts.col.format"), 110, e -> vm.formatName(e.post().format()));
        TableColumn<PostEntry, String> topic = column(Tr.tr("posts.col.topic"), 260, e -> e.post().topic());
        TableColumn<PostEntry, String> url = column(Tr.tr("posts.col.link"), 240, e -> e.post().url());
        TableColumn<PostEntry, String> planned = column(Tr.tr("posts.col.plan"), 180, PostEntry::planTopic);
        planned.setSortable(false);
        table.getColumns().add(when);
        table.getColumns().add(page);
        table.getColumns().add(network);
        table.getColumns().add(format);
        table.getColumns().add(topic);
        table.getColumns().add(url);
        table.getColumns().add(planned);
        url.setSortable(false);
        javafx.scene.control.MenuItem attach = new javafx.scene.control.MenuItem(Tr.tr("posts.attach"));
        attach.setId("posts-attach");
        attach.setOnAction(e -> {
            PostEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) {
                vm.planCandidates(entry, items -> choosePlanItem(entry, items));
            }
        });
        javafx.scene.control.MenuItem textItem = new javafx.scene.control.MenuItem(Tr.tr("posts.text.edit"));
        textItem.setId("posts-text-menu");
        textItem.setOnAction(e -> {
            PostEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) {
                editText(entry);
            }
        });
        javafx.scene.control.MenuItem editItem = new javafx.scene.control.MenuItem(Tr.tr("posts.edit"));
        editItem.setId("posts-edit-menu");
        editItem.setOnAction(e -> {
            PostEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) {
                edit(entry);
            }
        });
        javafx.scene.control.MenuItem deleteItem = new javafx.scene.control.MenuItem(Tr.tr("posts.delete"));
        deleteItem.setId("posts-delete-menu");
        deleteItem.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        table.setContextMenu(new javafx.scene.control.ContextMenu(editItem, textItem, attach, deleteItem));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                vm.delete(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        attachButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        attachButton.setOnAction(e -> attach.fire());
        textButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        textButton.setOnAction(e -> textItem.fire());
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<PostEntry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        OneLineRows.install(table);
        table.getSortOrder().add(when);
        // The rows are sorted by the database; a header click picks the order, the table never sorts itself.
        table.setSortPolicy(t -> {
            TableColumn<PostEntry, ?> c = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            PostSort s = PostSort.NEWEST;
            if (c == when) {
                s = c.getSortType() == TableColumn.SortType.DESCENDING ? PostSort.NEWEST : PostSort.OLDEST;
            } else if (c == page) {
                s = PostSort.PAGE;
            } else if (c == format) {
                s = PostSort.FORMAT;
            } else if (c == topic) {
                s = PostSort.TOPIC;
            }
            vm.sort.set(s);
            return true;
        });
        return table;
    }

    /** Opens a logged post in its dialog: page, date and time, format and topic can be corrected. */
    private void edit(PostEntry entry) {
        vm.beginEdit(entry.post().id());
        new PostEditDialog(getScene().getWindow(), entry, vm).showAndWait().ifPresent(vm::saveEdit);
    }

    /** Opens the post's text in the checked editor; the text is read only now, never for the table. */
    private void editText(PostEntry entry) {
        vm.loadText(entry, text -> new PostTextDialog(getScene().getWindow(), entry, text, checks)
                .showAndWait().ifPresent(changed -> vm.saveText(entry, changed)));
    }

    private static TableColumn<PostEntry, String> column(String title, double width,
            java.util.function.Function<PostEntry, String> text) {
        TableColumn<PostEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : text.apply(d.getValue())));
        return c;
    }

    private ComboBox<PostFormat> formatBox(String id, boolean withAny) {
        ComboBox<PostFormat> box = new ComboBox<>(FXCollections.observableArrayList(PostFormat.values()));
        box.setId(id);
        if (withAny) {
            box.getItems().add(0, null);
        }
        box.setCellFactory(l -> new FormatCell(withAny));
        box.setButtonCell(new FormatCell(withAny));
        return box;
    }

    private final class FormatCell extends ListCell<PostFormat> {
        private final boolean withAny;

        FormatCell(boolean withAny) {
            this.withAny = withAny;
        }

        @Override
        protected void updateItem(PostFormat item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
            } else {
                setText(item == null ? (withAny ? Tr.tr("posts.filter.allFormats") : null) : vm.formatName(item));
            }
        }
    }



    /** «Пост удалён … Отменить» for some seconds after a deletion; Ctrl+Z does the same. */
    private javafx.scene.Node undoBar() {
        return ru.officialpages.ui.common.UndoBar.of("posts", vm.deletedTextProperty(), vm.lastDeletedProperty(),
                vm::undoDelete, vm::dismissUndo);
    }

}
