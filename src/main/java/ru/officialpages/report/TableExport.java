package ru.officialpages.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ru.officialpages.i18n.Tr;

/**
 * What a table screen shows, described once so that «Экспорт в Excel» and «Печать» give the same
 * rows (issue 7: "every table screen … has «Экспорт в Excel» of what is shown (with its filters)
 * and «Печать»"): a title, lines saying which filters are set, typed columns and a source that
 * re-runs the screen's query with those filters. The source is read when the file is written,
 * never from the rows the table happens to have loaded, so a lazy table of 300,000 posts exports
 * all of them, streamed.
 *
 * <h2>Wiring a screen</h2>
 * In the view model, describe the current state (read the filter properties on the UI thread,
 * then let the source run anywhere):
 * <pre>{@code
 * public TableExport<MessageRow> tableExport() {
 *     MessageFilter f = filter();                          // the filters as set now
 *     return TableExport.of(title, use -> repository.stream(f, use))  // title: Tr.tr of your key
 *             .filter(f.describe())                           // "Страница: …", "Период: …"; none = all rows
 *             .expectedRows(found.get())                      // for a progress bar; -1 if unknown
 *             .column(Column.dateTime("Выявлено", 16, MessageRow::detectedAt))
 *             .column(Column.wrappedText("Текст", 60, MessageRow::text));
 * }
 * }</pre>
 * In the view, two lines give the buttons, Ctrl+E / Ctrl+P while the screen is shown, the file
 * chooser, progress with Cancel and the "Открыть файл / Показать в папке" notice:
 * <pre>{@code
 * TableActions actions = new TableActions(vm::tableExport, vm::municipality, vm::today, "messages");
 * toolbar.getChildren().addAll(actions.exportButton(), actions.printButton());
 * box.getChildren().add(actions.noticeNode());   // progress, «Отмена», then «Открыть файл» / «Показать в папке»
 * actions.installShortcuts(this);
 * }</pre>
 * For a list held in memory pass {@code use -> use.accept(rows.stream())} as the source; for a
 * large register add a streaming method to its repository (see {@code PostRepository.stream}).
 * Tests call {@link #write} directly and read the file back with POI; a TestFX test puts a
 * {@code SaveFileDialog} in the stage's properties and clicks {@code #messages-export-xlsx}.
 */
public final class TableExport<R> {
    /** Wider than this many characters of columns, a sheet and a printout lie in landscape. */
    static final int PORTRAIT_WIDTH = 100;
    private static final DateTimeFormatter DATE = ru.officialpages.i18n.RuFormat.DATE;
    private static final DateTimeFormatter DATE_TIME = ru.officialpages.i18n.RuFormat.DATE_TIME;

    /**
     * Runs the screen's query and hands its rows to {@code use} while they can be read (a
     * database cursor stays open only for the call).
     */
    @FunctionalInterface
    public interface RowSource<R> {
        void read(Consumer<Stream<R>> use);
    }

    private final String title;
    private final RowSource<R> rows;
    private final List<String> filters = new ArrayList<>();
    private final List<Column<? super R>> columns = new ArrayList<>();
    private long expectedRows = -1;
    private boolean forOfficialUse;

    private TableExport(String title, RowSource<R> rows) {
        this.title = Objects.requireNonNull(title, "title");
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    public static <R> TableExport<R> of(String title, RowSource<R> rows) {
        return new TableExport<>(title, rows);
    }

    /** One filter as set on the screen, e.g. "Формат: Фото"; none means every row is shown. */
    public TableExport<R> filter(String description) {
        if (description != null && !description.isBlank()) {
            filters.add(description.strip());
        }
        return this;
    }

    public TableExport<R> filters(List<String> descriptions) {
        descriptions.forEach(this::filter);
        return this;
    }

    public TableExport<R> column(Column<? super R> column) {
        columns.add(Objects.requireNonNull(column, "column"));
        return this;
    }

    /** How many rows the screen counted, for a progress bar; -1 when unknown. */
    public TableExport<R> expectedRows(long n) {
        this.expectedRows = n;
        return this;
    }

    /**
     * Marks the file and the printout «Для служебного пользования» in the title row: a working
     * list with authors' names (moderation, blacklist, messages) that must not go out as it is.
     */
    public TableExport<R> forOfficialUse() {
        this.forOfficialUse = true;
        return this;
    }

    public boolean isForOfficialUse() {
        return forOfficialUse;
    }

    public String title() {
        return title;
    }

    public List<String> filters() {
        return List.copyOf(filters);
    }

    public long expectedRows() {
        return expectedRows;
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Relative widths of the columns, in characters. */
    public List<Integer> widths() {
        return columns.stream().map(Column::width).toList();
    }

    /** Landscape when the columns are too wide for a portrait A4 page. */
    public PageOrientation orientation() {
        return widths().stream().mapToInt(Integer::intValue).sum() > PORTRAIT_WIDTH ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
    }

    /** The line under the title: the filters, or that every row is shown. */
    public String filterLine() {
        return filters.isEmpty() ? Tr.tr("export.filters.none") : Tr.tr("export.filters", String.join("; ", filters));
    }

    /** "Журнал публикаций — Берёзовское сельское поселение". */
    public String fullTitle(String municipality) {
        String full = municipality == null || municipality.isBlank() ? title : Tr.tr("export.title", title, municipality);
        return forOfficialUse ? Tr.tr("export.title.officialUse", full) : full;
    }

    /**
     * Writes the rows as one sheet: title with the municipality, the filters, a frozen header
     * with an autofilter, typed cells, A4 print setup; the file appears only when complete.
     * Interrupting the thread cancels (a {@link java.util.concurrent.CancellationException},
     * possibly wrapped by the storage layer) and leaves any earlier file untouched.
     *
     * @return how many data rows were written
     */
    public long write(Path file, String municipality, WriteProgress progress) {
        AtomicLong count = new AtomicLong();
        rows.read(stream -> {
            SheetSpec<R> spec = SheetSpec.of(title, stream.peek(r -> count.incrementAndGet()))
                    .title(fullTitle(municipality))
                    .subtitle(filterLine())
                    .orientation(orientation());
            columns.forEach(spec::column);
            new SpreadsheetWriter().progress(progress).write(file, spec);
        });
        return count.get();
    }

    /**
     * At most {@code max} rows as the text a printout shows (dates as dd.MM.yyyy, yes/no as
     * Да/Нет, links as their text); one more than {@code max} tells the caller there are more.
     */
    public List<List<String>> textRows(int max) {
        List<List<String>> out = new ArrayList<>();
        rows.read(stream -> stream.limit(max + 1L).forEach(r -> {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<? super R> c : columns) {
                cells.add(text(c, r));
            }
            out.add(cells);
        }));
        return out;
    }

    private static <R> String text(Column<? super R> column, R row) {
        Object v = column.value().apply(row);
        if (v == null) {
            return "";
        }
        return switch (column.type()) {
            case DATE -> DATE.format((LocalDate) v);
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) v);
            case BOOLEAN_YES_NO -> Tr.tr((Boolean) v ? "xlsx.yes" : "xlsx.no");
            case HYPERLINK -> v instanceof Link l ? l.text() : v.toString();
            case DECIMAL -> String.format(Tr.RUSSIAN, "%.2f", ((Number) v).doubleValue());
            default -> v.toString();
        };
    }
}
