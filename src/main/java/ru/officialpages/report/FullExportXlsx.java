package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import ru.officialpages.imports.FullExportNames;
import ru.officialpages.storage.DataColumn;
import ru.officialpages.storage.DataTable;
import ru.officialpages.storage.DataTables;
import ru.officialpages.storage.FullDump;

/**
 * All the data in one workbook (issue 9): a first sheet «О файле» says what the file is, which
 * program and schema made it and when; then every table of the database on a sheet of its own,
 * with Russian names and headers and typed cells, so it reads in Excel without the program and
 * loads back into an empty database. Rows stream from the database (SXSSF): a log of 300,000 posts
 * never sits in memory.
 */
public final class FullExportXlsx {
    private FullExportXlsx() {
    }

    public static void write(Path target, FullDump dump, String programVersion, LocalDateTime now,
            WriteProgress progress) {
        List<SheetSpec<?>> sheets = new ArrayList<>();
        sheets.add(about(dump, programVersion, now));
        for (DataTable table : DataTables.ALL) {
            SheetSpec<Object[]> sheet = SheetSpec.<Object[]>of(FullExportNames.sheetName(table), dump.rows(table))
                    .subtitle(tr("transfer.sheet.subtitle", table.name()));
            List<DataColumn> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                int index = i;
                DataColumn c = columns.get(i);
                sheet.column(Column.asGiven(FullExportNames.header(table, c), width(c), row -> row[index]));
            }
            sheets.add(sheet);
        }
        new SpreadsheetWriter().linksPerSheet(0).progress(progress).write(target, sheets);
    }

    private static SheetSpec<Object[]> about(FullDump dump, String programVersion, LocalDateTime now) {
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {tr("transfer.about.what"), tr("transfer.about.whatText")});
        lines.add(new Object[] {tr("transfer.about.program"), tr("app.title")});
        lines.add(new Object[] {tr("transfer.about.version"), programVersion});
        lines.add(new Object[] {FullExportNames.schemaVersionLabel(), (long) dump.schemaVersion()});
        lines.add(new Object[] {tr("transfer.about.date"), now.withSecond(0).withNano(0)});
        lines.add(new Object[] {tr("transfer.about.load"), tr("transfer.about.loadText")});
        for (DataTable t : DataTables.ALL) {
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
