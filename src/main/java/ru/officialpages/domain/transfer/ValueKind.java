package ru.officialpages.domain.transfer;

/**
 * How a column of the full export is typed in the workbook. The database keeps dates as ISO text
 * and flags as 0/1; in the file they become real dates and «Да»/«Нет», so the file can be read
 * and filtered without the program (issue 9).
 */
public enum ValueKind {
    TEXT,
    INTEGER,
    /** 0 or 1 in the database. */
    BOOLEAN,
    /** {@code yyyy-MM-dd}. */
    DATE,
    /** {@code yyyy-MM-ddTHH:mm}, the form every repository writes (Iso.minute). */
    DATE_TIME
}
