package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import ru.officialpages.domain.Settings;
import ru.officialpages.rules.CalendarYear;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.SettingsRepository;

/** The office's settings and working time as the other desks and the screens read them. */
public final class Office {
    private final SettingsRepository settings;
    private final CalendarRepository calendar;
    private final Changes changes;

    public Office(SettingsRepository settings, CalendarRepository calendar, Changes changes) {
        this.settings = settings;
        this.calendar = calendar;
        this.changes = changes;
    }

    public Settings settings() {
        return settings.load();
    }

    /** Saves the settings; every screen that counts norms or deadlines hears of it. */
    public void save(Settings s) {
        Refusals.said(() -> {
            settings.save(s);
            return null;
        });
        changes.announce(Change.SETTINGS);
    }

    /** The settings with their version as they are shown for editing (issue 19 item 7). */
    public record Shown(Settings settings, java.util.OptionalLong version) {
    }

    /** The settings and their version, read together: the version first, so it is never newer than the values. */
    public Shown settingsShown() {
        return Refusals.said(() -> {
            java.util.OptionalLong version = settings.version();
            return new Shown(settings.load(), version);
        });
    }

    /**
     * Saves the settings edited on version {@code shown}: settings another user saved since are refused
     * («Настройки изменил другой пользователь…», {@link Refusals#isChangedMeanwhile}) and nothing is written.
     */
    public void save(Settings s, java.util.OptionalLong shown) {
        Refusals.said(() -> {
            settings.save(s, shown);
            return null;
        });
        changes.announce(Change.SETTINGS);
    }

    public ProductionCalendar calendar() {
        return calendar.calendar();
    }

    public WorkingTime workingTime() {
        return calendar.workingTime();
    }

    /** The deadlines of citizens' messages on today's calendar and office hours. */
    public MessageDeadlines deadlines() {
        return new MessageDeadlines(workingTime());
    }

    /** Whole years of the production calendar from a file; norms and deadlines follow. */
    public void importCalendarYears(List<CalendarYear> years, LocalDateTime at) {
        Refusals.said(() -> {
            calendar.importYears(years, at);
            return null;
        });
        changes.announce(Change.SETTINGS);
    }

    /** Single days corrected (a moved holiday); norms and deadlines follow. */
    public void setCalendarDays(Map<LocalDate, DayType> days) {
        Refusals.said(() -> {
            calendar.setDays(days);
            return null;
        });
        changes.announce(Change.SETTINGS);
    }

    /** The calendar or office hours were changed by a screen that writes them itself (Настройки → Календарь). */
    public void calendarChanged() {
        changes.announce(Change.SETTINGS);
    }

    /** The office's working hours (Настройки → Календарь). */
    public ru.officialpages.rules.OfficeHours officeHours() {
        return Refusals.said(calendar::officeHours);
    }

    /** One day of the calendar marked as {@code type} (a moved holiday; null: as the calendar has it); norms and deadlines follow. */
    public void setCalendarDay(LocalDate day, DayType type) {
        Map<LocalDate, DayType> one = new java.util.TreeMap<>();
        one.put(day, type);
        setCalendarDays(one);
    }

    /** New working hours; every deadline counted from now on follows them. */
    public void saveOfficeHours(ru.officialpages.rules.OfficeHours hours) {
        Refusals.said(() -> {
            calendar.saveOfficeHours(hours);
            return null;
        });
        changes.announce(Change.SETTINGS);
    }
}
