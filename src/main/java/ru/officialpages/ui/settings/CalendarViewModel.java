package ru.officialpages.ui.settings;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.CalendarFile;
import ru.officialpages.imports.CalendarImportException;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.Deadline;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.desk.Office;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Настройки → Календарь: the year as the program counts it, days the user corrects, the office
 * hours, and a deadline check that shows at once what a correction changes.
 */
public final class CalendarViewModel {
    /** Told after a change is saved, so other screens hear of it (the desks' change notice). */
    private Runnable changed = () -> { };

    public enum Unit { HOURS, DAYS }

    private static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;

    private final Office office;
    private final TaskExecutor executor;
    private final Clock clock;

    final IntegerProperty year = new SimpleIntegerProperty();
    private final ReadOnlyObjectWrapper<ProductionCalendar> calendar = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OfficeHours> officeHours = new ReadOnlyObjectWrapper<>(OfficeHours.defaults());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importError = new ReadOnlyStringWrapper("");

    final ObjectProperty<LocalDate> checkDate = new SimpleObjectProperty<>();
    final StringProperty checkTime = new SimpleStringProperty("09:00");
    final IntegerProperty checkAmount = new SimpleIntegerProperty(3);
    final ObjectProperty<Unit> checkUnit = new SimpleObjectProperty<>(Unit.HOURS);
    private final ReadOnlyStringWrapper checkResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkExplanation = new ReadOnlyStringWrapper("");

    /** The office hours being edited, one row per weekday. */
    private final Map<DayOfWeek, HoursRow> rows = new EnumMap<>(DayOfWeek.class);
    private final ReadOnlyStringWrapper hoursError = new ReadOnlyStringWrapper("");

    /** What gives "today": the program's clock, passed in. */
    public interface Clock {
        LocalDateTime now();
    }

