package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.OrganizationCheck.Field;
import ru.officialpages.ui.common.EmptyState;
import ru.officialpages.ui.common.BoundTextField;
import ru.officialpages.ui.common.FieldBox;
import ru.officialpages.ui.common.Icons;

/** Organizations: the list on the left, the card of the chosen one on the right. */
public final class OrganizationsView extends SplitPane {
    private final OrganizationsViewModel vm;
    private final TableView<Organization> table = new TableView<>();

    public OrganizationsView(OrganizationsViewModel vm) {
        this.vm = vm;
        setId("organizations-view");
        getItems().addAll(listSide(), editorSide());
        setDividerPositions(0.6);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                startNew();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                vm.save();
                e.consume();
            }
        });
    }

    private VBox listSide() {
        Button add = new Button(Tr.tr("org.add"), Icons.ADD.icon());
        add.setId("org-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> startNew());
        Button archive = new Button(Tr.tr("org.archive"), Icons.ARCHIVE.icon());
        archive.setId("org-archive");
        archive.textProperty().bind(Bindings.createStringBinding(() -> {
            Organization o = table.getSelectionModel().getSelectedItem();
            return o != null && o.archived() ? Tr.tr("org.restore") : Tr.tr("org.archive");
        }, table.getSelectionModel().selectedItemProperty()));
        archive.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        archive.setOnAction(e -> {
            Organization chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.setArchived(chosen, !chosen.archived());
            }
        });
        CheckBox showArchived = new CheckBox(Tr.tr("org.showArchived"));
        showArchived.setId("org-show-archived");
        showArchived.selectedProperty().bindBidirectional(vm.showArchived);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, archive, spacer, showArchived);
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("org-table");
        table.setItems(vm.visible());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.setPlaceholder(new Label(Tr.tr("org.table.empty")));
        TableColumn<Organization, String> nameCol = new TableColumn<>(Tr.tr("org.name"));
        nameCol.setCellValueFactory(c -> OrganizationsViewModel.listName(c.getValue()));
        nameCol.setPrefWidth(300);
        TableColumn<Organization, String> kindCol = new TableColumn<>(Tr.tr("org.kind"));
        kindCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(OrganizationsViewModel.kindName(c.getValue().kind())));
        kindCol.setPrefWidth(110);
        TableColumn<Organization, String> contactCol = new TableColumn<>(Tr.tr("org.contacts"));
        contactCol.setPrefWidth(150);
        contactCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.join(", ", nonEmpty(c.getValue().phones(), c.getValue().email()))));
        table.getColumns().add(nameCol);
        table.getColumns().add(kindCol);
        table.getColumns().add(contactCol);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), !empty && item != null && item.archived());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !vm.edit(now)) {
                // The user kept the unsaved card; put the selection back on it.
                javafx.application.Platform.runLater(() -> table.getSelectionModel().select(was));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, toolbar, table);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private static String[] nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private void startNew() {
        if (vm.startNew()) {
            table.getSelectionModel().clearSelection();
            lookup("#org-name").requestFocus();
        }
    }

    private StackPane editorSide() {
        ComboBox<OrganizationKind> kind = new ComboBox<>(FXCollections.observableArrayList(OrganizationKind.values()));
        kind.setId("org-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setCellFactory(l -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(vm.kind);

        TextField name = new BoundTextField("org-name", vm.name, Tr.tr("org.name.prompt"));
        TextField address = new BoundTextField("org-postal-address", vm.postalAddress, Tr.tr("org.postalAddress.prompt"));
        TextField email = new BoundTextField("org-email", vm.email, "info@example.ru");
        TextField phones = new BoundTextField("org-phones", vm.phones, "8 (38241) 2-11-45");
        TextField website = new BoundTextField("org-website", vm.website, "https://example.ru");
        CheckBox exempt = new CheckBox(Tr.tr("org.exempt"));
        exempt.setId("org-exempt");
        exempt.selectedProperty().bindBidirectional(vm.exempt);
        TextField basis = new BoundTextField("org-exempt-basis", vm.exemptBasis, Tr.tr("org.exemptBasis.prompt"));
        FieldBox basisBox = new FieldBox(Tr.tr("org.exemptBasis"), basis, vm.error(Field.EXEMPT_BASIS));
        basisBox.visibleProperty().bind(vm.exempt);
        basisBox.managedProperty().bind(vm.exempt);

        Button save = new Button(Tr.tr("button.save"), Icons.SAVE.icon());
        save.setId("org-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(Tr.tr("button.cancel"));
        cancel.setId("org-cancel");
        cancel.disableProperty().bind(vm.dirtyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("org-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(8, save, cancel, status);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Organization o = vm.editingProperty().get();
            return o == null || o.id() == 0 ? Tr.tr("org.card.new") : Tr.tr("org.card.edit");
        }, vm.editingProperty()));

        VBox form = new VBox(12, title,
                new FieldBox(Tr.tr("org.kind"), kind, null),
                new FieldBox(Tr.tr("org.name"), name, vm.error(Field.NAME)),
                new FieldBox(Tr.tr("org.postalAddress"), address, vm.error(Field.POSTAL_ADDRESS)),
                new FieldBox(Tr.tr("org.email"), email, vm.error(Field.EMAIL)),
                new FieldBox(Tr.tr("org.phones"), phones, vm.error(Field.PHONES)),
                new FieldBox(Tr.tr("org.website"), website, vm.error(Field.WEBSITE)),
                exempt, basisBox, buttons);
        form.setPadding(new Insets(0, 8, 8, 12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(vm.editingProperty().isNotNull());

        EmptyState none = new EmptyState(Icons.ORGANIZATION, Tr.tr("org.none.title"), Tr.tr("org.none.text"));
        none.visibleProperty().bind(vm.editingProperty().isNull());
        return new StackPane(none, scroll);
    }


    private static final class KindCell extends ListCell<OrganizationKind> {
        @Override
        protected void updateItem(OrganizationKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : OrganizationsViewModel.kindName(item));
        }
    }
}
