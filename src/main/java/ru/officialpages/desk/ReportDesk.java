package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import ru.officialpages.domain.Settings;
import ru.officialpages.report.PeriodReport;
import ru.officialpages.report.ReportSigners;
import ru.officialpages.report.WeeklyReport;
import ru.officialpages.report.WeeklyReports;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.ReportRepository;
import ru.officialpages.storage.SettingsRepository;

/**
 * The report desk: the weekly report with its trend, and the period summary, made from what the
 * clerk keeps now — the norms and calendar of Настройки, the networks' names, who signs — so the
 * Отчёты screen and the {@code report} commands make the same report the same way and neither
 * reaches storage (issue 15). Writing the files stays with the report package's writers.
 */
public final class ReportDesk {
    /** Weeks of the trend: the screen, the workbook and the PDF show the same twelve. */
    public static final int TREND_WEEKS = ru.officialpages.report.WeeklyReportXlsx.TREND_WEEKS;

    private final ReportRepository repository;
    private final SettingsRepository settings;
    private final CalendarRepository calendar;
    private final NetworkRepository networks;

    public ReportDesk(ReportRepository repository, SettingsRepository settings, CalendarRepository calendar,
            NetworkRepository networks) {
        this.repository = repository;
        this.settings = settings;
        this.calendar = calendar;
        this.networks = networks;
    }

    /** A week's report, its trend (from the first week with any record, at most {@link #TREND_WEEKS}) and its signers. */
    public record Week(WeeklyReport report, List<WeeklyReports.WeekTotal> trend, ReportSigners signers) {
    }

    /** A period's summary and its signers. */
    public record Period(PeriodReport report, ReportSigners signers) {
    }

    /** Whether the registry has any page: without one there is nothing to report. */
    public boolean hasPages() {
        return Refusals.said(() -> repository.pageCount() > 0);
    }

    /** The week from {@code monday}; {@code now} decides what is overdue and still open. */
    public Week week(LocalDate monday, LocalDateTime now) {
        return Refusals.said(() -> {
            // The settings read once for the figures and the signatures: on a district's server each read is a round trip.
            Settings s = settings.load();
            WeeklyReports reports = reports(s);
            return new Week(reports.week(monday, now), reports.trend(monday, TREND_WEEKS), ReportSigners.of(s));
        });
    }

    /** The days {@code from} … {@code to}, boundary weeks clipped to them. */
    public Period period(LocalDate from, LocalDate to, LocalDateTime now) {
        return Refusals.said(() -> {
            Settings s = settings.load();
            return new Period(PeriodReport.make(reports(s), from, to, now), ReportSigners.of(s));
        });
    }

    private WeeklyReports reports(Settings s) {
        // Made afresh each time: a norm or a holiday changed in Настройки counts in the next report.
        java.util.Map<String, String> names = new java.util.HashMap<>();
        networks.all().forEach(n -> names.put(n.code(), n.name()));
        return WeeklyReports.from(repository, s, calendar.workingTime(), names);
    }
}
