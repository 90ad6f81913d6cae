package ru.officialpages.ui.pages;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ImportProblem;
import ru.officialpages.imports.PageImportPreview;
import ru.officialpages.rules.ChecklistLine;
import ru.officialpages.rules.Quarter;
import ru.officialpages.ui.common.EmptyState;
import ru.officialpages.ui.common.BoundTextField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.TableActions;

/** Страницы: the table of pages on the left, the chosen page's card or the new-page form on the right. */
public final class PagesView extends StackPane {
    private static final String SHORTCUT_KEY = "pages.shortcut.new";
    private final PagesViewModel vm;
    private final Consumer<String> linkOpener;
    private final Runnable openOrganizations;
    private final TableView<PageRow> table = new TableView<>();
    private final VBox checklistBox = new VBox(6);

    /** {@code linkOpener} opens an address in the browser; tests pass one that only records it. */
    public PagesView(PagesViewModel vm, Consumer<String> linkOpener, Runnable openOrganizations) {
        this.vm = vm;
        this.linkOpener = linkOpener;
        this.openOrganizations = openOrganizations;
        setId("pages-view");
        SplitPane split = new SplitPane(listSide(), cardSide());
        split.setDividerPositions(0.66);
        EmptyState empty = new EmptyState(Icons.PAGES, Tr.tr("empty.pages.title"), Tr.tr("pages.empty.text"))
                .withAction("pages-empty-add", Tr.tr("pages.add"), this::startNew)
                .withAction("empty-pages-organizations", Tr.tr("empty.pages.action"), openOrganizations);
        Button importButton = new Button(Tr.tr("pages.import"));
        importButton.setId("pages-empty-import");
        importButton.setOnAction(e -> importFile());
        empty.getChildren().add(importButton);
        // While the user adds the first page, the form shows instead.
        empty.visibleProperty().bind(Bindings.isEmpty(vm.rows()).and(vm.adding.not()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        getChildren().addAll(split, empty);
        // Ctrl+N wherever the focus is (the rail's buttons too), but only while this screen is shown.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                // Shown again: organizations or settings may have changed on another screen.
                vm.load();
            }
            if (scene != null && !scene.getProperties().containsKey(SHORTCUT_KEY)) {
                scene.getProperties().put(SHORTCUT_KEY, Boolean.TRUE);
                scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (getScene() == scene && e.isShortcutDown() && e.getCode() == KeyCode.N) {
                        startNew();
                        e.consume();
                    }
                });
            }
        });
    }

    private void startNew() {
        vm.startNew();
        table.getSelectionModel().clearSelection();
    }

    private VBox listSide() {
        Button add = new Button(Tr.tr("pages.add"), Icons.ADD.icon());
        add.setId("pages-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> startNew());
        Button importButton = new Button(Tr.tr("pages.import"));
        importButton.setId("pages-import");
        importButton.setOnAction(e -> importFile());
        Button template = new Button(Tr.tr("pages.template"));
        template.setId("pages-template");
        template.setOnAction(e -> saveTemplate());
        Button export = new Button(Tr.tr("pages.export"));
        export.setId("pages-export");
        export.setOnAction(e -> exportRegistry());
        Button placed = new Button(Tr.tr("pages.placement"));
        placed.setId("pages-registry-placed");
        placed.setTooltip(new javafx.scene.control.Tooltip(Tr.tr("pages.placement.hint")));
        placed.setOnAction(e -> registryPlacement());
        Button organizations = new Button(Tr.tr("pages.organizations"), Icons.ORGANIZATION.icon());
        organizations.setId("pages-organizations");
        organizations.setOnAction(e -> openOrganizations.run());
        TableActions actions = new TableActions(() -> vm.tableExport(table.getComparator()), vm::municipality,
                vm::todayDate, "pages");
        actions.installShortcuts(this);
        // Wraps instead of cutting the buttons' words on a narrow window.
        FlowPane toolbar = new FlowPane(8, 8, add, importButton, template, export, placed, actions.exportButton(),
                actions.printButton(), organizations);

        ComboBox<Organization> org = new ComboBox<>(vm.organizationList);
        org.setId("pages-filter-organization");
        org.setPromptText(Tr.tr("pages.filter.allOrganizations"));
        org.setConverter(converter(o -> o == null ? Tr.tr("pages.filter.allOrganizations") : o.name()));
        org.valueProperty().bindBidirectional(vm.organizationFilter);
        org.setPrefWidth(200);
        ComboBox<Network> net = new ComboBox<>(vm.networkList);
        net.setId("pages-filter-network");
        net.setPromptText(Tr.tr("pages.filter.allNetworks"));
        net.setConverter(converter(n -> n == null ? Tr.tr("pages.filter.allNetworks") : n.name()));
        net.valueProperty().bindBidirectional(vm.networkFilter);
        ComboBox<PagesViewModel.StatusFilter> st = new ComboBox<>(
                FXCollections.observableArrayList(PagesViewModel.StatusFilter.values()));
        st.setId("pages-filter-status");
        st.setConverter(converter(s -> s == null ? "" : Tr.tr("pages.filter.status." + s.name())));
        st.valueProperty().bindBidirectional(vm.statusFilter);
        Button clear = new Button(Tr.tr("pages.filter.clear"));
        clear.setId("pages-filter-clear");
        clear.setOnAction(e -> {
            vm.organizationFilter.set(null);
            vm.networkFilter.set(null);
            vm.statusFilter.set(PagesViewModel.StatusFilter.ALL);
            vm.search.set("");
        });
        TextField search = new TextField();
        search.setId("pages-search");
        search.setPromptText(Tr.tr("pages.search"));
        search.textProperty().bindBidirectional(vm.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        FlowPane filters = new FlowPane(8, 8, org, net, st, clear);

        table.setId("pages-table");
        javafx.collections.transformation.SortedList<PageRow> sorted = new javafx.collections.transformation.SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPlaceholder(new Label(Tr.tr("pages.table.nothing")));
        table.getColumns().add(column(Tr.tr("pages.column.organization"), 180, PageRow::organization));
        table.getColumns().add(column(Tr.tr("pages.column.network"), 100, PageRow::network));
        TableColumn<PageRow, PageRow> address = new TableColumn<>(Tr.tr("pages.column.address"));
        address.setPrefWidth(190);
        address.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        address.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PageRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink(row.page().address());
                link.setId("pages-link-" + row.page().id());
                link.setOnAction(e -> linkOpener.accept(row.page().address()));
                setGraphic(link);
            }
        });
        table.getColumns().add(address);
        TableColumn<PageRow, String> created = column(Tr.tr("pages.column.created"), 95, PageRow::created);
        table.getColumns().add(created);
        TableColumn<PageRow, String> norm = column(Tr.tr("pages.column.norm"), 60, r -> String.valueOf(r.norm()));
        table.getColumns().add(norm);
        TableColumn<PageRow, String> progress = column(Tr.tr("pages.column.checklist"), 95, PageRow::progress);
        progress.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                PageRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                getStyleClass().remove(Styles.DANGER);
                if (row != null && row.checklist().overdue() > 0) {
                    getStyleClass().add(Styles.DANGER);
                    setText(Tr.tr("pages.progress.overdue", text, row.checklist().overdue()));
                }
            }
        });
        table.getColumns().add(progress);
        table.getColumns().add(column(Tr.tr("pages.column.status"), 110, PageRow::status));
        // On a narrow screen the card beside the table shows these; the list keeps who, where and the state.
        ru.officialpages.ui.common.FullTextCells.optional(norm, created);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected.set(now);
            }
        });
        vm.selected.addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Label status = new Label();
        status.setId("pages-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.status);
        status.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, filters, search, actions.noticeNode(), table, status);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private static TableColumn<PageRow, String> column(String title, int width,
                                                       java.util.function.Function<PageRow, String> value) {
        TableColumn<PageRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private StackPane cardSide() {
        EmptyState none = new EmptyState(Icons.PAGES, Tr.tr("pages.none.title"), Tr.tr("pages.none.text"));
        none.visibleProperty().bind(vm.selected.isNull().and(vm.adding.not()));
        ScrollPane newForm = new ScrollPane();
        newForm.setFitToWidth(true);
        newForm.visibleProperty().bind(vm.adding);
        fillWhenShown(newForm, this::newForm);
        ScrollPane card = new ScrollPane();
        card.setFitToWidth(true);
        card.setId("page-card");
        card.visibleProperty().bind(vm.selected.isNotNull());
        fillWhenShown(card, () -> {
            VBox built = card();
            // The page may have been chosen before the card existed to hear of its checklist.
            rebuildChecklist();
            return built;
        });
        return new StackPane(none, newForm, card);
    }

    /**
     * The form and the card are built when first shown: both hidden behind "choose a page" when the
     * screen opens, their forty-odd fields were styled and laid out for nothing (issue 10).
     */
    private static void fillWhenShown(ScrollPane pane, java.util.function.Supplier<Node> content) {
        Runnable fill = () -> {
            if (pane.isVisible() && pane.getContent() == null) {
                pane.setContent(content.get());
            }
        };
        pane.visibleProperty().addListener((o, was, now) -> fill.run());
        fill.run();
    }

    private VBox newForm() {
        Label title = new Label(Tr.tr("pages.add.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<Organization> org = new ComboBox<>(vm.organizationList);
        org.setId("page-new-organization");
        org.setMaxWidth(Double.MAX_VALUE);
        org.setConverter(converter(o -> o == null ? "" : o.name()));
        org.valueProperty().bindBidirectional(vm.newOrganization);
        TextField address = new TextField();
        address.setId("page-new-address");
        address.setPromptText(Tr.tr("pages.add.address.prompt"));
        address.textProperty().bindBidirectional(vm.newAddress);
        Label recognised = new Label();
        recognised.setId("page-new-recognised");
        recognised.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        recognised.textProperty().bind(vm.recognised);
        recognised.setWrapText(true);
        DatePicker created = datePicker("page-new-created", vm.newCreated);
        TextField norm = new TextField();
        norm.setId("page-new-norm");
        norm.promptTextProperty().bind(vm.normHint);
        norm.textProperty().bindBidirectional(vm.newNorm);
        Button save = new Button(Tr.tr("button.save"), Icons.SAVE.icon());
        save.setId("page-new-save");
        save.getStyleClass().add(Styles.ACCENT);
        // Not the default button: Enter in the date field must commit the date, not save the old one.
        save.disableProperty().bind(vm.canAddProperty().not());
        save.setOnAction(e -> vm.add());
        Button cancel = new Button(Tr.tr("button.cancel"));
        cancel.setId("page-new-cancel");
        cancel.setOnAction(e -> vm.cancelNew());
        VBox box = new VBox(12, title,
                new FieldBox(Tr.tr("pages.field.organization"), org, vm.newOrganizationError),
                new FieldBox(Tr.tr("pages.field.address"), address, vm.newAddressError), recognised,
                new FieldBox(Tr.tr("pages.field.created"), created, vm.newCreatedError),
                new FieldBox(Tr.tr("pages.field.norm"), norm, vm.newNormError),
                new HBox(8, save, cancel));
        box.setPadding(new Insets(0, 8, 8, 12));
        return box;
    }

    /** The program's one date field (ui/common/DateField), bound to {@code value}. */
    private static DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<LocalDate> value) {
        DatePicker d = new ru.officialpages.ui.common.DateField(id);
        d.valueProperty().bindBidirectional(value);
        d.setPromptText(Tr.tr("pages.date.prompt"));
        return d;
    }

    private VBox card() {
        Label title = new Label();
        title.setId("page-card-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selected.get() == null ? ""
                : vm.selected.get().organization() + " — " + vm.selected.get().network(), vm.selected));
        Hyperlink link = new Hyperlink();
        link.setId("page-card-link");
        link.textProperty().bind(Bindings.createStringBinding(() -> vm.selected.get() == null ? ""
                : vm.selected.get().page().address(), vm.selected));
        link.setOnAction(e -> linkOpener.accept(link.getText()));
        Label status = new Label();
        status.setId("page-card-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.selected.get() == null ? ""
                : Tr.tr("pages.card.status", vm.selected.get().created(), vm.selected.get().status(),
                vm.selected.get().norm()), vm.selected));

        // The address history (novoaltaysk-608 §3.3).
        ListView<AddressPeriod> history = new ListView<>(vm.history);
        history.setId("page-history");
        history.setPrefHeight(110);
        history.setPlaceholder(new Label(""));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AddressPeriod a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.validTo() == null
                        ? Tr.tr("pages.history.current", a.address(), PageRow.DATE.format(a.validFrom()))
                        : Tr.tr("pages.history.earlier", a.address(), PageRow.DATE.format(a.validFrom()),
                        PageRow.DATE.format(a.validTo())));
            }
        });
        TextField newAddress = new TextField();
        newAddress.setId("page-change-address");
        newAddress.setPromptText(Tr.tr("pages.change.prompt"));
        newAddress.textProperty().bindBidirectional(vm.changeAddress);
        DatePicker changeDate = datePicker("page-change-date", vm.changeDate);
        Button change = new Button(Tr.tr("pages.change.apply"));
        change.setId("page-change-apply");
        change.disableProperty().bind(vm.canChangeProperty().not());
        change.setOnAction(e -> vm.applyChange());
        VBox changeRow = new VBox(8, newAddress, new HBox(8, changeDate, change));
        FieldBox changeBox = new FieldBox(Tr.tr("pages.change.title"), changeRow, vm.changeError);
        changeBox.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selected.get() != null
                && vm.selected.get().deleted(), vm.selected));
        TextField identity = new TextField();
        identity.setId("page-identity");
        identity.setPromptText(Tr.tr("pages.identity.prompt"));
        identity.textProperty().bindBidirectional(vm.identity);
        identity.setOnAction(e -> vm.saveIdentity());
        Button identitySave = new Button(Tr.tr("button.save"));
        identitySave.setId("page-identity-save");
        identitySave.setOnAction(e -> vm.saveIdentity());
        HBox identityRow = new HBox(8, identity, identitySave);
        HBox.setHgrow(identity, Priority.ALWAYS);
        FieldBox identityBox = new FieldBox(Tr.tr("pages.identity.title"), identityRow, vm.identityError);
        VBox historyBox = new VBox(8, history, changeBox, identityBox);

        // Deleting, with a confirmation step.
        Button delete = new Button(Tr.tr("pages.delete"));
        delete.setId("page-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selected.get() == null
                || vm.selected.get().deleted(), vm.selected));
        delete.setOnAction(e -> vm.askDelete());
        delete.visibleProperty().bind(vm.confirmingDelete.not());
        delete.managedProperty().bind(delete.visibleProperty());
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> vm.selected.get() == null ? ""
                : Tr.tr("pages.delete.confirm", vm.selected.get().page().address()), vm.selected));
        DatePicker deleteDate = datePicker("page-delete-date", vm.deleteDate);
        Button yes = new Button(Tr.tr("pages.delete.yes"));
        yes.setId("page-delete-confirm");
        yes.getStyleClass().add(Styles.DANGER);
        yes.disableProperty().bind(vm.canDeleteProperty().not());
        yes.setOnAction(e -> vm.confirmDelete());
        Button no = new Button(Tr.tr("button.cancel"));
        no.setId("page-delete-cancel");
        no.setOnAction(e -> vm.cancelDelete());
        VBox confirm = new VBox(8, question, new FieldBox(Tr.tr("pages.delete.date"), deleteDate, vm.deleteError),
                new HBox(8, yes, no));
        confirm.visibleProperty().bind(vm.confirmingDelete);
        confirm.managedProperty().bind(vm.confirmingDelete);

        ComboBox<Organization> editOrg = new ComboBox<>(vm.organizationList);
        editOrg.setId("page-edit-organization");
        editOrg.setConverter(converter(o -> o == null ? "" : o.name()));
        editOrg.valueProperty().bindBidirectional(vm.editOrganization);
        editOrg.setMaxWidth(Double.MAX_VALUE);
        TextField editNorm = new TextField();
        editNorm.setId("page-edit-norm");
        editNorm.setPrefColumnCount(4);
        editNorm.setPromptText(Tr.tr("pages.edit.normPrompt"));
        editNorm.textProperty().bindBidirectional(vm.editNorm);
        Button editSave = new Button(Tr.tr("button.save"));
        editSave.setId("page-edit-save");
        editSave.setOnAction(e -> vm.saveEdit());
        HBox editRow = new HBox(8, editOrg, editNorm, editSave);
        HBox.setHgrow(editOrg, Priority.ALWAYS);
        TitledPane editPane = new TitledPane(Tr.tr("pages.edit.title"),
                new FieldBox(Tr.tr("pages.edit.fields"), editRow, vm.editError));
        editPane.setExpanded(false);
        TitledPane historyPane = new TitledPane(Tr.tr("pages.history.title"), historyBox);
        TitledPane peoplePane = new TitledPane(Tr.tr("pages.people.title"), people());
        peoplePane.setExpanded(false);
        TitledPane checkPane = new TitledPane(Tr.tr("pages.check.title"), checklistBox);
        checkPane.setId("page-checklist-pane");
        vm.checklist.addListener((javafx.collections.ListChangeListener<ChecklistLine>) c -> rebuildChecklist());

        VBox box = new VBox(10, title, link, status, delete, confirm, historyPane, checkPane, peoplePane, editPane);
        box.setPadding(new Insets(0, 8, 8, 12));
        return box;
    }

    private VBox people() {
        ListView<ResponsiblePerson> list = new ListView<>(vm.people);
        list.setId("page-people");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(Tr.tr("pages.people.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ResponsiblePerson p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                java.util.List<String> parts = new java.util.ArrayList<>();
                for (String part : java.util.List.of(p.name(), p.position(), p.phone(), p.email(),
                        p.responsible() ? Tr.tr("pages.people.main") : "", p.hasAccess() ? Tr.tr("pages.people.access") : "")) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
                setText(String.join(", ", parts));
                Button remove = new Button(Tr.tr("pages.people.remove"));
                remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                remove.setOnAction(e -> vm.removePerson(p));
                setGraphic(remove);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        Label warning = new Label();
        warning.setId("page-access-warning");
        warning.getStyleClass().add(Styles.DANGER);
        warning.setWrapText(true);
        warning.textProperty().bind(vm.accessWarning);
        warning.visibleProperty().bind(vm.accessWarning.isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        TextField name = new BoundTextField("page-person-name", vm.personName, Tr.tr("pages.people.name"));
        TextField position = new BoundTextField("page-person-position", vm.personPosition, Tr.tr("pages.people.position"));
        TextField phone = new BoundTextField("page-person-phone", vm.personPhone, Tr.tr("pages.people.phone"));
        TextField email = new BoundTextField("page-person-email", vm.personEmail, Tr.tr("pages.people.email"));
        CheckBox main = new CheckBox(Tr.tr("pages.people.main"));
        main.setId("page-person-main");
        main.selectedProperty().bindBidirectional(vm.personResponsible);
        CheckBox access = new CheckBox(Tr.tr("pages.people.access"));
        access.setId("page-person-access");
        access.selectedProperty().bindBidirectional(vm.personAccess);
        Button add = new Button(Tr.tr("pages.people.add"), Icons.ADD.icon());
        add.setId("page-person-add");
        add.setOnAction(e -> vm.addPerson());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, name, position);
        form.addRow(1, phone, email);
        form.addRow(2, main, access);
        Label error = new Label();
        error.setId("page-person-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.personError);
        return new VBox(8, warning, list, form, new HBox(8, add, error));
    }


    /** One row per item: its name, state, date, note and due day (red when late). */
    private void rebuildChecklist() {
        checklistBox.getChildren().clear();
        for (ChecklistLine line : vm.checklist) {
            String id = "check-" + line.mark().item().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Label name = new Label(PagesViewModel.itemName(line.mark().item()));
            name.setWrapText(true);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            ComboBox<CheckState> state = new ComboBox<>(FXCollections.observableArrayList(CheckState.values()));
            state.setId(id + "-state");
            state.setConverter(converter(s -> s == null ? "" : PagesViewModel.stateName(s)));
            state.setValue(line.mark().state());
            state.setPrefWidth(160);
            state.setMinWidth(140);
            DatePicker date = datePicker(id + "-date", new javafx.beans.property.SimpleObjectProperty<>(line.mark().date()));
            date.setPrefWidth(140);
            date.setMinWidth(120);
            TextField note = new TextField(line.mark().note());
            note.setId(id + "-note");
            note.setPromptText(Tr.tr("pages.check.note"));
            Runnable save = () -> vm.mark(line.mark().item(), state.getValue(), date.getValue(), note.getText());
            state.setOnAction(e -> save.run());
            date.setOnAction(e -> save.run());
            note.setOnAction(e -> save.run());
            note.focusedProperty().addListener((o, was, now) -> {
                if (!now && !note.getText().equals(line.mark().note())) {
                    save.run();
                }
            });
            Label due = new Label(line.due() == null ? "" : Tr.tr(line.overdue() ? "pages.check.overdue"
                    : "pages.check.due", PageRow.DATE.format(line.due())));
            due.setId(id + "-due");
            if (line.overdue()) {
                due.getStyleClass().add(Styles.DANGER);
            }
            HBox top = new HBox(8, name, due);
            top.setAlignment(Pos.BASELINE_LEFT);
            HBox bottom = new HBox(8, state, date);
            bottom.setAlignment(Pos.CENTER_LEFT);
            VBox item = new VBox(4, top, bottom, note);
            item.setPadding(new Insets(0, 0, 6, 0));
            checklistBox.getChildren().add(item);
        }
    }

    // ---- files ----

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Tr.tr("pages.files.tables"), "*.xlsx", "*.csv"));
        return c;
    }

    private void importFile() {
        File f = chooser(Tr.tr("pages.import.title")).showOpenDialog(getScene().getWindow());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Reads the chosen file and shows what it would add; nothing is written until the user agrees. */
    public void importFile(java.nio.file.Path file) {
        vm.previewImport(file, this::showPreview);
    }

    /** The same preview as every other import (ui/common/ImportPreviewDialog): errors, warnings, then each page with its line. */
    private void showPreview(PageImportPreview preview) {
        String summary = preview.errors().isEmpty()
                ? Tr.tr("pages.import.summary", preview.pages().size(), preview.newOrganizations().size())
                : Tr.tr("pages.import.errors", preview.errors().size());
        new ru.officialpages.ui.common.ImportPreviewDialog(getScene().getWindow(), Tr.tr("pages.import.title"), summary,
                preview.errors().stream().map(ImportProblem::text).toList(), preview.warnings(),
                preview.pages().stream().map(l -> Tr.tr("pages.import.line", l.line(), l.entry().organization(),
                        l.entry().address())).toList(), preview.canApply())
                .showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> vm.applyImport(preview));
    }

    private void saveTemplate() {
        FileChooser c = chooser(Tr.tr("pages.template"));
        c.setInitialFileName(Tr.tr("pages.template.file"));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.saveTemplate(f.toPath());
        }
    }

    /**
     * «Реестр на сайте…»: the specialist marks the day the quarter's registry was placed on the website (with its
     * link), as novoaltaysk-608 §3.5 asks by the 25th of the month after the quarter; the district's coordinator
     * sees the mark. A mistaken mark is taken back with «Снять отметку».
     */
    private void registryPlacement() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Tr.tr("pages.placement.title"));
        ComboBox<Quarter> quarter = new ComboBox<>();
        quarter.setId("placement-quarter");
        Quarter q = vm.lastQuarter();
        for (int i = 0; i < 8; i++) {
            quarter.getItems().add(q);
            q = q.previous();
        }
        quarter.setConverter(converter(x -> x == null ? "" : x.russian()));
        Label state = new Label();
        state.setId("placement-state");
        state.setWrapText(true);
        ru.officialpages.ui.common.DateField day = new ru.officialpages.ui.common.DateField("placement-day");
        day.setValue(vm.today());
        TextField link = new TextField();
        link.setId("placement-url");
        link.setPromptText("https://…");
        Label error = new Label();
        error.setId("placement-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        Runnable refresh = () -> {
            Quarter chosen = quarter.getValue();
            ru.officialpages.rules.RegistryDeadline deadline = ru.officialpages.rules.RegistryDeadline.of(chosen.year(), chosen.number());
            vm.registryPlacement(chosen, mark -> {
                if (!chosen.equals(quarter.getValue())) {
                    return;
                }
                state.setText(Tr.tr("pages.placement.state", deadline.placementText(mark.map(
                        ru.officialpages.domain.RegistryPlacement::placedOn), vm.today()),
                        ru.officialpages.i18n.RuFormat.date(deadline.due())));
                mark.ifPresent(m -> {
                    day.setValue(m.placedOn());
                    link.setText(m.url());
                });
            });
        };
        quarter.valueProperty().addListener((o, was, now) -> {
            error.setText("");
            link.setText("");
            day.setValue(vm.today());
            refresh.run();
        });
        quarter.setValue(vm.lastQuarter());
        ButtonType mark = new ButtonType(Tr.tr("pages.placement.mark"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType unmark = new ButtonType(Tr.tr("pages.placement.unmark"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        d.getDialogPane().getButtonTypes().addAll(mark, unmark,
                new ButtonType(Tr.tr("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(mark).setId("placement-mark");
        d.getDialogPane().lookupButton(unmark).setId("placement-unmark");
        d.getDialogPane().lookupButton(mark).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // closed once the mark is saved; a refusal stays beside the fields
            // Enter in the date field reaches this button before the field takes what was typed.
            day.setValue(day.getConverter().fromString(day.getEditor().getText()));
            if (day.getValue() == null) {
                error.setText(Tr.tr("pages.placement.noDay"));
                return;
            }
            vm.markRegistryPlaced(quarter.getValue(), day.getValue(), link.getText(), d::close, error::setText);
        });
        d.getDialogPane().lookupButton(unmark).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.unmarkRegistryPlaced(quarter.getValue(), d::close);
        });
        Label hint = new Label(Tr.tr("pages.placement.text"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(10, new FieldBox(Tr.tr("pages.export.quarter"), quarter, null), state,
                new FieldBox(Tr.tr("pages.placement.day"), day, null), new FieldBox(Tr.tr("pages.placement.url"), link, null),
                error, hint);
        content.setPrefWidth(460);
        d.getDialogPane().setContent(content);
        d.show();
    }

    private void exportRegistry() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Tr.tr("pages.export"));
        ComboBox<Quarter> quarter = new ComboBox<>();
        Quarter q = vm.lastQuarter();
        for (int i = 0; i < 8; i++) {
            quarter.getItems().add(q);
            q = q.previous();
        }
        quarter.getItems().add(0, Quarter.of(vm.today()));
        quarter.setValue(vm.lastQuarter());
        quarter.setConverter(converter(x -> x == null ? "" : x.russian()));
        CheckBox internal = new CheckBox(Tr.tr("pages.export.internal"));
        Label hint = new Label(Tr.tr("pages.export.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        ButtonType save = new ButtonType(Tr.tr("pages.export.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(Tr.tr("button.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        VBox content = new VBox(10, new FieldBox(Tr.tr("pages.export.quarter"), quarter, null), internal, hint);
        content.setPrefWidth(440);
        d.getDialogPane().setContent(content);
        if (d.showAndWait().filter(b -> b == save).isEmpty()) {
            return;
        }
        FileChooser c = chooser(Tr.tr("pages.export"));
        c.setInitialFileName(Tr.tr(internal.isSelected() ? "pages.export.file.internal" : "pages.export.file.public",
                quarter.getValue().toString()));
        File f = c.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.exportRegistry(quarter.getValue(), internal.isSelected(), f.toPath());
        }
    }
}
