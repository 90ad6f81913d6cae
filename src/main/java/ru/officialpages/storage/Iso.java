package ru.officialpages.storage;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Moments as stored: ISO-8601 to the minute, one fixed width, so text order is time order. */
final class Iso {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Iso() {
    }

    static String minute(LocalDateTime t) {
        return MINUTE.format(t.truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * Reads back what {@link #minute} wrote ("2026-11-16T09:05"), digit by digit: a week's report
     * reads four such times per message, and the general parser took a third of its reading.
     * Anything else (seconds, a stray format) goes to the general parser.
     */
    static LocalDateTime parseMinute(String s) {
        if (s.length() == 16 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0) {
                return LocalDateTime.of(year, month, day, hour, minute);
            }
        }
        return LocalDateTime.parse(s);
    }

    /** The number written in s[from, to), or -1 if it is not all digits. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
