package ru.officialpages.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table export read back with POI as Excel sees it: the title block, the header row (the one
 * the sheet's frozen pane sits under) and the data rows below it.
 */
public final class XlsxSheet {
    public final XSSFSheet sheet;
    public final int headerRow;

    private XlsxSheet(XSSFSheet sheet) {
        this.sheet = sheet;
        this.headerRow = sheet.getPaneInformation().getHorizontalSplitPosition() - 1;
    }

    public static XlsxSheet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XSSFWorkbook wb = new XSSFWorkbook(in);
            return new XlsxSheet(wb.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    public List<String> headers() {
        List<String> out = new ArrayList<>();
        Row r = sheet.getRow(headerRow);
        for (int c = 0; c < r.getLastCellNum(); c++) {
            out.add(text(headerRow, c));
        }
        return out;
    }

    /** The data rows: from under the header to the last row (table exports have no totals or footer). */
    public int dataRows() {
        return sheet.getLastRowNum() - headerRow;
    }

    public Cell cell(int dataRow, int col) {
        return sheet.getRow(headerRow + 1 + dataRow).getCell(col);
    }

    public boolean isDate(int dataRow, int col) {
        Cell c = cell(dataRow, col);
        return c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c);
    }

    public String autoFilter() {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }
}
