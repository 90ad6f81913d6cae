package ru.officialpages.ui.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.ui.common.DateField;
import ru.officialpages.ui.common.Icons;

/** The year view of the production calendar with holidays coloured, and the working-time tools beside it. */
public final class CalendarView extends HBox {
    private static final DateTimeFormatter DATE = RuFormat.DATE;
    private final CalendarViewModel vm;
    private final FlowPane months = new FlowPane(18, 18);
    // Spinner bindings hold their boxed property weakly; keep it.
    private javafx.beans.property.ObjectProperty<Integer> amountBox;

    public CalendarView(CalendarViewModel vm) {
        super(16);
        this.vm = vm;
        setId("calendar-view");
        setPadding(new Insets(16, 0, 0, 0));
        VBox left = new VBox(12, yearBar(), legend(), noticeLabel(), monthsScroll());
        HBox.setHgrow(left, Priority.ALWAYS);
        ScrollPane side = new ScrollPane(new VBox(24, checkBox(), hoursBox(), importBox()));
        side.setFitToWidth(true);
        side.setMinWidth(330);
        side.setPrefWidth(340);
        getChildren().addAll(left, side);
        vm.calendarProperty().addListener((o, was, is) -> drawMonths());
        vm.yearProperty().addListener((o, was, is) -> drawMonths());
        vm.load();
    }

