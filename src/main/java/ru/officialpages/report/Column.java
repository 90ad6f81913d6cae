package ru.officialpages.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a sheet: its Russian header, how values are stored, its width in characters and
 * how to get the value from a row. Prefer the typed factories: they make the compiler check that
 * a date column gets dates. A {@code null} value leaves the cell empty.
 */
public record Column<R>(String header, ColumnType type, int width, Function<? super R, ?> value) {
    /** Excel refuses wider columns. */
    public static final int MAX_WIDTH = 255;

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be 1.." + MAX_WIDTH + ": " + width);
        }
    }

    public static <R> Column<R> text(String header, int width, Function<? super R, ? extends CharSequence> value) {
        return new Column<>(header, ColumnType.TEXT, width, value);
    }

    public static <R> Column<R> wrappedText(String header, int width,
            Function<? super R, ? extends CharSequence> value) {
        return new Column<>(header, ColumnType.WRAPPED_TEXT, width, value);
    }

    public static <R> Column<R> integer(String header, int width, Function<? super R, ? extends Number> value) {
        return new Column<>(header, ColumnType.INTEGER, width, value);
    }

    public static <R> Column<R> decimal(String header, int width, Function<? super R, ? extends Number> value) {
        return new Column<>(header, ColumnType.DECIMAL, width, value);
    }

    public static <R> Column<R> date(String header, int width, Function<? super R, LocalDate> value) {
        return new Column<>(header, ColumnType.DATE, width, value);
    }

    public static <R> Column<R> dateTime(String header, int width, Function<? super R, LocalDateTime> value) {
        return new Column<>(header, ColumnType.DATE_TIME, width, value);
    }

    public static <R> Column<R> yesNo(String header, int width, Function<? super R, Boolean> value) {
        return new Column<>(header, ColumnType.BOOLEAN_YES_NO, width, value);
    }

    /** A cell typed by its value: see {@link ColumnType#AS_GIVEN}. */
    public static <R> Column<R> asGiven(String header, int width, Function<? super R, ?> value) {
        return new Column<>(header, ColumnType.AS_GIVEN, width, value);
    }

    /** A link that shows its own address. */
    public static <R> Column<R> hyperlink(String header, int width, Function<? super R, String> address) {
        return new Column<>(header, ColumnType.HYPERLINK, width, address);
    }

    /** A link that shows other text than its address, e.g. the page's name. */
    public static <R> Column<R> hyperlinkWithText(String header, int width, Function<? super R, Link> link) {
        return new Column<>(header, ColumnType.HYPERLINK, width, link);
    }
}
