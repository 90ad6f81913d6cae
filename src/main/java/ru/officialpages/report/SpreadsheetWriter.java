package ru.officialpages.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way the program writes an .xlsx file. Every sheet gets a title block, a frozen header
 * with an autofilter, typed cells, optional totals and footer lines, and a print setup for A4
 * (one page wide, header repeated, page numbers). Rows stream through POI's SXSSF, so a sheet of
 * hundreds of thousands of rows needs only a little memory.
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
    /** Rows kept in memory per sheet; older ones are flushed to a temporary file. */
    static final int ROWS_IN_MEMORY = 100;
    /** Excel stops following links past this many on one sheet. */
    public static final int EXCEL_MAX_LINKS_PER_SHEET = 65_530;
    /**
     * POI keeps every link of a sheet in memory until the file is written, about 3.5 KB each
     * (measured: 65,530 links took 220 MB of heap, 10,000 took 31 MB). Registries and weekly
     * reports stay far below this; past it a full post log shows addresses as plain text.
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

    void writeTo(OutputStream out, List<? extends SheetSpec<?>> sheets) throws IOException {
        // Inline strings rather than a shared table: the table would grow in memory with every row.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false)) {
            CellStyles styles = new CellStyles(wb);
            for (SheetSpec<?> spec : sheets) {
                writeSheet(wb, styles, spec);
            }
            // Our SUM formulas carry cached values; still let Excel recompute them on open.
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        }
    }

    private <R> void writeSheet(SXSSFWorkbook wb, CellStyles styles, SheetSpec<R> spec) {
        new SheetWriter<>(wb, styles, spec, linksPerSheet, progress).write();
    }
}
