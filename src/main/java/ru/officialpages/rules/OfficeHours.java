package ru.officialpages.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The office's working hours per day of the week. The production calendar decides whether a date
 * is worked; these hours only say when, on a worked date.
 */
public record OfficeHours(Map<DayOfWeek, Day> days) {

    /** One day's hours: {@code start}–{@code end}, with an optional lunch break inside. */
    public record Day(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {
        public Day {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("The working day must start before it ends: " + start + "–" + end);
            }
            if ((lunchStart == null) != (lunchEnd == null)) {
                throw new IllegalArgumentException("A lunch break needs both its start and its end");
            }
            if (lunchStart != null && !(start.isBefore(lunchStart) && lunchStart.isBefore(lunchEnd)
                    && lunchEnd.isBefore(end))) {
                throw new IllegalArgumentException("The lunch break " + lunchStart + "–" + lunchEnd
                        + " must lie inside the working day " + start + "–" + end);
            }
        }

        public static Day of(LocalTime start, LocalTime end) {
            return new Day(start, end, null, null);
        }

        public static Day withLunch(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {
            return new Day(start, end, lunchStart, lunchEnd);
        }

        public boolean hasLunch() {
            return lunchStart != null;
        }
    }

    public OfficeHours {
        EnumMap<DayOfWeek, Day> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((dow, day) -> copy.put(Objects.requireNonNull(dow), Objects.requireNonNull(day)));
        boolean anyWeekday = false;
        for (DayOfWeek dow : DayOfWeek.values()) {
            anyWeekday |= dow.getValue() <= 5 && copy.containsKey(dow);
        }
        if (!anyWeekday) {
            throw new IllegalArgumentException("The office must work on at least one day from Monday to Friday");
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** Monday to Friday 9:00–18:00 with lunch 13:00–14:00; Saturday and Sunday off. */
    public static OfficeHours defaults() {
        Day day = Day.withLunch(LocalTime.of(9, 0), LocalTime.of(18, 0), LocalTime.of(13, 0), LocalTime.of(14, 0));
        Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek dow : DayOfWeek.values()) {
            if (dow.getValue() <= 5) {
                days.put(dow, day);
            }
        }
        return new OfficeHours(days);
    }

    public Optional<Day> day(DayOfWeek dow) {
        return Optional.ofNullable(days.get(dow));
    }

    public OfficeHours with(DayOfWeek dow, Day day) {
        Map<DayOfWeek, Day> next = new EnumMap<>(days);
        next.put(dow, day);
        return new OfficeHours(next);
    }

    public OfficeHours without(DayOfWeek dow) {
        Map<DayOfWeek, Day> next = new EnumMap<>(days);
        next.remove(dow);
        return new OfficeHours(next);
    }

    /**
     * The hours of a date the calendar makes working. A weekday uses its own hours (none means
     * the office is closed that day). A Saturday or Sunday made working by a transfer uses its own
     * hours if the office has any, otherwise Monday's (or the first weekday's the office works):
     * the calendar data (data.gov.ru CSV) does not say which weekday a working Saturday stands in
     * for, and Monday's hours are the usual full day, while Friday's are often shortened by local
     * rules.
     */
    public Optional<Day> hoursOnWorkingDay(DayOfWeek dow) {
        Day own = days.get(dow);
        if (own != null || dow.getValue() <= 5) {
            return Optional.ofNullable(own);
        }
        for (DayOfWeek weekday : DayOfWeek.values()) {
            Day d = days.get(weekday);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
