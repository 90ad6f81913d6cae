package ru.officialpages.formats;

import static ru.officialpages.i18n.Tr.tr;

import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;

/**
 * The Russian names of the full export's sheets and columns, shared by the writer (report) and the
 * reader (imports), as the page registry's columns are: what one writes the other must find. Here,
 * beside both rather than in either, so report and imports do not call each other (issue 15).
 */
public final class FullExportNames {
    private FullExportNames() {
    }

    /** The tab of a table's sheet, e.g. «Страницы» for {@code page}. */
    public static String sheetName(DataTable table) {
        return tr("transfer.sheet." + table.name());
    }

    /** The header of a column, e.g. «Дата создания» for {@code page.created_on}. */
    public static String header(DataTable table, DataColumn column) {
        return tr("transfer.col." + table.name() + "." + column.name());
    }

    public static String aboutSheetName() {
        return tr("transfer.about.sheet");
    }

    /** The label of the «О файле» line that gives the schema version; the import reads it. */
    public static String schemaVersionLabel() {
        return tr("transfer.about.schema");
    }

    /** The last sheet: texts a cell could not hold whole, in parts (see report.FullExportXlsx). */
    public static String spillSheetName() {
        return tr("transfer.spill.sheet");
    }

    /** The spill sheet's headers: 0 sheet, 1 row, 2 column, 3 part, 4 data. */
    public static String spillHeader(int index) {
        return tr("transfer.spill.col." + index);
    }
}
