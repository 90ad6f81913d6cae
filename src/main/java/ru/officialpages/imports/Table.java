package ru.officialpages.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A table read from a file: the header names (trimmed) from the first non-blank row, which
 * is at {@code headerLine}, and the rows below it, blank rows left out. Rows keep the line
 * they came from so an import can say "строка 17".
 */
public record Table(int headerLine, List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One row; {@code line} is its csv line (the header is 1) or its spreadsheet row number. */
    public record Row(int line, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of column {@code index} (0-based), or "" when the row is shorter or index is -1. */
        public String text(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).text() : "";
        }

        /** The cell of column {@code index}, or an empty one when the row is shorter or index is -1. */
        public Cell cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
        }
    }

    /**
     * One cell. {@code text} is what it says: for csv the field as written; for xlsx the
     * string, the number in plain digits ({@code 79131234567}, {@code 12.5}), a date in ISO
     * form ({@code 2026-11-22}, {@code 2026-11-22T17:30}), a formula's cached result, or the
     * formula itself ({@code =HYPERLINK(...)}) when the file holds no result: formulas are
     * never evaluated. {@code value} is the typed value of an xlsx cell — a {@link LocalDate},
     * {@link LocalDateTime}, {@link LocalTime}, {@link Double} or {@link Boolean} — or null.
     * {@code link} is the cell's hyperlink address (also the literal first argument of a
     * HYPERLINK formula), or null.
     */
    public record Cell(String text, Object value, String link) {
        public static final Cell EMPTY = new Cell("", null, null);

        public Cell {
            Objects.requireNonNull(text, "text");
        }

        public static Cell of(String text) {
            return new Cell(text, null, null);
        }

        public boolean isBlank() {
            return text.isBlank() && link == null;
        }

        /** The date of a date cell, also of a date-and-time one. */
        public Optional<LocalDate> date() {
            if (value instanceof LocalDate) {
                return Optional.of((LocalDate) value);
            }
            if (value instanceof LocalDateTime) {
                return Optional.of(((LocalDateTime) value).toLocalDate());
            }
            return Optional.empty();
        }

        /** The date and time of a date cell; a date alone is taken at its start. */
        public Optional<LocalDateTime> dateTime() {
            if (value instanceof LocalDateTime) {
                return Optional.of((LocalDateTime) value);
            }
            if (value instanceof LocalDate) {
                return Optional.of(((LocalDate) value).atStartOfDay());
            }
            return Optional.empty();
        }

        public OptionalDouble number() {
            return value instanceof Double ? OptionalDouble.of((Double) value) : OptionalDouble.empty();
        }
    }
}
