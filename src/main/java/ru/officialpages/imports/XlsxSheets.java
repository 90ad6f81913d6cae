package ru.officialpages.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
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
 * The one .xlsx reader under both the table imports ({@link XlsxTableReader}) and the full import
 * ({@link FullImportXlsx}): sheets stream as XML, rows are handed on one by one with only the
 * cells the file holds (a cell in column XFD is one cell, not 16,384), and memory is bounded by
 * what the file may hold, whatever it claims: no text of a cell, a shared string or a formula
 * grows past {@code maxCellChars} (refused with its row and column), the shared strings together
 * stay under {@link #MAX_SHARED_CHARS}, hyperlinks under {@link #MAX_HYPERLINKS}. Formulas are
 * never evaluated. Every refusal is a {@link TableException} with a Russian message.
 */
final class XlsxSheets implements AutoCloseable {
    /** All shared strings together, in characters: a 50 MB file cannot honestly hold more. */
    static final long MAX_SHARED_CHARS = 64L * 1024 * 1024;
    static final int MAX_HYPERLINKS = 1_000_000;
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    /** Marks a shared string longer than the limit; a cell using it is refused with its row and column. */
    private static final String TOO_LONG = new String("\u0000too long");

    /**
     * One cell as the file has it. {@code type} is the file's {@code t} ("s", "inlineStr", "str",
     * "b", "e", "d" or "n"); {@code value} the text ("s" resolved, escapes decoded); {@code formula}
     * the formula's text, or null when there is none; {@code hasValue} whether a value was written.
     */
    record Cell(int column, String type, int style, String value, String formula, boolean hasValue) {
    }

    interface RowSink {
        /** A row with at least one cell, in file order; {@code cells} in column order. */
        void row(int rowNumber, List<Cell> cells);

        /** A hyperlink of the sheet (they come after the cells), with its target resolved. */
        default void hyperlink(String ref, String target) {
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final int maxCellChars;
    private final List<String> names = new ArrayList<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private StylesTable styles;
    private boolean date1904;
    private List<String> shared;

    private XlsxSheets(OPCPackage pkg, int maxCellChars) throws IOException, OpenXML4JException {
        this.pkg = pkg;
        this.maxCellChars = maxCellChars;
        this.reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
    }

    /** Opens a file from disk: its parts are read as they are needed, never the whole archive at once. */
    static XlsxSheets open(Path file, int maxCellChars) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        return prepared(OPCPackage.open(file.toFile(), PackageAccess.READ), maxCellChars);
    }

    static XlsxSheets open(byte[] content, int maxCellChars) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        return prepared(OPCPackage.open(new ByteArrayInputStream(content)), maxCellChars);
    }

    private static XlsxSheets prepared(OPCPackage pkg, int maxCellChars) throws IOException, OpenXML4JException,
            SAXException, ParserConfigurationException {
        try {
            XlsxSheets s = new XlsxSheets(pkg, maxCellChars);
            s.styles = s.reader.getStylesTable();
            s.date1904 = s.readDate1904();
            return s;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    List<String> names() {
        return names;
    }

    boolean date1904() {
        return date1904;
    }

    /** Whether a number in this style is a date; asked for every number, so kept per style. */
    boolean isDateStyle(int style) {
        return dateStyles.computeIfAbsent(style, i -> {
            if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            String format = s.getDataFormatString();
            return format != null && DateUtil.isADateFormat(s.getDataFormat(), format);
        });
    }

    /** Streams the sheet named {@code name} (the first sheet when null) into {@code sink}. */
    void parse(String name, RowSink sink) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                if (name != null && !it.getSheetName().equals(name)) {
                    continue;
                }
                SheetHandler handler = new SheetHandler(sink);
                parseXml(sheet, handler);
                handler.hyperlinks(it.getSheetPart(), sink);
                return;
            }
        }
    }

    private static void parseXml(InputStream in, DefaultHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private boolean readDate1904() throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            parseXml(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("workbookPr")) {
                        String v = a.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
        }
        return found[0];
    }

    /** The shared strings, read once when a sheet first needs one; bounded per string and in all. */
    private String shared(int index, int row, int column) {
        if (shared == null) {
            try {
                shared = readShared();
            } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
                throw new IllegalStateException("shared strings unreadable", e);
            }
        }
        if (index < 0 || index >= shared.size()) {
            throw new IllegalStateException("bad shared string index " + index);
        }
        String s = shared.get(index);
        if (s == TOO_LONG) {
            throw tooLong(row, column);
        }
        return s;
    }

    private List<String> readShared() throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return strings;
        }
        if (in == null) {
            return strings;
        }
        try (in) {
            parseXml(in, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inText;
                private boolean tooLong;
                private int phonetic;
                private long total;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    switch (local) {
                        case "si" -> {
                            text.setLength(0);
                            tooLong = false;
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = phonetic == 0;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (!inText || tooLong) {
                        return;
                    }
                    if (text.length() + length > maxCellChars * 2L + 64) {
                        // Escapes (_xHHHH_) shrink when decoded; anything longer than this cannot fit.
                        tooLong = true;
                        text.setLength(0);
                        return;
                    }
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    switch (local) {
                        case "t" -> inText = false;
                        case "rPh" -> phonetic--;
                        case "si" -> {
                            String s = tooLong ? TOO_LONG : decode(text.toString());
                            if (s != TOO_LONG && s.length() > maxCellChars) {
                                s = TOO_LONG;
                            }
                            total += s == TOO_LONG ? 0 : s.length();
                            if (total > MAX_SHARED_CHARS) {
                                throw new TableException(0, Tr.tr("table.error.tooMuchText", MAX_SHARED_CHARS));
                            }
                            strings.add(s);
                        }
                        default -> { }
                    }
                }
            });
        }
        return strings;
    }

    private TableException tooLong(int row, int column) {
        return new TableException(row, Tr.tr("table.error.cellTooLong", row, column + 1, maxCellChars));
    }

    /** OOXML writes a character it cannot put in XML as _xHHHH_; Excel and POI read it back so. */
    static String decode(String s) {
        if (!s.contains("_x")) {
            return s;
        }
        Matcher m = OOXML_ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public void close() {
        // Opened for reading: nothing to save, and revert never writes.
        pkg.revert();
    }

    /** SAX over one sheet: collects each row's cells, bounded, and hands the row on. */
    private final class SheetHandler extends DefaultHandler {
        private final RowSink sink;
        private final Map<String, String> links = new LinkedHashMap<>();
        private int rowNumber;
        private List<Cell> cells;
        private int column;
        private String type;
        private int style;
        private boolean hasValue;
        private boolean hasFormula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private StringBuilder collecting;
        private int phonetic;

        SheetHandler(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r != null ? number(r) : rowNumber + 1;
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    if (column < 0) {
                        throw new IllegalStateException("bad cell reference " + ref);
                    }
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s != null ? number(s) : -1;
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                }
                case "v" -> {
                    hasValue = true;
                    collecting = value;
                }
                case "f" -> {
                    hasFormula = true;
                    collecting = formula;
                }
                case "rPh" -> phonetic++;
                case "t" -> {
                    if (phonetic == 0) {
                        hasValue = true;
                        collecting = inline;
                    }
                }
                case "hyperlink" -> {
                    String id = a.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                    String ref = a.getValue("ref");
                    if (id != null && ref != null && links.size() < MAX_HYPERLINKS) {
                        links.put(ref, id);
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting == null) {
                return;
            }
            if (collecting.length() + length > maxCellChars * 2L + 64) {
                throw tooLong(rowNumber, column);
            }
            collecting.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "f", "t" -> collecting = null;
                case "rPh" -> phonetic--;
                case "c" -> endCell();
                case "row" -> {
                    if (cells != null && !cells.isEmpty()) {
                        sink.row(rowNumber, cells);
                    }
                    cells = null;
                }
                default -> { }
            }
        }

        private void endCell() {
            if (cells == null || (!hasValue && !hasFormula)) {
                return;
            }
            String t = type == null ? "n" : type;
            String text = switch (t) {
                case "s" -> hasValue ? shared(number(value.toString().trim()), rowNumber, column) : "";
                case "inlineStr" -> decode(inline.toString());
                default -> value.toString();
            };
            if (text.length() > maxCellChars || formula.length() > maxCellChars) {
                throw tooLong(rowNumber, column);
            }
            // A later cell of the same column in one row replaces nothing: the first one counts.
            if (!cells.isEmpty() && cells.get(cells.size() - 1).column() >= column) {
                return;
            }
            cells.add(new Cell(column, t, style, text, hasFormula ? formula.toString() : null, hasValue));
        }

        void hyperlinks(PackagePart part, RowSink sink) {
            links.forEach((ref, id) -> {
                try {
                    PackageRelationship rel = part.getRelationship(id);
                    if (rel != null) {
                        sink.hyperlink(ref, rel.getTargetURI().toString());
                    }
                } catch (RuntimeException e) {
                    // A hyperlink with a broken target is only a missing link.
                }
            });
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a number: " + (s.length() > 20 ? s.substring(0, 20) : s), e);
        }
    }
}
