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
}
