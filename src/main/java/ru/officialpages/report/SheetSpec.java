package ru.officialpages.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What one sheet holds: a title block, the table (header, data rows, optional totals) and
 * footer lines such as signatures. Rows are read once, while the file is written, so a caller
 * passes a stream straight from the database and never builds a big list.
 *
 * <pre>{@code
 * SheetSpec<RegistryRow> sheet = SheetSpec.of("Реестр", rows)
 *         .title("Реестр официальных страниц — Берёзовское сельское поселение, III квартал 2026")
 *         .subtitle("по состоянию на 30.09.2026")
 *         .orientation(PageOrientation.LANDSCAPE)
 *         .column(Column.text("Организация", 40, RegistryRow::organization))
 *         .column(Column.hyperlink("Адрес страницы", 35, RegistryRow::address))
 *         .column(Column.date("Дата создания", 12, RegistryRow::createdOn))
 *         .footer("Подготовил: ведущий специалист Петрова А. В.");
 * }</pre>
 *
 * A spec is used up by writing it: its rows are consumed.
 */
public final class SheetSpec<R> {
    private final String name;
    private final Stream<? extends R> rows;
    /** How many rows there are when the caller gave a collection; -1 for a stream. */
    private String title;
    private final List<String> subtitles = new ArrayList<>();
    private final List<Column<? super R>> columns = new ArrayList<>();
    private final List<String> footers = new ArrayList<>();
    private PageOrientation orientation = PageOrientation.PORTRAIT;
    private boolean totals;
    private String emptyLine;
    private final java.util.Set<String> withoutTotal = new java.util.HashSet<>();

    private SheetSpec(String name, Stream<? extends R> rows) {
        this.name = Objects.requireNonNull(name, "name");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.title = name;
    }

    /**
     * A sheet named {@code name} on its tab, with these rows. The stream is closed once written,
     * so a stream holding a database cursor releases it.
     */
    public static <R> SheetSpec<R> of(String name, Stream<? extends R> rows) {
        return new SheetSpec<>(name, rows);
    }

    public static <R> SheetSpec<R> of(String name, Iterable<? extends R> rows) {
        Objects.requireNonNull(rows, "rows");
        return new SheetSpec<>(name, StreamSupport.stream(rows.spliterator(), false));
    }

    public static <R> SheetSpec<R> of(String name, Iterator<? extends R> rows) {
        Objects.requireNonNull(rows, "rows");
        Iterable<R> once = () -> cast(rows);
        return of(name, once);
    }

    @SuppressWarnings("unchecked")
    private static <R> Iterator<R> cast(Iterator<? extends R> rows) {
        return (Iterator<R>) rows; // read-only use: an Iterator<? extends R> yields Rs
    }

    /** The bold first line and the page header of the printout; the sheet name if not set. */
    public SheetSpec<R> title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** A line under the title: the period, "по состоянию на …", the organization. */
    public SheetSpec<R> subtitle(String line) {
        subtitles.add(Objects.requireNonNull(line, "line"));
        return this;
    }

    public SheetSpec<R> column(Column<? super R> column) {
        columns.add(Objects.requireNonNull(column, "column"));
        return this;
    }

    public SheetSpec<R> columns(List<? extends Column<? super R>> more) {
        more.forEach(this::column);
        return this;
    }

    public SheetSpec<R> orientation(PageOrientation orientation) {
        this.orientation = Objects.requireNonNull(orientation, "orientation");
        return this;
    }

    /** Adds a bold «Итого» row summing every INTEGER and DECIMAL column. */
    public SheetSpec<R> totals() {
        this.totals = true;
        return this;
    }

    /**
     * The same, leaving the named number columns empty in the totals row: a count of pages per
     * week or a week's number means nothing summed.
     */
    public SheetSpec<R> totalsExcept(String... headers) {
        this.totals = true;
        withoutTotal.addAll(List.of(headers));
        return this;
    }

    /**
     * What the sheet says instead of a table when there are no rows («Нет сообщений с
     * опозданием»): one line, not a header over nothing.
     */
    public SheetSpec<R> whenEmpty(String line) {
        this.emptyLine = Objects.requireNonNull(line, "line");
        return this;
    }

    String emptyLine() {
        return emptyLine;
    }

    /** A line after the table: "Подготовил: …", "Глава: ________ / Иванов С. П.". */
    public SheetSpec<R> footer(String line) {
        footers.add(Objects.requireNonNull(line, "line"));
        return this;
    }

    String name() {
        return name;
    }

    Stream<? extends R> rows() {
        return rows;
    }

    String title() {
        return title;
    }

    List<String> subtitles() {
        return List.copyOf(subtitles);
    }

    List<Column<? super R>> columns() {
        return List.copyOf(columns);
    }

    List<String> footers() {
        return List.copyOf(footers);
    }

    PageOrientation orientation() {
        return orientation;
    }

    java.util.Set<String> withoutTotal() {
        return java.util.Set.copyOf(withoutTotal);
    }

    boolean hasTotals() {
        return totals;
    }
}