    public CalendarViewModel(Office office, TaskExecutor executor, Clock clock) {
        this.office = office;
        this.executor = executor;
        this.clock = clock;
        LocalDateTime now = clock.now();
        year.set(now.getYear());
        checkDate.set(now.toLocalDate());
        for (DayOfWeek d : DayOfWeek.values()) {
            HoursRow row = new HoursRow(d);
            rows.put(d, row);
            row.works.addListener((o, was, is) -> checkHours());
            row.start.addListener((o, was, is) -> checkHours());
            row.end.addListener((o, was, is) -> checkHours());
            row.lunchStart.addListener((o, was, is) -> checkHours());
            row.lunchEnd.addListener((o, was, is) -> checkHours());
        }
        year.addListener((o, was, is) -> updateNotice());
        checkDate.addListener((o, was, is) -> recompute());
        checkTime.addListener((o, was, is) -> recompute());
        checkAmount.addListener((o, was, is) -> recompute());
        checkUnit.addListener((o, was, is) -> recompute());
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> new Loaded(office.calendar(), office.officeHours()))
                .onSuccess(this::apply));
    }

    private void apply(Loaded l) {
        calendar.set(l.calendar());
        officeHours.set(l.hours());
        for (HoursRow row : rows.values()) {
            row.show(l.hours().day(row.day).orElse(null));
        }
        hoursError.set("");
        updateNotice();
        recompute();
    }

    private record Loaded(ProductionCalendar calendar, OfficeHours hours) {
    }

    private void updateNotice() {
        ProductionCalendar c = calendar.get();
        notice.set(c == null ? "" : c.missingDataNotice(year.get()).map(n -> Tr.tr("calendar.ui.notice", n)).orElse(""));
    }

    public DayType typeOf(LocalDate d) {
        return calendar.get().dayType(d);
    }

    public boolean isCorrected(LocalDate d) {
        return calendar.get().overrides().containsKey(d);
    }

    /** Corrects one day; {@code null} returns it to what the calendar says. */
    public void setDay(LocalDate day, DayType type) {
        executor.execute(BackgroundTask.of(p -> {
            office.setCalendarDay(day, type);
            return new Loaded(office.calendar(), office.officeHours());
        }).onSuccess(l -> {
            apply(l);
            status.set(type == null ? Tr.tr("calendar.ui.reset", day.format(RuFormat.DATE))
                    : Tr.tr("calendar.ui.changed", day.format(RuFormat.DATE),
                            Tr.tr("calendar.ui.type." + type.name())));
            changed.run();
        }));
    }

    /** {@code r} runs after each change this screen saves. */
    public void onChanged(Runnable r) {
        changed = r;
    }

    /** Loads a calendar file; a bad file changes nothing and says which line is wrong. */
    public void importFile(Path file) {
        importError.set("");
        executor.execute(BackgroundTask.of(p -> {
            CalendarFile read = CalendarFile.read(file);
            if (!read.years().isEmpty()) {
                office.importCalendarYears(read.years(), clock.now());
            } else {
                office.setCalendarDays(read.days());
            }
            return new Imported(read, new Loaded(office.calendar(), office.officeHours()));
        }).onSuccess(i -> {
            apply(i.loaded());
            changed.run();
            if (!i.file().years().isEmpty()) {
                List<String> years = i.file().years().stream().map(y -> String.valueOf(y.year())).toList();
                status.set(Tr.tr("calendar.ui.imported.years", String.join(", ", years)));
                year.set(i.file().years().get(0).year());
            } else {
                status.set(Tr.tr("calendar.ui.imported.days", i.file().days().size()));
            }
        }).onFailure(e -> {
            if (e instanceof CalendarImportException ce) {
                importError.set(Tr.tr("calendar.ui.importFailed", file.getFileName(), ce.getMessage()));
            } else {
                importError.set(Tr.tr("calendar.ui.importFailed", file.getFileName(), Tr.tr("error.unexpected")));
            }
        }));
    }

    private record Imported(CalendarFile file, Loaded loaded) {
    }

    private void recompute() {
        ProductionCalendar c = calendar.get();
        LocalDate date = checkDate.get();
        if (c == null || date == null) {
            return;
        }
        LocalTime time;
        try {
            time = LocalTime.parse(checkTime.get().strip().length() == 4 ? "0" + checkTime.get().strip() : checkTime.get().strip());
        } catch (DateTimeParseException e) {
            checkResult.set("");
            checkExplanation.set(Tr.tr("calendar.ui.check.badTime"));
            return;
        }
        if (checkAmount.get() <= 0) {
            checkResult.set("");
            checkExplanation.set(Tr.tr("calendar.ui.check.badAmount"));
            return;
        }
        WorkingTime w = new WorkingTime(c, officeHours.get());
        Deadline d = checkUnit.get() == Unit.HOURS
                ? w.explainHours(date.atTime(time), Duration.ofHours(checkAmount.get()))
                : w.explainDays(date, checkAmount.get());
        checkResult.set(DATE_TIME.format(d.due()) + ", "
                + d.due().getDayOfWeek().getDisplayName(TextStyle.FULL, Tr.RUSSIAN));
        checkExplanation.set(d.explanation());
    }

    private void checkHours() {
        try {
            hours();
            hoursError.set("");
        } catch (IllegalArgumentException e) {
            hoursError.set(e.getMessage());
        }
    }

    /** The hours as typed; throws with a Russian message when they do not make a working week. */
    OfficeHours hours() {
        Map<DayOfWeek, OfficeHours.Day> days = new EnumMap<>(DayOfWeek.class);
        for (HoursRow row : rows.values()) {
            if (row.works.get()) {
                days.put(row.day, row.parse());
            }
        }
        if (days.keySet().stream().noneMatch(d -> d.getValue() <= 5)) {
            throw new IllegalArgumentException(Tr.tr("calendar.ui.hours.noWeekday"));
        }
        return new OfficeHours(days);
    }

    public void saveHours() {
        OfficeHours h;
        try {
            h = hours();
        } catch (IllegalArgumentException e) {
            hoursError.set(e.getMessage());
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            office.saveOfficeHours(h);
            return new Loaded(office.calendar(), office.officeHours());
        }).onSuccess(l -> {
            apply(l);
            status.set(Tr.tr("calendar.ui.hours.saved"));
            changed.run();
        }));
    }

    /** One weekday's hours as typed. */
    public static final class HoursRow {
        final DayOfWeek day;
        final BooleanProperty works = new SimpleBooleanProperty();
        final StringProperty start = new SimpleStringProperty("");
        final StringProperty end = new SimpleStringProperty("");
        final StringProperty lunchStart = new SimpleStringProperty("");
        final StringProperty lunchEnd = new SimpleStringProperty("");

        HoursRow(DayOfWeek day) {
            this.day = day;
        }

        void show(OfficeHours.Day d) {
            works.set(d != null);
            start.set(d == null ? "" : d.start().toString());
            end.set(d == null ? "" : d.end().toString());
            lunchStart.set(d == null || !d.hasLunch() ? "" : d.lunchStart().toString());
            lunchEnd.set(d == null || !d.hasLunch() ? "" : d.lunchEnd().toString());
        }

        OfficeHours.Day parse() {
            String name = day.getDisplayName(TextStyle.FULL_STANDALONE, Tr.RUSSIAN);
            LocalTime s = time(start.get(), name);
            LocalTime e = time(end.get(), name);
            boolean lunch = !lunchStart.get().isBlank() || !lunchEnd.get().isBlank();
            LocalTime ls = lunch ? time(lunchStart.get(), name) : null;
            LocalTime le = lunch ? time(lunchEnd.get(), name) : null;
            if (!s.isBefore(e)) {
                throw new IllegalArgumentException(Tr.tr("calendar.ui.hours.order", name));
            }
            if (lunch && !(s.isBefore(ls) && ls.isBefore(le) && le.isBefore(e))) {
                throw new IllegalArgumentException(Tr.tr("calendar.ui.hours.lunch", name));
            }
            return new OfficeHours.Day(s, e, ls, le);
        }

        private static LocalTime time(String text, String dayName) {
            String t = text.strip();
            try {
                return LocalTime.parse(t.length() == 4 ? "0" + t : t);
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(Tr.tr("calendar.ui.hours.badTime", dayName, t));
            }
        }

        public DayOfWeek day() {
            return day;
        }
    }

    public List<HoursRow> rows() {
        return new ArrayList<>(rows.values());
    }

    public ReadOnlyObjectProperty<ProductionCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importErrorProperty() {
        return importError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkResultProperty() {
        return checkResult.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkExplanationProperty() {
        return checkExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoursErrorProperty() {
        return hoursError.getReadOnlyProperty();
    }
}
