package ru.officialpages.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The one way the program writes an .xlsx file. Every sheet gets a title block, a frozen header
 * with an autofilter, typed cells, optional totals and footer lines, and a print setup for A4
 * (one page wide, header repeated, page numbers). Rows stream straight into the file's zip entry
 * (our own SpreadsheetML writer, {@link WorkbookPackage}; POI only reads), so a sheet of hundreds of
 * thousands of rows needs only a little memory.
 *
 * <pre>{@code
 * new SpreadsheetWriter()
 *         .progress((sheet, rows) -> task.updateMessage(sheet + ": " + rows))
 *         .write(Path.of("Реестр III кв 2026.xlsx"), registrySheet, historySheet);
 * }</pre>
 *
 * The file appears only when complete; an earlier file at the path is replaced then, not
 * before. Interrupting the writing thread cancels with a {@link java.util.concurrent.CancellationException}.
 */
public final class SpreadsheetWriter {
    /** Excel stops following links past this many on one sheet. */
    public static final int EXCEL_MAX_LINKS_PER_SHEET = 65_530;
    /**
     * A sheet's links wait in memory until its rows are written (their list follows the rows in
     * the file), about a hundred bytes each. Registries and weekly reports stay far below this;
     * past it a full post log shows addresses as plain text.
     */
    public static final int DEFAULT_LINKS_PER_SHEET = 10_000;

    private int linksPerSheet = DEFAULT_LINKS_PER_SHEET;
    private WriteProgress progress = WriteProgress.NONE;

    /**
     * How many cells of one sheet become clickable links; later link cells show their text
     * only. Raise it (up to {@link #EXCEL_MAX_LINKS_PER_SHEET}) only with heap to match.
     */
    public SpreadsheetWriter linksPerSheet(int max) {
        if (max < 0 || max > EXCEL_MAX_LINKS_PER_SHEET) {
            throw new IllegalArgumentException("links per sheet must be 0.." + EXCEL_MAX_LINKS_PER_SHEET + ": " + max);
        }
        this.linksPerSheet = max;
        return this;
    }

    /** Called every thousand rows and at the end of each sheet, on the writing thread. */
    public SpreadsheetWriter progress(WriteProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Writes the sheets, in order, to {@code target}.
     *
     * @throws SpreadsheetWriteException with a Russian message when the file cannot be saved
     */
    public void write(Path target, SheetSpec<?>... sheets) {
        write(target, List.of(sheets));
    }

    public void write(Path target, List<? extends SheetSpec<?>> sheets) {
        Objects.requireNonNull(target, "target");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one sheet");
        }
        AtomicFileWrite.write(target, out -> writeTo(out, sheets));
    }

    /**
     * A sheet laid out by hand rather than as a table (the weekly report's one-page summary with
     * its charts): written first, before the table sheets.
     */
    interface FreeSheet {
        void write(WorkbookPackage book, CellStyles styles) throws IOException;
    }

    /** Writes {@code first}, then the table sheets. */
    void write(Path target, FreeSheet first, List<? extends SheetSpec<?>> sheets) {
        Objects.requireNonNull(target, "target");
        AtomicFileWrite.write(target, out -> writeTo(out, first, sheets));
    }

    void writeTo(OutputStream out, List<? extends SheetSpec<?>> sheets) throws IOException {
        writeTo(out, null, sheets);
    }

    void writeTo(OutputStream out, FreeSheet first, List<? extends SheetSpec<?>> sheets) throws IOException {
        WorkbookPackage book = new WorkbookPackage(out);
        CellStyles styles = new CellStyles();
        try {
            if (first != null) {
                first.write(book, styles);
            }
            for (SheetSpec<?> spec : sheets) {
                writeSheet(book, styles, spec);
            }
            book.finish(styles);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private <R> void writeSheet(WorkbookPackage book, CellStyles styles, SheetSpec<R> spec) throws IOException {
        new SheetWriter<>(book, styles, spec, linksPerSheet, progress).write();
    }
}
