package ru.officialpages.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet's XML, written straight into its zip entry as rows come: nothing of a row is kept
 * once the next one starts. What SpreadsheetML wants before the rows (page fit, frozen pane,
 * column widths) is set first; what it wants after them (filter, merged cells, links, print setup)
 * is collected, a few entries at most apart from the links, and written at the end in the order
 * the schema demands — Excel refuses a sheet whose elements are out of order.
 */
final class SheetXml {
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_LEAP_BUG = LocalDate.of(1900, 3, 1);
    private static final double SECONDS_PER_DAY = 86_400;

    /** A chart placed over cells: from the top-left corner of one cell to that of another. */
    record Chart(int fromCol, int fromRow, int toCol, int toRow, String xml) {
    }

    /** A range of cells, 0-based and inclusive. */
    record Range(int firstRow, int firstCol, int lastRow, int lastCol) {
        String ref() {
            return cell(firstRow, firstCol) + ":" + cell(lastRow, lastCol);
        }

        String absolute() {
            return "$" + column(firstCol) + "$" + (firstRow + 1) + ":$" + column(lastCol) + "$" + (lastRow + 1);
        }
    }

    private final Writer out;
    final int index;
    final String name;

    private boolean fitToPage;
    private int frozenRows;
    private final List<Double> widths = new ArrayList<>();
    private boolean landscape;
    private int scale;
    private boolean acrossThenDown;
    private double[] margins = {0.7, 0.7, 0.75, 0.75, 0.3, 0.3};
    private String pageHeader;
    private String pageFooter;

    private Range autoFilter;
    private final List<Range> merged = new ArrayList<>();
    private final List<String> linkCells = new ArrayList<>();
    final List<String> linkAddresses = new ArrayList<>();
    final List<Chart> charts = new ArrayList<>();
    Range printArea;
    Range printTitleRows;
    boolean repeatFirstColumn;

    private boolean started;
    private int row = -1;
    private String rowNumber;

    SheetXml(Writer out, int index, String name) {
        this.out = out;
        this.index = index;
        this.name = name;
    }

    // ---- before the rows

    /** One page wide, as many pages long as needed (fitToHeight 0 means automatic). */
    void fitToPageWidth(boolean fit) {
        this.fitToPage = fit;
    }

    void freezeRows(int rows) {
        this.frozenRows = rows;
    }

    /** The next column's width in the units of the file: characters of the default font. */
    void columnWidth(double characters) {
        widths.add(characters);
    }

    void landscape(boolean landscape) {
        this.landscape = landscape;
    }

    /** A fixed print scale in per cent, instead of fitting to the page. */
    void scale(int percent) {
        this.scale = percent;
    }

    /** Pages printed across, then down: a sheet two pages wide. */
    void acrossThenDown() {
        this.acrossThenDown = true;
    }

    /** Inches: left, right, top, bottom, header, footer. */
    void margins(double left, double right, double top, double bottom, double header, double footer) {
        this.margins = new double[] {left, right, top, bottom, header, footer};
    }

    /** The page header's text with its codes (e.g. «&C» for centred); {@code null} for none. */
    void pageHeader(String codes) {
        this.pageHeader = codes;
    }

    void pageFooter(String codes) {
        this.pageFooter = codes;
    }

    // ---- rows

