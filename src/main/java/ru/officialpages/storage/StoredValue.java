package ru.officialpages.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import ru.officialpages.domain.transfer.ValueKind;

/**
 * Between a value as SQLite keeps it and as the full export shows it. A stored text that does not
 * read back to exactly itself as a date (seconds, a stray form) stays text: the export is a copy
 * of the data, and a copy that "tidies" a value has lost it.
 */
final class StoredValue {
    private static final java.util.regex.Pattern SMALL_WHOLE = java.util.regex.Pattern.compile("0|[1-9]\\d{0,6}");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private StoredValue() {
    }

    /** The value to write into a cell: String, Long, Boolean, LocalDate, LocalDateTime or null. */
    static Object shown(Object stored, ValueKind kind) {
        if (stored == null) {
            return null;
        }
        switch (kind) {
            case INTEGER:
                return stored instanceof Integer || stored instanceof Long ? ((Number) stored).longValue() : stored;
            case BOOLEAN:
                if (stored instanceof Number n && (n.longValue() == 0 || n.longValue() == 1)
                        && n.doubleValue() == n.longValue()) {
                    return n.longValue() == 1;
                }
                return stored instanceof Integer i ? Long.valueOf(i) : stored;
            case DATE:
                if (stored instanceof String s) {
                    try {
                        LocalDate d = LocalDate.parse(s);
                        if (d.toString().equals(s)) {
                            return d;
                        }
                    } catch (DateTimeParseException e) {
                        // kept as text below
                    }
                }
                return stored.toString();
            case DATE_TIME:
                if (stored instanceof String s) {
                    try {
                        LocalDateTime t = LocalDateTime.parse(s, MINUTE);
                        if (MINUTE.format(t).equals(s)) {
                            return t;
                        }
                    } catch (DateTimeParseException e) {
                        // kept as text below
                    }
                }
                return stored.toString();
            default:
                String text = stored.toString();
                // A count or a code kept as text ("3" days) reads as a number in the sheet, and
                // comes back as the same digits; "007" or a phone number stays text.
                return SMALL_WHOLE.matcher(text).matches() ? (Object) Long.parseLong(text) : text;
        }
    }

    /** The value to store for one read from a cell (any of the types {@link #shown} gives, or Double). */
    static Object stored(Object shown) {
        if (shown == null) {
            return null;
        }
        if (shown instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (shown instanceof LocalDate d) {
            return d.toString();
        }
        if (shown instanceof LocalDateTime t) {
            return MINUTE.format(t);
        }
        return shown;
    }
}
