package ru.officialpages.ui.plan;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.ui.common.Icons;

/**
 * Контент-план: a month grid (Monday first) with holidays shaded and, beside each week, what is
 * planned against every page's norm; a list of the month; click a day to plan, drag to move.
 */
public final class PlanView extends VBox {
    private static final DateTimeFormatter DAY = RuFormat.DATE;
    private final PlanViewModel vm;
    private final Supplier<java.time.LocalDateTime> now;
    private final ru.officialpages.ui.common.TextCheckService checks;
    private final GridPane month = new GridPane();
    private final GridPane weekGrid = new GridPane();
    private boolean weekMode;
    /** Lines of chips a day of the month grid shows, "ещё N" included: what fits a row of 110 px. */
    static final int MONTH_CHIPS = 3;
    /** Pages the week panel lists before "Показать все". */
    static final int WEEK_PANEL_PAGES = 30;
    private static final double WEEK_PANEL_HEIGHT = 120;
    private ToggleButton weekViewButton;
    private final StackPane body = new StackPane();
    private final TableView<PlanItem> list = new TableView<>();
    private final VBox weekPanel = new VBox(6);
    private final javafx.beans.property.StringProperty exportStatus = new javafx.beans.property.SimpleStringProperty("");
    private PlanItem dragged;
    private LocalDate selectedMonday;
    /** The list view's «Экспорт в Excel» / «Печать»: the rows as listed; the month and week views export the plan for approval. */
    private final ru.officialpages.ui.common.TableActions listActions;
    private Button exportButton;
    private Button printButton;

