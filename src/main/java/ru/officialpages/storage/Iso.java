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

    /** "2026-11-23T10:05"; written by hand for years 1–9999 (the formatter was a fifth of storing synced posts' Java time). */
    static String minute(LocalDateTime t) {
        int year = t.getYear();
        if (year < 1 || year > 9999) {
            return MINUTE.format(t.truncatedTo(ChronoUnit.MINUTES));
        }
        char[] out = new char[16];
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
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
