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
    HYPERLINK;

    boolean summable() {
        return this == INTEGER || this == DECIMAL;
    }
}
