package ru.officialpages.i18n;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * The one place where dates, times and durations are written and read the way the clerk sees them
 * ({@code 07.12.2026}, {@code 07.12.2026 14:30}, {@code 3 ч 10 мин}). Screens, printouts, exports and
 * the command line all use it, so a date never looks one way on screen and another on paper.
 */
public final class RuFormat {
    /** dd.MM.yyyy; strict, so 31.02.2026 is refused rather than moved to March. */
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    private RuFormat() {
    }

    /** A day within a week or month where the year goes without saying: {@code 07.12}. */
    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String time(TemporalAccessor time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A date typed by the clerk; blank or not a real date is empty. */
    public static Optional<LocalDate> parseDate(String text) {
        return parse(text, DATE, LocalDate::from);
    }

    public static Optional<LocalTime> parseTime(String text) {
        return parse(text, TIME, LocalTime::from);
    }

    public static Optional<LocalDateTime> parseDateTime(String text) {
        return parse(text, DATE_TIME, LocalDateTime::from);
    }

    /** "3 ч 10 мин", "2 ч", "45 мин", "менее 1 мин": how long, never as decimal hours. */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours > 0 && rest > 0) {
            return Tr.tr("calendar.duration.hoursMinutes", String.valueOf(hours), String.valueOf(rest));
        }
        if (hours > 0) {
            return Tr.tr("calendar.duration.hours", String.valueOf(hours));
        }
        if (rest > 0) {
            return Tr.tr("calendar.duration.minutes", String.valueOf(rest));
        }
        return Tr.tr("calendar.duration.underMinute");
    }

    private static <T> Optional<T> parse(String text, DateTimeFormatter format,
            java.util.function.Function<TemporalAccessor, T> from) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(format.parse(text.strip(), from::apply));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
