package ru.officialpages.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import ru.officialpages.i18n.Tr;
import ru.officialpages.report.PeriodReport;
import ru.officialpages.report.PeriodReportXlsx;
import ru.officialpages.report.ReportSigners;
import ru.officialpages.report.WeeklyReport;
import ru.officialpages.report.WeeklyReportXlsx;
import ru.officialpages.report.WeeklyReports;
import ru.officialpages.rules.IsoWeek;
import ru.officialpages.rules.Quarter;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * The Отчёты screen without its controls: the chosen week (default: the last full one) or period,
 * the report computed off the UI thread, the 12 weeks before it for the trend, and the export.
 */
public final class ReportsViewModel {
    /** Weeks the trend chart shows, the chosen one last. */
    static final int TREND_WEEKS = WeeklyReportXlsx.TREND_WEEKS;

    public enum Mode { WEEK, PERIOD }

    /** Posts against the norm in one week: a point of the trend. */
    public record TrendPoint(LocalDate monday, int published, int norm) {
    }

    /** What the preview shows: a week with its trend, or a period. Exactly one of the two is set. */
    public record Shown(WeeklyReport week, List<TrendPoint> trend, PeriodReport period, ReportSigners signers) {
    }

    private final ru.officialpages.desk.ReportDesk desk;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.WEEK);
    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty periodError = new SimpleStringProperty("");
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    private final BooleanProperty hasPages = new SimpleBooleanProperty(true);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
    private int generation;

    public ReportsViewModel(ru.officialpages.desk.ReportDesk desk, TaskExecutor executor, Clock clock) {
        this.desk = desk;
        this.executor = executor;
        this.clock = clock;
        IsoWeek last = IsoWeek.lastFull(today());
        week.set(last);
        YearMonth month = YearMonth.from(last.monday());
        from.set(month.atDay(1));
        to.set(month.atEndOfMonth());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Shows the chosen week (or period) again, e.g. on opening the screen. */
    public void load() {
        int ticket = ++generation;
        Mode m = mode.get();
        IsoWeek w = week.get();
        LocalDate f = from.get();
        LocalDate t = to.get();
        LocalDateTime now = LocalDateTime.now(clock);
        loading.set(true);
        executor.execute(BackgroundTask.of(p -> {
            if (!desk.hasPages()) {
                return null;
            }
            if (m == Mode.PERIOD) {
                ru.officialpages.desk.ReportDesk.Period period = desk.period(f, t, now);
                return new Shown(null, List.of(), period.report(), period.signers());
            }
            ru.officialpages.desk.ReportDesk.Week made = desk.week(w.monday(), now);
            List<TrendPoint> trend = new ArrayList<>();
            // From the first week with any record at the earliest: weeks before it are unknown, not zero (issue 18 item 6).
            for (WeeklyReports.WeekTotal total : made.trend()) {
                trend.add(new TrendPoint(total.monday(), total.published(), total.norm()));
            }
            return new Shown(made.report(), List.copyOf(trend), null, made.signers());
        }).onSuccess(s -> {
            if (ticket != generation) {
                return; // the user has moved on to another week meanwhile
            }
            loading.set(false);
            hasPages.set(s != null);
            shown.set(s);
        }).onFailure(e -> {
            loading.set(false);
            status.set(e instanceof ru.officialpages.desk.DeskException ? e.getMessage() : Tr.tr("error.unexpected"));
        }));
    }

    public void showWeek() {
        mode.set(Mode.WEEK);
        load();
    }

    public void previousWeek() {
        week.set(week.get().previous());
        showWeek();
    }

    public void nextWeek() {
        week.set(week.get().next());
        showWeek();
    }

    /** The week of any day the user picks. */
    public void weekOf(LocalDate day) {
        if (day != null) {
            week.set(IsoWeek.of(day));
            showWeek();
        }
    }

    /** Shows the period from … to; a wrong one is refused with a message next to the fields. */
    public boolean showPeriod(LocalDate f, LocalDate t) {
        if (f == null || t == null) {
            periodError.set(Tr.tr("reports.period.error.empty"));
            return false;
        }
        if (t.isBefore(f)) {
            periodError.set(Tr.tr("reports.period.error.backwards"));
            return false;
        }
        if (f.plusYears(5).isBefore(t)) {
            periodError.set(Tr.tr("reports.period.error.tooLong"));
            return false;
        }
        periodError.set("");
        from.set(f);
        to.set(t);
        mode.set(Mode.PERIOD);
        load();
        return true;
    }

    /** The month, quarter or year of the chosen week: the periods the accounts are made for. */
    public void month() {
        YearMonth m = YearMonth.from(week.get().monday());
        showPeriod(m.atDay(1), m.atEndOfMonth());
    }

    public void quarter() {
        Quarter q = Quarter.of(week.get().monday());
        showPeriod(q.lastDay().withDayOfMonth(1).minusMonths(2), q.lastDay());
    }

    public void year() {
        int y = week.get().monday().getYear();
        showPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** A file name to offer: "Отчёт 2026-W47.xlsx" or "Сводка 01.10.2026–31.12.2026.xlsx". */
    public String suggestedFileName(boolean pdf) {
        String name = suggestedFileName();
        return pdf ? name.substring(0, name.length() - ".xlsx".length()) + ".pdf" : name;
    }

    public String suggestedFileName() {
        if (mode.get() == Mode.PERIOD) {
            return Tr.tr("reports.file.period", WeeklyReportXlsx.DAY_TEXT.format(from.get()),
                    WeeklyReportXlsx.DAY_TEXT.format(to.get()));
        }
        return Tr.tr("reports.file.week", week.get().toString());
    }

    /** Writes what is shown to {@code file} off the UI thread; then {@link #exportedProperty()} names it. */
    public void export(Path file) {
        Shown s = shown.get();
        if (s == null || file == null) {
            return;
        }
        exporting.set(true);
        exported.set(null);
        status.set(Tr.tr("reports.export.running"));
        executor.execute(BackgroundTask.of(p -> {
            if (s.week() != null) {
                new WeeklyReportXlsx(s.signers()).write(file, s.week(), s.trend().stream()
                        .map(t -> new WeeklyReports.WeekTotal(t.monday(), t.published(), t.norm())).toList());
            } else {
                new PeriodReportXlsx(s.signers()).progress((sheet, rows) -> onFx(() ->
                        status.set(Tr.tr("reports.export.progress", sheet, rows)))).write(file, s.period());
            }
            return file;
        }).onSuccess(f -> {
            exporting.set(false);
            exported.set(f);
            status.set(Tr.tr("reports.export.done", f.getFileName()));
        }).onFailure(e -> {
            exporting.set(false);
            status.set(e instanceof RuntimeException && e.getMessage() != null && !(e instanceof NullPointerException)
                    ? e.getMessage() : Tr.tr("error.unexpected"));
        }));
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<IsoWeek> weekProperty() {
        return week;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty periodErrorProperty() {
        return periodError;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public BooleanProperty hasPagesProperty() {
        return hasPages;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> exportedProperty() {
        return exported;
    }
}
