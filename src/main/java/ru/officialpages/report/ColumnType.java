package ru.officialpages.report;

/** How a column's values are stored and shown in the spreadsheet. */
public enum ColumnType {
    /** One line of text; longer text is cut off visually but kept whole in the cell. */
    TEXT,
    /** Text that wraps inside the column width: comments, topics, addresses. */
    WRAPPED_TEXT,
    /** A whole number, stored as a number so Excel can sum and filter it. */
    INTEGER,
    /** A number with two decimals. */
    DECIMAL,
    /** A real date shown as dd.mm.yyyy. */
    DATE,
    /** A real date and time shown as dd.mm.yyyy hh:mm. */
    DATE_TIME,
    /** A yes/no flag shown as the words «Да» / «Нет». */
    BOOLEAN_YES_NO,
    /** A clickable http/https link; anything else is written as plain text. */
    HYPERLINK,
    /**
     * Each value stored as its Java type says: text, a whole number, a date, a date and time or a
     * yes/no. For the full export, where a stored date that does not read back as one stays text.
     */
    AS_GIVEN;

    /** The type a value of {@link #AS_GIVEN} is written as. */
    static ColumnType of(Object value) {
        if (value instanceof java.time.LocalDateTime) {
            return DATE_TIME;
        }
        if (value instanceof java.time.LocalDate) {
            return DATE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN_YES_NO;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return INTEGER;
        }
        if (value instanceof Number) {
            return DECIMAL;
        }
        return TEXT;
    }

    boolean summable() {
        return this == INTEGER || this == DECIMAL;
    }
}
