package ru.officialpages.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week (Monday–Sunday) as the reports name it: "2026-W47". */
public record IsoWeek(LocalDate monday) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Ww](\\d{1,2})");
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public IsoWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(WeeklyNorm.mondayOf(day));
    }

    /** The last week that has ended by {@code today}: what the head reads on Monday. */
    public static IsoWeek lastFull(LocalDate today) {
        return of(today).previous();
    }

    /** "2026-W47" or "2026W47"; null when the text is not a week that exists (2026 has no week 54). */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        try {
            LocalDate mid = LocalDate.of(year, 6, 1);
            if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                return null;
            }
            return of(mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day as the user writes it, 23.11.2026, or as ISO, 2026-11-23; null if neither. */
    public static LocalDate parseDay(String text) {
        String t = text.strip();
        try {
            return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, RUSSIAN);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public IsoWeek previous() {
        return new IsoWeek(monday.minusWeeks(1));
    }

    public IsoWeek next() {
        return new IsoWeek(monday.plusWeeks(1));
    }

    public int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), number());
    }
}
