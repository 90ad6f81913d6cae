package ru.officialpages.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens a written file with POI's full (non-streaming) model, as Excel would see it. */
final class XlsxReadBack {
    private XlsxReadBack() {
    }

    static XSSFWorkbook open(Path file) {
        // A sheet of one repeated text compresses better than POI's zip-bomb guard expects.
        ZipSecureFile.setMinInflateRatio(0.001);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at an A1-style row and column index (0-based), failing loudly when absent. */
    static Cell cell(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            throw new AssertionError("no row " + row + " on sheet " + sheet.getSheetName());
        }
        Cell c = r.getCell(col);
        if (c == null) {
            throw new AssertionError("no cell " + row + ":" + col + " on sheet " + sheet.getSheetName());
        }
        return c;
    }

    static String autoFilterRef(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
    }
}
