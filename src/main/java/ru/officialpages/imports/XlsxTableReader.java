package ru.officialpages.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import ru.officialpages.i18n.Tr;

/**
 * The first sheet of an .xlsx file, read as a stream of XML rather than a whole workbook:
 * POI's workbook model needs about 1.5 GB for 100,000 rows × 10 columns (design.md), an old
 * office PC does not have that, and the row limit can stop a stream early. Formulas are never
 * evaluated: a formula cell gives its cached result when the file has one, else its text.
 */
final class XlsxTableReader {
    /** The first argument of HYPERLINK when it is a plain string: the address, no evaluation needed. */
    private static final Pattern HYPERLINK = Pattern.compile("(?i)^\\s*HYPERLINK\\(\\s*\"((?:[^\"]|\"\")*)\"");

    private XlsxTableReader() {
    }

    static Table read(byte[] content, TableLimits limits) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableException(0, Tr.tr("table.error.noSheet"));
            }
            SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(pkg, false),
                    reader.getStylesTable(), date1904(reader), limits);
            try (InputStream sheet = sheets.next()) {
                PackagePart part = sheets.getSheetPart();
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                return handler.table(part);
            }
        } catch (TableException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof TableException) {
                throw (TableException) e.getException();
            }
            throw damaged(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // Not a workbook, a broken archive, a zip bomb POI refused to inflate, or XML that
            // made POI fail in its own way: for the user each is a file that cannot be read.
            throw damaged(e);
        }
    }

    private static TableException damaged(Exception cause) {
        return new TableException(0, Tr.tr("table.error.damaged"), cause);
    }

    /** Dates count from 1904 in workbooks made on old Macs; the flag is in workbook.xml. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("workbookPr")) {
                        String v = a.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final TableLimits limits;

        private final List<Integer> rowNumbers = new ArrayList<>();
        private final List<List<Table.Cell>> rowCells = new ArrayList<>();
        private final Map<String, String> hyperlinks = new HashMap<>();
        private int dataRows;
        private boolean headerSeen;

        private int rowNumber;
        private List<Table.Cell> cells;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasValue;
        private boolean hasFormula;
        private String collecting;
        private int phonetic;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, TableLimits limits) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row":
                    String r = a.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    cells = new ArrayList<>();
                    column = -1;
                    break;
                case "c":
                    String ref = a.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s != null ? Integer.parseInt(s) : -1;
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                    break;
                case "v":
                    hasValue = true;
                    collecting = "v";
                    break;
                case "f":
                    hasFormula = true;
                    collecting = "f";
                    break;
                case "rPh":
                    phonetic++;
                    break;
                case "t":
                    if (phonetic == 0) {
                        collecting = "t";
                    }
                    break;
                case "hyperlink":
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    String cellRef = a.getValue("ref");
                    if (id != null && cellRef != null) {
                        hyperlinks.put(cellRef, id);
                    }
                    break;
                default:
                    break;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ("v".equals(collecting)) {
                value.append(ch, start, length);
            } else if ("f".equals(collecting)) {
                formula.append(ch, start, length);
            } else if ("t".equals(collecting)) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v":
                case "f":
                case "t":
                    collecting = null;
                    break;
                case "rPh":
                    phonetic--;
                    break;
                case "c":
                    endCell();
                    break;
                case "row":
                    endRow();
                    break;
                default:
                    break;
            }
        }

        private void endCell() {
            Table.Cell cell = cell();
            if (cell.text().length() > limits.maxCellChars()) {
                throw new TableException(rowNumber, Tr.tr("table.error.cellTooLong", rowNumber, column + 1,
                        limits.maxCellChars()));
            }
            while (cells.size() < column) {
                cells.add(Table.Cell.EMPTY);
            }
            if (column == cells.size()) {
                cells.add(cell);
            }
        }

        private Table.Cell cell() {
            String link = null;
            if (hasFormula) {
                Matcher m = HYPERLINK.matcher(formula);
                if (m.find()) {
                    link = m.group(1).replace("\"\"", "\"");
                }
                if (!hasValue && !"inlineStr".equals(type)) {
                    return new Table.Cell(formula.length() == 0 ? "" : "=" + formula, null, link);
                }
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s":
                    try {
                        return new Table.Cell(strings.getItemAt(Integer.parseInt(v.trim())).getString(), null, link);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("bad shared string index " + v, e);
                    }
                case "inlineStr":
                    return new Table.Cell(inline.toString(), null, link);
                case "str":
                    return new Table.Cell(v, null, link);
                case "b":
                    boolean b = v.trim().equals("1") || v.trim().equalsIgnoreCase("true");
                    return new Table.Cell(b ? "TRUE" : "FALSE", b, link);
                case "e":
                    return new Table.Cell(v, null, link);
                case "d":
                    try {
                        LocalDateTime dt = LocalDateTime.parse(v.trim().replaceFirst("Z$", ""));
                        return dateCell(dt, link);
                    } catch (DateTimeParseException e) {
                        return new Table.Cell(v, null, link);
                    }
                default:
                    return number(v, link);
            }
        }

        private Table.Cell number(String v, String link) {
            if (v.isBlank()) {
                return new Table.Cell("", null, link);
            }
            double d;
            try {
                d = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return new Table.Cell(v, null, link);
            }
            if (isDateStyle() && DateUtil.isValidExcelDate(d)) {
                if (d < 1) {
                    LocalTime time = DateUtil.getLocalDateTime(d, date1904, true).toLocalTime();
                    return new Table.Cell(time.toString(), time, link);
                }
                return dateCell(DateUtil.getLocalDateTime(d, date1904, true), link);
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

        private boolean isDateStyle() {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(style);
            String format = s.getDataFormatString();
            return format != null && DateUtil.isADateFormat(s.getDataFormat(), format);
        }

        private void endRow() {
            boolean blank = cells.stream().allMatch(Table.Cell::isBlank);
            if (blank) {
                return;
            }
            if (headerSeen) {
                if (dataRows == limits.maxRows()) {
                    throw new TableException(rowNumber, Tr.tr("table.error.tooManyRows", rowNumber, limits.maxRows()));
                }
                dataRows++;
            }
            headerSeen = true;
            rowNumbers.add(rowNumber);
            rowCells.add(cells);
        }

        Table table(PackagePart part) {
            if (rowCells.isEmpty()) {
                throw new TableException(0, Tr.tr("table.error.empty"));
            }
            applyHyperlinks(part);
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

        /** Hyperlinks come after the cells in the sheet's XML, so they are laid on at the end. */
        private void applyHyperlinks(PackagePart part) {
            if (hyperlinks.isEmpty()) {
                return;
            }
            Map<Integer, Integer> indexByRow = new HashMap<>();
            for (int i = 0; i < rowNumbers.size(); i++) {
                indexByRow.put(rowNumbers.get(i), i);
            }
            hyperlinks.forEach((ref, id) -> {
                String target;
                try {
                    PackageRelationship rel = part.getRelationship(id);
                    if (rel == null) {
                        return;
                    }
                    target = rel.getTargetURI().toString();
                } catch (RuntimeException e) {
                    return;
                }
                CellRangeAddress range = CellRangeAddress.valueOf(ref);
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    Integer index = indexByRow.get(r + 1);
                    if (index == null) {
                        continue;
                    }
                    List<Table.Cell> row = rowCells.get(index);
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn() && c < row.size(); c++) {
                        Table.Cell old = row.get(c);
                        row.set(c, new Table.Cell(old.text(), old.value(), target));
                    }
                }
            });
        }
    }
}
