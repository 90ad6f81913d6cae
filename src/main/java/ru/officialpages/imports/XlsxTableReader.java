package ru.officialpages.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.SAXException;
import ru.officialpages.i18n.Tr;

/**
 * The first sheet of an .xlsx file as a {@link Table}, read through {@link XlsxSheets} (a stream
 * of XML, not a whole workbook: POI's workbook model needs about 1.5 GB for 100,000 rows × 10
 * columns). The header is the first non-blank row. A value past {@link TableLimits#maxColumns()}
 * is refused with its row, so a file of lone cells in column XFD is turned away at its first row
 * instead of being padded to 16,384 columns a row. Formulas are never evaluated: a formula cell gives its cached result
 * when the file has one, else its text.
 */
final class XlsxTableReader {
    /** The first argument of HYPERLINK when it is a plain string: the address, no evaluation needed. */
    private static final Pattern HYPERLINK = Pattern.compile("(?i)^\\s*HYPERLINK\\(\\s*\"((?:[^\"]|\"\")*)\"");

    private XlsxTableReader() {
    }

    static Table read(Path file, TableLimits limits) {
        try (XlsxSheets sheets = XlsxSheets.open(file, limits.maxCellChars())) {
            return read(sheets, limits);
        } catch (TableException e) {
            throw e;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | SAXException | RuntimeException e) {
            throw damaged(e);
        }
    }

    static Table read(byte[] content, TableLimits limits) {
        try (XlsxSheets sheets = XlsxSheets.open(content, limits.maxCellChars())) {
            return read(sheets, limits);
        } catch (TableException e) {
            throw e;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | SAXException | RuntimeException e) {
            // Not a workbook, a broken archive, a zip bomb POI refused to inflate, or XML that
            // made POI fail in its own way: for the user each is a file that cannot be read.
            throw damaged(e);
        }
    }

    private static Table read(XlsxSheets sheets, TableLimits limits) throws IOException, OpenXML4JException,
            SAXException, ParserConfigurationException {
        if (sheets.names().isEmpty()) {
            throw new TableException(0, Tr.tr("table.error.noSheet"));
        }
        Collector rows = new Collector(sheets, limits);
        sheets.parse(null, rows);
        return rows.table();
    }

    private static TableException damaged(Exception cause) {
        return new TableException(0, Tr.tr("table.error.damaged"), cause);
    }

    /** Keeps the header and the rows below it, within the limits; lays hyperlinks on at the end. */
    private static final class Collector implements XlsxSheets.RowSink {
        private final XlsxSheets sheets;
        private final TableLimits limits;
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final List<List<Table.Cell>> rowCells = new ArrayList<>();
        private final Map<Integer, Integer> indexByRow = new HashMap<>();
        private long chars;

        Collector(XlsxSheets sheets, TableLimits limits) {
            this.sheets = sheets;
            this.limits = limits;
        }

        @Override
        public void row(int rowNumber, List<XlsxSheets.Cell> cells) {
            List<Table.Cell> row = new ArrayList<>();
            for (XlsxSheets.Cell c : cells) {
                Table.Cell cell = cell(c);
                if (c.column() >= limits.maxColumns()) {
                    // No import has that many columns; refused at once rather than padded (issue 21: column XFD).
                    if (cell.isBlank()) {
                        continue;
                    }
                    throw new TableException(rowNumber, Tr.tr("table.error.tooManyColumns", rowNumber, limits.maxColumns()));
                }
                while (row.size() < c.column()) {
                    row.add(Table.Cell.EMPTY);
                }
                row.add(cell);
                chars += cell.text().length();
            }
            if (row.stream().allMatch(Table.Cell::isBlank)) {
                return;
            }
            if (!rowCells.isEmpty() && rowCells.size() - 1 == limits.maxRows()) {
                throw new TableException(rowNumber, Tr.tr("table.error.tooManyRows", rowNumber, limits.maxRows()));
            }
            if (chars > limits.maxChars()) {
                throw new TableException(rowNumber, Tr.tr("table.error.tooMuchText", limits.maxChars()));
            }
            indexByRow.put(rowNumber, rowNumbers.size());
            rowNumbers.add(rowNumber);
            rowCells.add(row);
        }

        private Table.Cell cell(XlsxSheets.Cell c) {
            String link = null;
            String formula = c.formula();
            if (formula != null) {
                Matcher m = HYPERLINK.matcher(formula);
                if (m.find()) {
                    link = m.group(1).replace("\"\"", "\"");
                }
                if (!c.hasValue() && !"inlineStr".equals(c.type())) {
                    return new Table.Cell(formula.isEmpty() ? "" : "=" + formula, null, link);
                }
            }
            String v = c.value();
            switch (c.type()) {
                case "s", "inlineStr", "str", "e":
                    return new Table.Cell(v, null, link);
                case "b":
                    boolean b = v.trim().equals("1") || v.trim().equalsIgnoreCase("true");
                    return new Table.Cell(b ? "TRUE" : "FALSE", b, link);
                case "d":
                    try {
                        return dateCell(LocalDateTime.parse(v.trim().replaceFirst("Z$", "")), link);
                    } catch (DateTimeParseException e) {
                        return new Table.Cell(v, null, link);
                    }
                default:
                    return number(v, c.style(), link);
            }
        }

        private Table.Cell number(String v, int style, String link) {
            if (v.isBlank()) {
                return new Table.Cell("", null, link);
            }
            double d;
            try {
                d = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return new Table.Cell(v, null, link);
            }
            if (sheets.isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
                if (d < 1) {
                    LocalTime time = DateUtil.getLocalDateTime(d, sheets.date1904(), true).toLocalTime();
                    return new Table.Cell(time.toString(), time, link);
                }
                return dateCell(DateUtil.getLocalDateTime(d, sheets.date1904(), true), link);
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return new Table.Cell(v, null, link);
            }
            return new Table.Cell(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), d, link);
        }

        private static Table.Cell dateCell(LocalDateTime dt, String link) {
            if (dt.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return new Table.Cell(dt.toLocalDate().toString(), dt.toLocalDate(), link);
            }
            return new Table.Cell(dt.toString(), dt, link);
        }

        /** Hyperlinks come after the cells in the sheet's XML, so they are laid on at the end. */
        @Override
        public void hyperlink(String ref, String target) {
            CellRangeAddress range;
            try {
                range = CellRangeAddress.valueOf(ref);
            } catch (RuntimeException e) {
                return;
            }
            int lastRow = Math.min(range.getLastRow(), range.getFirstRow() + limits.maxRows() + 1);
            for (int r = range.getFirstRow(); r <= lastRow; r++) {
                Integer index = indexByRow.get(r + 1);
                if (index == null) {
                    continue;
                }
                List<Table.Cell> row = rowCells.get(index);
                for (int c = Math.max(0, range.getFirstColumn()); c <= range.getLastColumn() && c < row.size(); c++) {
                    Table.Cell old = row.get(c);
                    row.set(c, new Table.Cell(old.text(), old.value(), target));
                }
            }
        }

        Table table() {
            if (rowCells.isEmpty()) {
                throw new TableException(0, Tr.tr("table.error.empty"));
            }
            List<String> headers = new ArrayList<>();
            for (Table.Cell c : rowCells.get(0)) {
                headers.add(HeaderMap.clean(c.text()));
            }
            List<Table.Row> rows = new ArrayList<>(rowCells.size() - 1);
            for (int i = 1; i < rowCells.size(); i++) {
                rows.add(new Table.Row(rowNumbers.get(i), rowCells.get(i)));
            }
            return new Table(rowNumbers.get(0), headers, rows);
        }
    }
}
