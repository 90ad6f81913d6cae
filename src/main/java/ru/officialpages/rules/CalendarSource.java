package ru.officialpages.rules;

/** Where a year of the production calendar came from. */
public enum CalendarSource {
    /** Shipped with the program, written from the Government decree. */
    BUILT_IN,
    /** Imported by the user from a file. */
    IMPORTED,
    /** No data for the year: only weekends and the Labour Code holidays (ТК РФ ст. 112). */
    FALLBACK
}