    private HBox yearBar() {
        Button prev = new Button(null, Icons.PREVIOUS.icon());
        prev.setId("calendar-prev-year");
        prev.getStyleClass().add(Styles.BUTTON_ICON);
        prev.setAccessibleText(Tr.tr("calendar.ui.prevYear"));
        prev.setOnAction(e -> vm.yearProperty().set(vm.yearProperty().get() - 1));
        Button next = new Button(null, Icons.NEXT.icon());
        next.setId("calendar-next-year");
        next.getStyleClass().add(Styles.BUTTON_ICON);
        next.setAccessibleText(Tr.tr("calendar.ui.nextYear"));
        next.setOnAction(e -> vm.yearProperty().set(vm.yearProperty().get() + 1));
        Label year = new Label();
        year.setId("calendar-year");
        year.getStyleClass().add(Styles.TITLE_3);
        year.textProperty().bind(vm.yearProperty().asString("%d"));
        Label status = new Label();
        status.setId("calendar-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, prev, year, next, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(status, new Insets(0, 0, 0, 16));
        return bar;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(14, 6, swatch("cal-off", Tr.tr("calendar.ui.legend.off")),
                swatch("cal-short", Tr.tr("calendar.ui.legend.short")),
                swatch("cal-working-weekend", Tr.tr("calendar.ui.legend.workingWeekend")),
                swatch("cal-corrected", Tr.tr("calendar.ui.legend.corrected")));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(Tr.tr("calendar.ui.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        legend.getChildren().add(hint);
        return legend;
    }

    private static HBox swatch(String styleClass, String text) {
        Label box = new Label("12");
        box.getStyleClass().addAll("cal-day", styleClass);
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        HBox h = new HBox(6, box, l);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Label noticeLabel() {
        Label notice = new Label();
        notice.setId("calendar-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.WARNING);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private ScrollPane monthsScroll() {
        ScrollPane scroll = new ScrollPane(months);
        scroll.setId("calendar-months");
        scroll.setFitToWidth(true);
        months.setPadding(new Insets(4));
        // Wrap the months to the width there is, not FlowPane's default 400 px.
        scroll.viewportBoundsProperty().addListener((o, was, is) -> months.setPrefWrapLength(is.getWidth() - 8));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void drawMonths() {
        ProductionCalendar c = vm.calendarProperty().get();
        if (c == null) {
            return;
        }
        months.getChildren().clear();
        int year = vm.yearProperty().get();
        for (Month m : Month.values()) {
            months.getChildren().add(month(year, m));
        }
    }

    private VBox month(int year, Month month) {
        String name = month.getDisplayName(TextStyle.FULL_STANDALONE, Tr.RUSSIAN);
        Label title = new Label(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        GridPane grid = new GridPane();
        grid.setHgap(2);
        grid.setVgap(2);
        for (DayOfWeek d : DayOfWeek.values()) {
            Label h = new Label(d.getDisplayName(TextStyle.SHORT_STANDALONE, Tr.RUSSIAN));
            h.getStyleClass().addAll("cal-head", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            grid.add(h, d.getValue() - 1, 0);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        int row = 1;
        for (LocalDate d = first; d.getMonth() == month; d = d.plusDays(1)) {
            grid.add(day(d), d.getDayOfWeek().getValue() - 1, row);
            if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                row++;
            }
        }
        VBox box = new VBox(6, title, grid);
        box.getStyleClass().add("cal-month");
        return box;
    }

    private Label day(LocalDate d) {
        Label l = new Label(String.valueOf(d.getDayOfMonth()));
        l.setId("day-" + d);
        l.getStyleClass().add("cal-day");
        DayType type = vm.typeOf(d);
        boolean weekend = d.getDayOfWeek().getValue() >= 6;
        if (type == DayType.NON_WORKING) {
            l.getStyleClass().add("cal-off");
        } else if (type == DayType.SHORTENED) {
            l.getStyleClass().add("cal-short");
        } else if (weekend) {
            l.getStyleClass().add("cal-working-weekend");
        }
        if (vm.isCorrected(d)) {
            l.getStyleClass().add("cal-corrected");
        }
        l.setTooltip(new Tooltip(DATE.format(d) + " — " + Tr.tr("calendar.ui.type." + type.name())
                + (vm.isCorrected(d) ? " (" + Tr.tr("calendar.ui.legend.corrected") + ")" : "")));
        ContextMenu menu = new ContextMenu();
        for (DayType t : DayType.values()) {
            MenuItem item = new MenuItem(Tr.tr("calendar.ui.make." + t.name()));
            item.setId("make-" + t.name().toLowerCase(Locale.ROOT));
            item.setDisable(t == type);
            item.setOnAction(e -> vm.setDay(d, t));
            menu.getItems().add(item);
        }
        MenuItem reset = new MenuItem(Tr.tr("calendar.ui.make.reset"));
        reset.setId("make-reset");
        reset.setDisable(!vm.isCorrected(d));
        reset.setOnAction(e -> vm.setDay(d, null));
        menu.getItems().addAll(new SeparatorMenuItem(), reset);
        l.setOnMouseClicked(e -> menu.show(l, e.getScreenX(), e.getScreenY()));
        l.setOnContextMenuRequested(e -> menu.show(l, e.getScreenX(), e.getScreenY()));
        return l;
    }

    private VBox checkBox() {
        Label title = new Label(Tr.tr("calendar.ui.check.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        DateField date = new DateField("check-date");
        date.valueProperty().bindBidirectional(vm.checkDate);
        date.setPrefWidth(150);
        TextField time = new TextField();
        time.setId("check-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(vm.checkTime);
        Spinner<Integer> amount = new Spinner<>(1, 1000, vm.checkAmount.get());
        amount.setId("check-amount");
        amount.setEditable(true);
        amount.setPrefWidth(90);
        amountBox = vm.checkAmount.asObject();
        amount.getValueFactory().valueProperty().bindBidirectional(amountBox);
        ComboBox<CalendarViewModel.Unit> unit = new ComboBox<>(FXCollections.observableArrayList(CalendarViewModel.Unit.values()));
        unit.setId("check-unit");
        unit.setCellFactory(l -> new UnitCell());
        unit.setButtonCell(new UnitCell());
        unit.valueProperty().bindBidirectional(vm.checkUnit);
        Label result = new Label();
        result.setId("check-result");
        result.getStyleClass().add(Styles.TITLE_4);
        result.textProperty().bind(vm.checkResultProperty());
        Label explanation = new Label();
        explanation.setId("check-explanation");
        explanation.setWrapText(true);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        explanation.textProperty().bind(vm.checkExplanationProperty());
        HBox from = new HBox(8, date, time);
        HBox plus = new HBox(8, new Label("+"), amount, unit);
        plus.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, title, new Label(Tr.tr("calendar.ui.check.from")), from, plus,
                new Label(Tr.tr("calendar.ui.check.due")), result, explanation);
    }

    private static final class UnitCell extends ListCell<CalendarViewModel.Unit> {
        @Override
        protected void updateItem(CalendarViewModel.Unit item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Tr.tr("calendar.ui.unit." + item.name()));
        }
    }

    private VBox hoursBox() {
        Label title = new Label(Tr.tr("calendar.ui.hours.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.add(small(Tr.tr("calendar.ui.hours.day")), 0, 0);
        grid.add(small(Tr.tr("calendar.ui.hours.work")), 1, 0, 2, 1);
        grid.add(small(Tr.tr("calendar.ui.hours.lunchBreak")), 3, 0, 2, 1);
        int r = 1;
        for (CalendarViewModel.HoursRow row : vm.rows()) {
            String key = row.day().name().toLowerCase(Locale.ROOT);
            CheckBox works = new CheckBox(row.day().getDisplayName(TextStyle.SHORT_STANDALONE, Tr.RUSSIAN));
            works.setId("hours-" + key);
            works.selectedProperty().bindBidirectional(row.works);
            grid.add(works, 0, r);
            grid.add(timeField("hours-" + key + "-start", row.start, row), 1, r);
            grid.add(timeField("hours-" + key + "-end", row.end, row), 2, r);
            grid.add(timeField("hours-" + key + "-lunch-start", row.lunchStart, row), 3, r);
            grid.add(timeField("hours-" + key + "-lunch-end", row.lunchEnd, row), 4, r);
            r++;
        }
        Label error = new Label();
        error.setId("hours-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.hoursErrorProperty());
        Label shortNote = new Label(Tr.tr("calendar.ui.hours.shortened"));
        shortNote.setWrapText(true);
        shortNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button save = new Button(Tr.tr("calendar.ui.hours.save"), Icons.SAVE.icon());
        save.setId("hours-save");
        save.disableProperty().bind(vm.hoursErrorProperty().isNotEmpty());
        save.setOnAction(e -> vm.saveHours());
        return new VBox(8, title, grid, error, shortNote, save);
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private static TextField timeField(String id, StringProperty value, CalendarViewModel.HoursRow row) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefWidth(60);
        t.getStyleClass().add("time-field");
        t.setPromptText("09:00");
        t.textProperty().bindBidirectional(value);
        t.disableProperty().bind(row.works.not());
        return t;
    }

    private VBox importBox() {
        Label title = new Label(Tr.tr("calendar.ui.import.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(Tr.tr("calendar.ui.import.text"));
        text.setWrapText(true);
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button choose = new Button(Tr.tr("calendar.ui.import.button"));
        choose.setId("calendar-import");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Tr.tr("calendar.ui.import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Tr.tr("calendar.ui.import.filter"), "*.csv", "*.txt"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.importFile(f.toPath());
            }
        });
        Label error = new Label();
        error.setId("calendar-import-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.importErrorProperty());
        Region gap = new Region();
        return new VBox(8, title, text, choose, error, gap);
    }
}
