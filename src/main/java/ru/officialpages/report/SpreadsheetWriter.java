package ru.officialpages.report;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

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
    /**
     * A workbook whose sheets were given as lists of at most this many rows in all (a weekly
     * report: 200 pages and their messages) keeps its flushed rows in memory, not in a temporary
     * file per sheet: a few hundred kilobytes at most, and creating, writing and reading back five
     * files took longer than writing the rows.
     */
    static final long SMALL_WORKBOOK_ROWS = 5_000;

    static {
        // POI asks for a new XML transformer for every part it saves, and the JDK looks for one by
        // reading every jar of the class path (120 of them); none brings its own, so the JDK's
        // is named outright. A value given on the command line is left alone.
        String key = "javax.xml.transform.TransformerFactory";
        if (System.getProperty(key) == null) {
            System.setProperty(key, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        }
    }
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

    /**
     * A sheet laid out by hand rather than as a table (the weekly report's one-page summary with
     * its charts): written first, before the table sheets.
     */
    interface FreeSheet {
        void write(SXSSFWorkbook wb, CellStyles styles);
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
        // Inline strings rather than a shared table: the table would grow in memory with every row.
        boolean small = small(sheets);
        SXSSFWorkbook wb = small ? new InMemorySheets() : new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, false);
        // Disposed, not closed: closing a new workbook saves the whole package once more into a
        // buffer nobody reads (POI's OPCPackage.close); disposing closes and deletes the sheets' files.
        try {
            CellStyles styles = new CellStyles(wb);
            if (first != null) {
                first.write(wb, styles);
            }
            for (SheetSpec<?> spec : sheets) {
                writeSheet(wb, styles, spec);
            }
            // Our SUM formulas carry cached values; still let Excel recompute them on open.
            wb.setForceFormulaRecalculation(true);
            if (small) {
                // The workbook's own parts go through memory as well, not a temporary .xlsx read back.
                wb.writeAvoidingTempFiles(out);
            } else {
                wb.write(out);
            }
        } finally {
            wb.dispose();
        }
    }

    private static boolean small(List<? extends SheetSpec<?>> sheets) {
        long rows = 0;
        for (SheetSpec<?> s : sheets) {
            if (s.knownRows() < 0) {
                return false;
            }
            rows += s.knownRows();
        }
        return rows <= SMALL_WORKBOOK_ROWS;
    }

    /** A streaming workbook whose sheets' rows wait in memory instead of temporary files. */
    private static final class InMemorySheets extends SXSSFWorkbook {
        InMemorySheets() {
            super(null, ROWS_IN_MEMORY, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return MemorySheetData.create();
        }
    }

    private static final class MemorySheetData extends SheetDataWriter {
        private final ByteArrayOutputStream bytes;

        private MemorySheetData(ByteArrayOutputStream bytes) throws IOException {
            super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
            this.bytes = bytes;
        }

        static MemorySheetData create() throws IOException {
            return new MemorySheetData(new ByteArrayOutputStream());
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            // SXSSF closes (so flushes) the writer before reading it back, as it does with its files.
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    private <R> void writeSheet(SXSSFWorkbook wb, CellStyles styles, SheetSpec<R> spec) {
        new SheetWriter<>(wb, styles, spec, linksPerSheet, progress).write();
    }
}