    public PlanView(PlanViewModel vm, Supplier<java.time.LocalDateTime> now, ru.officialpages.ui.common.TextCheckService checks) {
        super(12);
        this.vm = vm;
        this.now = now;
        this.checks = checks;
        // The data first: the database thread reads the month while this thread builds the screen (issue 10).
        vm.load();
        setId("plan-view");
        buildList();
        ScrollPane monthScroll = new ScrollPane(month);
        monthScroll.setFitToWidth(true);
        monthScroll.setFitToHeight(true);
        monthScroll.setId("plan-month");
        weekGrid.setId("plan-week-grid");
        weekGrid.setHgap(4);
        body.getChildren().addAll(monthScroll, weekGrid, list);
        list.setVisible(false);
        weekGrid.setVisible(false);
        VBox.setVgrow(body, Priority.ALWAYS);
        weekPanel.setId("plan-week-panel");
        weekPanel.getStyleClass().add("entry-card");
        weekPanel.setPadding(new Insets(10));
        listActions = new ru.officialpages.ui.common.TableActions(() -> vm.listExport(list.getItems()), vm::municipality,
                vm::today, "plan-list");
        HBox bar = toolbar(monthScroll);
        listActions.installShortcuts(this, () -> exportButton.fire(), () -> printButton.fire());
        getChildren().addAll(bar, listActions.noticeNode(), body, weekPanel);
        // Nothing is drawn before the calendar arrives, with the items (PlanViewModel.load): drawing the
        // grid empty first was wasted on every first opening (issue 10).
        vm.items().addListener((javafx.collections.ListChangeListener<PlanItem>) c -> {
            if (vm.calendarProperty().get() != null) {
                redraw();
            }
        });
        vm.monthProperty().addListener((o, was, now2) -> redraw());
        vm.calendarProperty().addListener((o, was, now2) -> redraw());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                openNew(vm.today());
                e.consume();
            }
        });
        // Loaded already: an executor that runs tasks at once delivered the data before the listeners.
        if (vm.calendarProperty().get() != null) {
            redraw();
        }
    }

    private HBox toolbar(ScrollPane monthScroll) {
        Button prev = new Button(null, Icons.PREVIOUS.icon());
        prev.setId("plan-prev");
        prev.getStyleClass().add(Styles.BUTTON_ICON);
        prev.setOnAction(e -> step(-1));
        Button next = new Button(null, Icons.NEXT.icon());
        next.setId("plan-next");
        next.getStyleClass().add(Styles.BUTTON_ICON);
        next.setOnAction(e -> step(1));
        Label title = new Label();
        title.setId("plan-month-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(180);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String m = vm.monthProperty().get().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Tr.RUSSIAN);
            return m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1) + " " + vm.monthProperty().get().getYear();
        }, vm.monthProperty()));
        Button today = new Button(Tr.tr("plan.today"));
        today.setId("plan-today");
        today.setOnAction(e -> vm.thisMonth());
        ToggleGroup views = new ToggleGroup();
        ToggleButton monthView = new ToggleButton(Tr.tr("plan.view.month"));
        monthView.setId("plan-view-month");
        monthView.setToggleGroup(views);
        monthView.setSelected(true);
        monthView.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton weekView = new ToggleButton(Tr.tr("plan.view.week"));
        weekView.setId("plan-view-week");
        weekView.setToggleGroup(views);
        weekView.getStyleClass().add(Styles.CENTER_PILL);
        weekViewButton = weekView;
        ToggleButton listView = new ToggleButton(Tr.tr("plan.view.list"));
        listView.setId("plan-view-list");
        listView.setToggleGroup(views);
        listView.getStyleClass().add(Styles.RIGHT_PILL);
        views.selectedToggleProperty().addListener((o, was, now2) -> {
            if (now2 == null) {
                was.setSelected(true);
                return;
            }
            weekMode = now2 == weekView;
            list.setVisible(now2 == listView);
            monthScroll.setVisible(now2 == monthView);
            weekGrid.setVisible(weekMode);
            redraw();
        });
        Button add = new Button(Tr.tr("plan.add"), Icons.ADD.icon());
        add.setId("plan-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> openNew(vm.today()));
        Label status = new Label();
        status.setId("plan-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        Button undo = new Button(Tr.tr("plan.undo"));
        undo.setId("plan-undo");
        undo.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoDelete());
        Button export = new Button(Tr.tr("plan.export"), Icons.EXCEL.icon());
        exportButton = export;
        export.setId("plan-export");
        export.setOnAction(e -> {
            if (list.isVisible()) {
                listActions.export();
                return;
            }
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Tr.tr("plan.export.title"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Tr.tr("plan.export.filter"), "*.xlsx"));
            chooser.setInitialFileName(Tr.tr("report.plan.sheet") + " " + vm.monthProperty().get() + ".xlsx");
            java.io.File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.export(weekMode ? shownMonday() : null, f.toPath(), exportStatus::set);
            }
        });
        Button print = new Button(Tr.tr("plan.print"), Icons.PRINT.icon());
        printButton = print;
        print.setId("plan-print");
        print.setOnAction(e -> {
            if (list.isVisible()) {
                listActions.print();
                return;
            }
            LocalDate monday = weekMode ? shownMonday() : null;
            PlanPrintout printout = new PlanPrintout(vm.periodName(monday), vm.rowsFor(monday), vm.settings());
            // A node must be in a scene to be laid out before printing.
            new javafx.scene.Scene(printout);
            exportStatus.set(ru.officialpages.ui.common.Printing.print(getScene().getWindow(), printout,
                    javafx.print.PageOrientation.LANDSCAPE));
        });
        status.textProperty().unbind();
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> exportStatus.get().isEmpty() ? vm.statusProperty().get() : exportStatus.get(),
                vm.statusProperty(), exportStatus));
        vm.statusProperty().addListener((o, was, now2) -> exportStatus.set(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, prev, title, next, today, new HBox(monthView, weekView, listView), status, undo, spacer, print, export, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        // The status may wrap; every button keeps its word, and at 1024 pixels the icon buttons show icons only.
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.SOMETIMES);
        ru.officialpages.ui.common.Toolbar.fit(bar, java.util.List.of(print, export, add));
        return bar;
    }

    /** The week the week view and the week panel show. */
    private LocalDate shownMonday() {
        LocalDate today = vm.today();
        return selectedMonday != null && !selectedMonday.isBefore(vm.firstShown()) && selectedMonday.isBefore(vm.lastShown())
                ? selectedMonday
                : (vm.monthProperty().get().equals(java.time.YearMonth.from(today))
                        ? today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : vm.firstShown());
    }

    private void redraw() {
        // Only the visible grid is built: both hold the same items, and a month is a few hundred nodes.
        if (weekMode) {
            month.getChildren().clear();
        } else {
            weekGrid.getChildren().clear();
            drawMonth();
        }
        // The list's rows only while it is shown (switching to it redraws): a hidden table still lays
        // out its cells, a month's worth of them on every opening of the month grid (issue 10).
        if (list.isVisible()) {
            list.getItems().setAll(vm.listRows());
        } else {
            list.getItems().clear();
        }
        LocalDate shownMonday = shownMonday();
        drawWeekPanel(shownMonday);
        if (weekMode) {
            drawWeekGrid(shownMonday);
        }
    }

    /** In the week view the arrows move by a week, elsewhere by a month. */
    private void step(int direction) {
        if (!weekMode) {
            if (direction < 0) {
                vm.previous();
            } else {
                vm.next();
            }
            return;
        }
        LocalDate base = selectedMonday != null ? selectedMonday
                : vm.today().with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        selectedMonday = base.plusWeeks(direction);
        java.time.YearMonth m = java.time.YearMonth.from(selectedMonday.plusDays(3));
        if (m.equals(vm.monthProperty().get())) {
            redraw();
        } else {
            vm.monthProperty().set(m);
        }
    }

    /** The week as seven tall columns: the same day cells as the month, with room for every item. */
    private void drawWeekGrid(LocalDate monday) {
        weekGrid.getChildren().clear();
        weekGrid.getColumnConstraints().clear();
        weekGrid.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints(100, 150, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            weekGrid.getColumnConstraints().add(cc);
            LocalDate d = monday.plusDays(c);
            Label head = new Label(d.getDayOfWeek().getDisplayName(TextStyle.SHORT_STANDALONE, Tr.RUSSIAN) + " "
                    + ru.officialpages.i18n.RuFormat.dayMonth(d));
            head.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            weekGrid.add(head, c, 0);
            VBox cell = dayCell(d);
            cell.setId("plan-weekday-" + d);
            weekGrid.add(cell, c, 1);
        }
        weekGrid.getRowConstraints().add(new RowConstraints());
        RowConstraints tall = new RowConstraints(200, 400, Double.MAX_VALUE);
        tall.setVgrow(Priority.ALWAYS);
        weekGrid.getRowConstraints().add(tall);
    }

    private void drawMonth() {
        month.getChildren().clear();
        month.getColumnConstraints().clear();
        month.getRowConstraints().clear();
        month.setHgap(4);
        month.setVgap(4);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints(90, 130, Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            month.getColumnConstraints().add(cc);
            String name = DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT_STANDALONE, Tr.RUSSIAN);
            Label head = new Label(name);
            head.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
            month.add(head, c, 0);
        }
        ColumnConstraints weekCol = new ColumnConstraints(110, 130, 170);
        month.getColumnConstraints().add(weekCol);
        Label weekHead = new Label(Tr.tr("plan.week"));
        weekHead.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        month.add(weekHead, 7, 0);
        month.getRowConstraints().add(new RowConstraints());
        int row = 1;
        for (LocalDate monday = vm.firstShown(); !monday.isAfter(vm.lastShown()); monday = monday.plusWeeks(1)) {
            RowConstraints rc = new RowConstraints(90, 110, Double.MAX_VALUE);
            rc.setVgrow(Priority.ALWAYS);
            month.getRowConstraints().add(rc);
            for (int c = 0; c < 7; c++) {
                month.add(dayCell(monday.plusDays(c)), c, row);
            }
            month.add(weekCell(monday), 7, row);
            row++;
        }
    }

    private VBox dayCell(LocalDate day) {
        Label number = new Label(String.valueOf(day.getDayOfMonth()));
        number.getStyleClass().add("plan-day-number");
        VBox cell = new VBox(3, number);
        cell.setId("plan-day-" + day);
        cell.getStyleClass().add("plan-day");
        cell.setPadding(new Insets(4));
        if (day.getMonth() != vm.monthProperty().get().getMonth()) {
            cell.getStyleClass().add("plan-day-other-month");
        }
        if (day.equals(vm.today())) {
            cell.getStyleClass().add("plan-day-today");
        }
        ProductionCalendar c = vm.calendarProperty().get();
        if (c != null) {
            DayType t = c.dayType(day);
            if (t == DayType.NON_WORKING) {
                cell.getStyleClass().add("plan-day-off");
            } else if (t == DayType.SHORTENED) {
                cell.getStyleClass().add("plan-day-short");
            }
        }
        List<PlanItem> items = vm.itemsOn(day);
        // A month cell holds a few chips and "ещё N": a district plans dozens of items a day, and
        // thousands of chips made the month take seconds to open (issue 10). The week shows all.
        int shown = weekMode || items.size() <= MONTH_CHIPS ? items.size() : MONTH_CHIPS - 1;
        for (PlanItem item : items.subList(0, shown)) {
            cell.getChildren().add(chip(item));
        }
        if (shown < items.size()) {
            cell.getChildren().add(moreChip(day, items.size() - shown));
        }
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                openNew(day);
            }
        });
        cell.setOnMouseDragEntered(e -> cell.getStyleClass().add("plan-drop-target"));
        cell.setOnMouseDragExited(e -> cell.getStyleClass().remove("plan-drop-target"));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            cell.getStyleClass().remove("plan-drop-target");
            if (dragged != null) {
                vm.move(dragged, day);
                dragged = null;
            }
        });
        return cell;
    }

    private Label chip(PlanItem item) {
        String time = item.time() == null ? "" : item.time() + " ";
        Label chip = new Label(time + item.topic());
        chip.setId("plan-item-" + item.id());
        chip.getStyleClass().addAll("plan-chip", "plan-chip-" + item.status().name().toLowerCase(Locale.ROOT));
        if (item.overdueOn(vm.today())) {
            chip.getStyleClass().add("plan-chip-overdue");
        }
        chip.setMaxWidth(Double.MAX_VALUE);
        StringBuilder tip = new StringBuilder(time + item.topic()).append('\n')
                .append(Tr.tr("plan.status." + item.status().name())).append(", ").append(Tr.tr("format." + item.format().name()));
        item.pageIds().forEach(id -> tip.append('\n').append(vm.pageLabel(id)));
        // The tooltip is made on hover; what it will say is kept for tests and screen readers.
        chip.setAccessibleHelp(tip.toString());
        // Tooltip and menu are made when first needed: each is a popup window, costly by the thousand.
        chip.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (chip.getTooltip() == null) {
                Tooltip t = new Tooltip(tip.toString());
                chip.setTooltip(t);
            }
        });
        chip.setOnMouseClicked(e -> {
            e.consume();
            if (e.isStillSincePress() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                openExisting(item);
            }
        });
        chip.setOnDragDetected(e -> {
            dragged = item;
            chip.startFullDrag();
            chip.setOpacity(0.5);
        });
        chip.setOnMouseReleased(e -> chip.setOpacity(1));
        chip.setOnContextMenuRequested(e -> {
            ContextMenu menu = new ContextMenu();
            MenuItem copy = new MenuItem(Tr.tr("plan.copyNextWeek"));
            copy.setOnAction(a -> vm.copyToNextWeek(item));
            MenuItem delete = new MenuItem(Tr.tr("plan.delete"));
            delete.setOnAction(a -> vm.delete(item));
            menu.getItems().addAll(copy, delete);
            menu.show(chip, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        chip.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragged = null);
        return chip;
    }

    /** "ещё N": opens that week, where every item of the day has its chip. */
    private Label moreChip(LocalDate day, int hidden) {
        Label more = new Label(Tr.tr("plan.more", hidden));
        more.setId("plan-more-" + day);
        more.getStyleClass().addAll("plan-chip", Styles.TEXT_MUTED);
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnMouseClicked(e -> {
            e.consume();
            selectedMonday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            weekViewButton.setSelected(true);
        });
        return more;
    }

    private VBox weekCell(LocalDate monday) {
        List<PageWeek> rows = vm.week(monday);
        long shortPages = rows.stream().filter(PageWeek::fallsShort).count();
        Label summary = new Label(rows.isEmpty() ? Tr.tr("plan.week.noPages")
                : shortPages == 0 ? Tr.tr("plan.week.ok") : Tr.tr("plan.week.short", shortPages, rows.size()));
        summary.setWrapText(true);
        summary.getStyleClass().add(shortPages == 0 ? Styles.SUCCESS : Styles.DANGER);
        // The tooltip (every page's "N из M") is made when first pointed at, as the chips' are: six
        // of them with 200 lines each were made on every drawing of the month (issue 10).
        if (!rows.isEmpty()) {
            summary.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (summary.getTooltip() == null) {
                    StringBuilder tip = new StringBuilder();
                    rows.forEach(r -> tip.append(r.page()).append(": ").append(r.ratio()).append('\n'));
                    summary.setTooltip(new Tooltip(tip.toString().strip()));
                }
            });
        }
        VBox cell = new VBox(summary);
        cell.setId("plan-week-" + monday);
        cell.getStyleClass().add("plan-week-cell");
        cell.setPadding(new Insets(4));
        cell.setOnMouseClicked(e -> {
            selectedMonday = monday;
            drawWeekPanel(monday);
        });
        return cell;
    }

    private void drawWeekPanel(LocalDate monday) {
        drawWeekPanel(monday, WEEK_PANEL_PAGES);
    }

    /** Pages short of the norm first; past {@code limit} a link shows the rest (200 labels are slow to lay out). */
    private void drawWeekPanel(LocalDate monday, int limit) {
        Label title = new Label(Tr.tr("plan.week.title", DAY.format(monday), DAY.format(monday.plusDays(6))));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.layout.FlowPane pages = new javafx.scene.layout.FlowPane(18, 4);
        pages.setId("plan-week-pages");
        List<PageWeek> rows = vm.week(monday);
        if (rows.isEmpty()) {
            pages.getChildren().add(new Label(Tr.tr("plan.week.noPages")));
        }
        List<PageWeek> ordered = rows.stream().sorted(java.util.Comparator.comparing(r -> !r.fallsShort())).toList();
        for (PageWeek r : ordered.subList(0, Math.min(ordered.size(), limit))) {
            Label l = new Label(r.page() + ": " + r.ratio());
            l.setId("plan-norm-" + r.pageId());
            l.getStyleClass().add(r.fallsShort() ? Styles.DANGER : Styles.SUCCESS);
            pages.getChildren().add(l);
        }
        if (ordered.size() > limit) {
            javafx.scene.control.Hyperlink all = new javafx.scene.control.Hyperlink(Tr.tr("today.week.all", ordered.size()));
            all.setId("plan-week-all");
            all.setOnAction(e -> drawWeekPanel(monday, Integer.MAX_VALUE));
            pages.getChildren().add(all);
        }
        // At most a few lines high, scrolling past that: the month grid keeps its room with 200 pages.
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(WEEK_PANEL_HEIGHT);
        scroll.getStyleClass().add("edge-to-edge");
        weekPanel.getChildren().setAll(title, scroll);
    }

    private void buildList() {
        list.setId("plan-list");
        list.setPlaceholder(new Label(Tr.tr("plan.list.empty")));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        list.getColumns().add(column(Tr.tr("plan.day"), 100, i -> DAY.format(i.day())));
        list.getColumns().add(column(Tr.tr("plan.time"), 60, i -> i.time() == null ? "" : i.time().toString()));
        list.getColumns().add(column(Tr.tr("plan.topic"), 260, PlanItem::topic));
        list.getColumns().add(column(Tr.tr("plan.pages"), 260,
                i -> String.join("; ", i.pageIds().stream().map(vm::pageLabel).toList())));
        list.getColumns().add(column(Tr.tr("plan.format"), 100, i -> Tr.tr("format." + i.format().name())));
        list.getColumns().add(column(Tr.tr("plan.status"), 110, i -> Tr.tr("plan.status." + i.status().name())));
        list.setRowFactory(t -> {
            javafx.scene.control.TableRow<PlanItem> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    openExisting(row.getItem());
                }
            });
            return row;
        });
    }

    private static TableColumn<PlanItem, String> column(String title, double width,
            java.util.function.Function<PlanItem, String> text) {
        TableColumn<PlanItem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    private void openNew(LocalDate day) {
        PlanItem fresh = new PlanItem(0, day, null, List.of(), "", "", PostFormat.PHOTO, "", PlanStatus.PLANNED, null);
        new PlanItemDialog(getScene().getWindow(), vm, fresh, checks).showAndWait().ifPresent(this::apply);
    }

    private void openExisting(PlanItem item) {
        new PlanItemDialog(getScene().getWindow(), vm, item, checks).showAndWait().ifPresent(this::apply);
    }

    private void apply(PlanItemDialog.Outcome o) {
        switch (o.action()) {
            case SAVE -> vm.save(o.item(), o.repeatUntil(), o.text());
            case DELETE -> vm.delete(o.item());
            case PUBLISH -> {
                if (!o.item().equals(currentVersion(o.item())) || !o.text().equals(vm.textOf(o.item()))) {
                    vm.save(o.item(), null, o.text());
                }
                new PublishDialog(getScene().getWindow(), vm, o.item(), now.get(), o.text()).showAndWait();
            }
        }
    }

    private PlanItem currentVersion(PlanItem item) {
        return vm.items().stream().filter(i -> i.id() == item.id()).findFirst().orElse(null);
    }

    Node monthGrid() {
        return month;
    }
}
