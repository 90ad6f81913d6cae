package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import ru.officialpages.formats.FullExportNames;
import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;
import ru.officialpages.domain.transfer.TableDump;

/**
 * All the data in one workbook (issue 9): a first sheet «О файле» says what the file is, which
 * program and schema made it and when; then every table of the database on a sheet of its own,
 * with Russian names and headers and typed cells, so it reads in Excel without the program and
 * loads back into an empty database. Rows stream from the database (SXSSF): a log of 300,000 posts
 * never sits in memory. The rows come as a {@link TableDump} the transfer desk hands over: this
 * writer does not know storage.
 */
public final class FullExportXlsx {
    /**
     * The Excel row of a table sheet's first data row: title, subtitle, a blank line and the header
     * come first (SheetWriter's layout). The round-trip test with a spilled text holds this true.
     */
    static final long FIRST_DATA_ROW = 5;
    /** Base64 characters per cell of the spill sheet, well under Excel's 32,767. */
    private static final int SPILL_PART = 30_000;

    private FullExportXlsx() {
    }

    public static void write(Path target, TableDump dump, String programVersion, LocalDateTime now,
            WriteProgress progress) {
        List<SheetSpec<?>> sheets = new ArrayList<>();
        sheets.add(about(dump, programVersion, now));
        // Filled while the table sheets are written, read when its own sheet (the last) is: an
        // ArrayList's spliterator binds at the first row asked for, not when the sheet is set up.
        List<Object[]> spills = new ArrayList<>();
        for (DataTable table : dump.tables()) {
            String name = FullExportNames.sheetName(table);
            long[] next = {FIRST_DATA_ROW};
            SheetSpec<Object[]> sheet = SheetSpec.<Object[]>of(name,
                            dump.rows(table).peek(row -> spill(table, name, next[0]++, row, spills)))
                    .subtitle(tr("transfer.sheet.subtitle", table.name()));
            List<DataColumn> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                int index = i;
                DataColumn c = columns.get(i);
                sheet.column(Column.asGiven(FullExportNames.header(table, c), width(c), row -> row[index]));
            }
            sheets.add(sheet);
        }
        sheets.add(SheetSpec.<Object[]>of(FullExportNames.spillSheetName(), spills)
                .subtitle(tr("transfer.spill.subtitle"))
                .column(Column.text(FullExportNames.spillHeader(0), 28, row -> (String) row[0]))
                .column(Column.integer(FullExportNames.spillHeader(1), 10, row -> (Long) row[1]))
                .column(Column.text(FullExportNames.spillHeader(2), 28, row -> (String) row[2]))
                .column(Column.integer(FullExportNames.spillHeader(3), 8, row -> (Long) row[3]))
                .column(Column.text(FullExportNames.spillHeader(4), 60, row -> (String) row[4])));
        new SpreadsheetWriter().linksPerSheet(0).progress(progress).write(target, sheets);
    }

    /**
     * A text a cell cannot hold as it is (past Excel's 32,767 characters, or with a carriage return
     * or a control character a cell drops) still shows in its cell as well as a cell can show it,
     * and goes whole, as Base64 of its UTF-8, to the last sheet, so the load gets it back exactly.
     */
    private static void spill(DataTable table, String sheet, long excelRow, Object[] row, List<Object[]> spills) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof String text && !CellText.clean(text).equals(text)) {
                String data = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
                String header = FullExportNames.header(table, table.columns().get(i));
                for (int part = 0; part * SPILL_PART < data.length(); part++) {
                    spills.add(new Object[] {sheet, excelRow, header, (long) part + 1,
                            data.substring(part * SPILL_PART, Math.min(data.length(), (part + 1) * SPILL_PART))});
                }
            }
        }
    }

    private static SheetSpec<Object[]> about(TableDump dump, String programVersion, LocalDateTime now) {
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {tr("transfer.about.what"), tr("transfer.about.whatText")});
        lines.add(new Object[] {tr("transfer.about.program"), tr("app.title")});
        lines.add(new Object[] {tr("transfer.about.version"), programVersion});
        lines.add(new Object[] {FullExportNames.schemaVersionLabel(), (long) dump.schemaVersion()});
        lines.add(new Object[] {tr("transfer.about.date"), now.withSecond(0).withNano(0)});
        lines.add(new Object[] {tr("transfer.about.load"), tr("transfer.about.loadText")});
        for (DataTable t : dump.tables()) {
            lines.add(new Object[] {tr("transfer.about.rows", FullExportNames.sheetName(t)), dump.count(t)});
        }
        return SheetSpec.<Object[]>of(FullExportNames.aboutSheetName(), lines)
                .title(tr("transfer.about.title"))
                .column(Column.text(tr("transfer.about.col.item"), 36, row -> (String) row[0]))
                .column(Column.asGiven(tr("transfer.about.col.value"), 90, row -> row[1]));
    }

    private static int width(DataColumn c) {
        return switch (c.kind()) {
            case INTEGER -> 10;
            case BOOLEAN -> 8;
            case DATE -> 12;
            case DATE_TIME -> 17;
            case TEXT -> c.name().contains("text") || c.name().equals("search") ? 50 : 24;
        };
    }
}
