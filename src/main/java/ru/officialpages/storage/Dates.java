package ru.officialpages.storage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.officialpages.i18n.RuFormat;

/** Dates in messages as the user writes them: 23.11.2026. */
final class Dates {
    private static final DateTimeFormatter RUSSIAN = RuFormat.DATE;

    private Dates() {
    }

    static String russian(LocalDate d) {
        return RUSSIAN.format(d);
    }
}
