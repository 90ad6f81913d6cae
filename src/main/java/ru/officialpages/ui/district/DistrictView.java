package ru.officialpages.ui.district;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import ru.officialpages.desk.DistrictDesk;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.DistrictWeekXlsx;
import ru.officialpages.rules.IsoWeek;
import ru.officialpages.rules.RegistryDeadline;
import ru.officialpages.ui.common.WeekBar;
import ru.officialpages.ui.common.EmptyState;
import ru.officialpages.ui.common.Icons;
import ru.officialpages.ui.common.SaveFileDialog;

/**
 * «Район» (issue 19 item 6), the coordinator's screen: a week (Monday–Sunday) over the district, a row per
 * settlement that opens to its pages — norm, published, met; moderation records; messages open and overdue; the
 * quarterly registry and its placement on the website (novoaltaysk-608 §3.3, §3.5) — the district's totals, and
 * «Сохранить в Excel…» (the same workbook as {@code report district}). Read only: nothing here changes a record.
 */
public final class DistrictView extends VBox {
    /** A line of the table: a settlement (its sums) or one of its pages. */
    public record Line(String name, Integer norm, Integer published, String met, Integer moderation, Integer open, Integer late,
            Integer registryPages, String registryPlaced, boolean overdue) {
        static Line of(DistrictWeekXlsx.SettlementRow s, int norm, int published, RegistryDeadline.Placement placement) {
            return new Line(s.settlement(), norm, published, Tr.tr("district.screen.metOf", s.pagesMet(), s.pages()),
                    s.moderationRecords(), s.messagesOpen(), s.messagesLate(), s.registryPages(), s.registryPlaced(),
                    placement == RegistryDeadline.Placement.OVERDUE);
        }

        static Line of(DistrictWeekXlsx.PageRow p) {
            String name = p.organization() + " — " + p.network() + ": " + p.address().replaceFirst("^https?://", "");
            return new Line(name, p.norm(), p.published(), Tr.tr(p.met() ? "district.screen.yes" : "district.screen.no"),
                    null, null, null, null, "", !p.met());
        }
    }

    private final DistrictViewModel vm;
    private final TreeTableView<Line> table = new TreeTableView<>();
    private final StackPane body = new StackPane();
    private final Label registry = new Label();
    private final Label totals = new Label();
    private final Button save = new Button(Tr.tr("district.screen.save"), Icons.EXCEL.icon(16));

