package ru.officialpages.storage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages as the user writes them: 23.11.2026. */
final class Dates {
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {
    }

    static String russian(LocalDate d) {
        return RUSSIAN.format(d);
    }
}