    /** Starts row {@code r} (0-based, ascending); {@code heightPoints} 0 keeps the default height. */
    void row(int r, double heightPoints) {
        try {
            if (!started) {
                start();
            }
            if (row >= 0) {
                out.write("</row>");
            }
            row = r;
            rowNumber = Integer.toString(r + 1);
            out.write("\n<row r=\"");
            out.write(rowNumber);
            if (heightPoints > 0) {
                out.write("\" ht=\"");
                out.write(number(heightPoints));
                out.write("\" customHeight=\"1");
            }
            out.write("\">");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(int c, String text, int style) {
        try {
            open(c, style, "inlineStr");
            out.write(XmlText.needsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            XmlText.write(out, text);
            out.write("</t></is></c>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void number(int c, double value, int style) {
        try {
            open(c, style, null);
            out.write("<v>");
            out.write(number(value));
            out.write("</v></c>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A formula and the value it gives now, for viewers that do not calculate. */
    void formula(int c, String formula, double cached, int style) {
        try {
            open(c, style, null);
            out.write("<f>");
            XmlText.write(out, formula);
            out.write("</f><v>");
            out.write(number(cached));
            out.write("</v></c>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void blank(int c, int style) {
        try {
            out.write("<c r=\"");
            out.write(column(c));
            out.write(rowNumber);
            out.write("\" s=\"");
            out.write(Integer.toString(style));
            out.write("\"/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(int c, int style, String type) throws IOException {
        out.write("<c r=\"");
        out.write(column(c));
        out.write(rowNumber);
        out.write("\" s=\"");
        out.write(Integer.toString(style));
        if (type != null) {
            out.write("\" t=\"");
            out.write(type);
        }
        out.write("\">");
    }

    /** Makes the cell at ({@code r}, {@code c}) open {@code address}. */
    void link(int r, int c, String address) {
        linkCells.add(cell(r, c));
        linkAddresses.add(address);
    }

    void merge(int r, int firstCol, int lastCol) {
        merged.add(new Range(r, firstCol, r, lastCol));
    }

    // ---- after the rows

    void autoFilter(Range range) {
        this.autoFilter = range;
    }

    Range filterRange() {
        return autoFilter;
    }

    void chart(Chart chart) {
        charts.add(chart);
    }

    /** Ends the sheet's XML; the entry stays open for the caller to close. */
    void end() throws IOException {
        if (!started) {
            start();
        }
        if (row >= 0) {
            out.write("</row>");
        }
        out.write("\n</sheetData>");
        if (autoFilter != null) {
            out.write("<autoFilter ref=\"" + autoFilter.ref() + "\"/>");
        }
        if (!merged.isEmpty()) {
            out.write("<mergeCells count=\"" + merged.size() + "\">");
            for (Range m : merged) {
                out.write("<mergeCell ref=\"" + m.ref() + "\"/>");
            }
            out.write("</mergeCells>");
        }
        if (!linkCells.isEmpty()) {
            out.write("<hyperlinks>");
            for (int i = 0; i < linkCells.size(); i++) {
                out.write("<hyperlink ref=\"" + linkCells.get(i) + "\" r:id=\"rId" + (i + 1) + "\"/>");
            }
            out.write("</hyperlinks>");
        }
        out.write("<pageMargins left=\"" + margins[0] + "\" right=\"" + margins[1] + "\" top=\"" + margins[2] + "\" bottom=\""
                + margins[3] + "\" header=\"" + margins[4] + "\" footer=\"" + margins[5] + "\"/>");
        out.write("<pageSetup paperSize=\"9\"");
        if (scale > 0) {
            out.write(" scale=\"" + scale + "\"");
        }
        if (fitToPage) {
            out.write(" fitToWidth=\"1\" fitToHeight=\"0\"");
        }
        if (acrossThenDown) {
            out.write(" pageOrder=\"overThenDown\"");
        }
        out.write(landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>");
        if (pageHeader != null || pageFooter != null) {
            out.write("<headerFooter>");
            if (pageHeader != null) {
                out.write("<oddHeader>");
                XmlText.write(out, pageHeader);
                out.write("</oddHeader>");
            }
            if (pageFooter != null) {
                out.write("<oddFooter>");
                XmlText.write(out, pageFooter);
                out.write("</oddFooter>");
            }
            out.write("</headerFooter>");
        }
        if (!charts.isEmpty()) {
            out.write("<drawing r:id=\"rId" + (linkCells.size() + 1) + "\"/>");
        }
        out.write("</worksheet>");
    }

    private void start() throws IOException {
        started = true;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        out.write("<sheetPr><pageSetUpPr fitToPage=\"" + (fitToPage ? 1 : 0) + "\"/></sheetPr>");
        out.write("<sheetViews><sheetView workbookViewId=\"0\"" + (index == 0 ? " tabSelected=\"1\"" : "") + ">");
        if (frozenRows > 0) {
            out.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"" + cell(frozenRows, 0)
                    + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        out.write("</sheetView></sheetViews>");
        out.write("<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!widths.isEmpty()) {
            out.write("<cols>");
            for (int c = 0; c < widths.size(); c++) {
                out.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + number(widths.get(c))
                        + "\" customWidth=\"1\"/>");
            }
            out.write("</cols>");
        }
        out.write("<sheetData>");
    }

    /** The sheet's relationships part: its links, then its drawing; {@code null} if it has none. */
    String relationships(int drawing) {
        if (linkCells.isEmpty() && charts.isEmpty()) {
            return null;
        }
        StringBuilder x = new StringBuilder(WorkbookPackage.RELATIONSHIPS_START);
        for (int i = 0; i < linkAddresses.size(); i++) {
            x.append("<Relationship Id=\"rId").append(i + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"")
                    .append(XmlText.of(linkAddresses.get(i))).append("\" TargetMode=\"External\"/>");
        }
        if (!charts.isEmpty()) {
            x.append("<Relationship Id=\"rId").append(linkAddresses.size() + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\"")
                    .append(" Target=\"../drawings/drawing").append(drawing).append(".xml\"/>");
        }
        return x.append("</Relationships>").toString();
    }

    // ---- values and references

    /** Excel's day number of a date (1900 date system, with its phantom 29.02.1900 kept). */
    static double serial(LocalDate date) {
        long days = ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
        return date.isBefore(EXCEL_LEAP_BUG) ? days - 1 : days;
    }

    static double serial(LocalDateTime at) {
        double fraction = (at.toLocalTime().toNanoOfDay() / 1_000_000L) / 1000.0 / SECONDS_PER_DAY;
        return serial(at.toLocalDate()) + fraction;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static final String[] FIRST_COLUMNS = new String[702];

    static {
        for (int c = 0; c < FIRST_COLUMNS.length; c++) {
            FIRST_COLUMNS[c] = letters(c);
        }
    }

    /** A column's letters: 0 is A, 26 is AA. */
    static String column(int c) {
        return c < FIRST_COLUMNS.length ? FIRST_COLUMNS[c] : letters(c);
    }

    private static String letters(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    static String cell(int r, int c) {
        return column(c) + (r + 1);
    }
}
