package ru.officialpages.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates and moments as stored: ISO-8601, a moment to the minute, one fixed width, so text order is
 * time order. Read back by hand: the general parser behind {@code LocalDate.parse} is a long way
 * round for ten fixed digits, and a screen reads thousands of them, most just after the start, while
 * the JVM still interprets that parser (issue 10). Anything not in the stored shape goes to it.
 */
final class Iso {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Iso() {
    }

    static String minute(LocalDateTime t) {
        return MINUTE.format(t.truncatedTo(ChronoUnit.MINUTES));
    }

    /** "2026-11-23" as stored; null stays null. */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** "2026-11-23T10:05" as stored (seconds, if some other program wrote them, are read too); null stays null. */
    static LocalDateTime moment(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 16 && s.charAt(10) == 'T' && s.charAt(13) == ':') {
            LocalDate day = date(s.substring(0, 10));
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            if (hour >= 0 && minute >= 0) {
                return day.atTime(hour, minute);
            }
        }
        return LocalDateTime.parse(s);
    }

    /** The number written in {@code length} ASCII digits from {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