    public DistrictView(DistrictViewModel vm) {
        super(10);
        this.vm = vm;
        setId("district-view");
        vm.load();

        Button current = new Button(Tr.tr("district.screen.thisWeek"));
        current.setId("district-this-week");
        current.setOnAction(e -> vm.thisWeek());
        Button refresh = new Button(Tr.tr("district.screen.refresh"));
        refresh.setId("district-refresh");
        refresh.setTooltip(new Tooltip(Tr.tr("district.screen.refresh.hint")));
        refresh.setOnAction(e -> vm.load());
        save.setId("district-save");
        save.setOnAction(e -> save());
        save.disableProperty().bind(vm.shownProperty().isNull());
        for (Button b : java.util.List.of(current, refresh, save)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        WeekBar weekBar = new WeekBar("district", vm.weekProperty(), vm::previousWeek, vm::nextWeek,
                day -> !IsoWeek.of(day).equals(vm.weekProperty().get()), vm::weekOf);
        weekBar.getChildren().add(current);
        HBox actions = new HBox(6, refresh, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        // On a narrow window the buttons go under the week rather than out of sight.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(16, 8, weekBar, actions);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label readOnly = new Label(Tr.tr("district.screen.readOnly"));
        readOnly.setId("district-read-only");
        readOnly.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        readOnly.setWrapText(true);
        registry.setId("district-registry");
        registry.setWrapText(true);
        totals.setId("district-totals");
        totals.getStyleClass().add(Styles.TEXT_BOLD);
        totals.setWrapText(true);
        Label status = new Label();
        status.setId("district-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        buildTable();
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar, readOnly, body, status);
        vm.shownProperty().addListener((o, was, now) -> show(now));
        show(vm.shownProperty().get());

        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save();
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                vm.load();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP && e.isAltDown()) {
                vm.previousWeek();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN && e.isAltDown()) {
                vm.nextWeek();
                e.consume();
            }
        });
        // Other users change the settlements' data on the server: coming back to the window reads it again.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((ow, w0, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((of, f0, focused) -> {
                            if (focused && isVisible() && getScene() != null) {
                                vm.load();
                            }
                        });
                    }
                });
            }
        });
    }

    private void buildTable() {
        table.setId("district-table");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Tr.tr("district.screen.loading")));
        TreeTableColumn<Line, String> name = column("district.screen.col.name", Line::name);
        name.setPrefWidth(180);
        name.setCellFactory(c -> new WrappedCell(name));
        table.getColumns().add(name);
        TreeTableColumn<Line, String> published = column("district.screen.col.published", l -> l.published() == null ? null
                : Tr.tr("district.screen.publishedOfNorm", l.published(), l.norm()));
        published.setPrefWidth(80);
        published.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(published);
        TreeTableColumn<Line, String> met = column("district.screen.col.met", Line::met);
        met.setPrefWidth(100);
        met.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(met);
        TreeTableColumn<Line, Integer> moderation = number("district.screen.col.moderation", Line::moderation);
        moderation.setPrefWidth(110);
        table.getColumns().add(moderation);
        TreeTableColumn<Line, Integer> messages = number("district.screen.col.messages", Line::late);
        messages.setPrefWidth(112);
        messages.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Integer late, boolean empty) {
                super.updateItem(late, empty);
                Line line = empty || getTableRow() == null || getTableRow().getTreeItem() == null ? null
                        : getTableRow().getTreeItem().getValue();
                setText(line == null || line.open() == null ? null : Tr.tr("district.screen.openLate", line.open(), line.late()));
                setStyle(line != null && line.late() != null && line.late() > 0
                        ? "-fx-text-fill: -color-danger-fg; -fx-alignment: CENTER-RIGHT;" : "-fx-alignment: CENTER-RIGHT;");
            }
        });
        table.getColumns().add(messages);
        table.getColumns().add(number("district.screen.col.registryPages", Line::registryPages));
        TreeTableColumn<Line, String> placed = column("district.screen.col.registryPlaced", Line::registryPlaced);
        placed.setPrefWidth(170);
        // Wrapped rather than cut: «не размещён, срок 25.10.2026 прошёл» keeps the table within 1024 pixels.
        placed.setCellFactory(c -> new WrappedCell(placed));
        table.getColumns().add(placed);
        for (TreeTableColumn<Line, ?> c : table.getColumns()) {
            c.setSortable(false);
        }
    }

    /** A column of text; a value cut short in it is whole in the cell's tooltip. */
    private static TreeTableColumn<Line, String> column(String key, Function<Line, String> value) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(Tr.tr(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue() == null ? null
                : value.apply(d.getValue().getValue())));
        c.setCellFactory(x -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null || v.isEmpty() ? null : new Tooltip(v));
            }
        });
        return c;
    }

    /** A cell whose text wraps to the column's width; an overdue registry's placement in red. */
    private static final class WrappedCell extends TreeTableCell<Line, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        private final TreeTableColumn<Line, String> column;

        WrappedCell(TreeTableColumn<Line, String> column) {
            this.column = column;
        }

        @Override
        protected void updateItem(String v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            if (empty || v == null || v.isEmpty()) {
                setGraphic(null);
                return;
            }
            Line line = getTableRow() == null || getTableRow().getTreeItem() == null ? null : getTableRow().getTreeItem().getValue();
            boolean red = line != null && line.overdue() && line.registryPages() != null && v.equals(line.registryPlaced());
            // The tree column also holds the disclosure arrow and the indent of the row's level.
            boolean tree = getTreeTableView() != null && getTreeTableView().getTreeColumn() == null
                    ? getTreeTableView().getColumns().indexOf(column) == 0 : getTreeTableView() != null && getTreeTableView().getTreeColumn() == column;
            int level = tree && getTableRow() != null && getTableRow().getTreeItem() != null
                    ? getTreeTableView().getTreeItemLevel(getTableRow().getTreeItem()) : 0;
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16 + (tree ? 18 + 10 * level : 0)));
            text.setText(v);
            text.setStyle(red ? "-fx-fill: -color-danger-fg;" : "-fx-fill: -color-fg-default;");
            setGraphic(text);
        }
    }

    private static TreeTableColumn<Line, Integer> number(String key, Function<Line, Integer> value) {
        TreeTableColumn<Line, Integer> c = new TreeTableColumn<>(Tr.tr(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue() == null ? null
                : value.apply(d.getValue().getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(98);
        return c;
    }

    private void show(DistrictDesk.Week w) {
        if (w == null) {
            body.getChildren().setAll(table);
            return;
        }
        if (w.settlements().isEmpty()) {
            body.getChildren().setAll(new EmptyState(Icons.ORGANIZATION, Tr.tr("district.screen.empty.title"),
                    Tr.tr("district.screen.empty.text")));
            return;
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        for (TreeItem<Line> item : table.getRoot().getChildren()) {
            if (item.isExpanded()) {
                open.add(item.getValue().name());
            }
        }
        TreeItem<Line> root = new TreeItem<>();
        for (DistrictWeekXlsx.SettlementRow s : w.settlements()) {
            java.util.List<DistrictWeekXlsx.PageRow> pages = w.pages().stream()
                    .filter(p -> p.settlement().equals(s.settlement())).toList();
            int norm = pages.stream().mapToInt(DistrictWeekXlsx.PageRow::norm).sum();
            int published = pages.stream().mapToInt(DistrictWeekXlsx.PageRow::published).sum();
            TreeItem<Line> item = new TreeItem<>(Line.of(s, norm, published, w.placements().get(s.settlement())));
            for (DistrictWeekXlsx.PageRow p : pages) {
                item.getChildren().add(new TreeItem<>(Line.of(p)));
            }
            item.setExpanded(open.contains(s.settlement()));
            root.getChildren().add(item);
        }
        table.setRoot(root);
        RegistryDeadline r = w.registry();
        registry.setText(Tr.tr("district.screen.registry", roman(r.quarter()), r.year(), RuFormat.date(r.asOf()),
                RuFormat.date(r.due())));
        DistrictViewModel.Totals t = DistrictViewModel.totals(w);
        totals.setText(Tr.tr("district.screen.totals", t.settlements(), t.pages(), t.pagesMet(), t.moderation(), t.open(),
                t.late(), t.registryPlaced()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, registry, table, totals);
        body.getChildren().setAll(content);
    }

    private static String roman(int quarter) {
        return new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }

    private void save() {
        if (vm.shownProperty().get() == null || getScene() == null) {
            return;
        }
        SaveFileDialog.of(getScene().getWindow()).choose(getScene().getWindow(), vm.suggestedFileName()).ifPresent(vm::save);
    }
}
