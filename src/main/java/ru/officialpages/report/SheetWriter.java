package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/** Writes one {@link SheetSpec} into the workbook, row by row, straight into the file. */
final class SheetWriter<R> {
    static final int PROGRESS_EVERY = 1_000;
    private static final int MAX_ROWS = SheetXml.MAX_ROWS;
    /** Excel rejects a page header or footer longer than 255 characters, codes included. */
    private static final int MAX_PAGE_HEADER_TITLE = 200;
    private static final int MAX_PAGE_HEADER = 255;
    private static final DateTimeFormatter DATE_TEXT = ru.officialpages.i18n.RuFormat.DATE;
    private static final DateTimeFormatter DATE_TIME_TEXT = ru.officialpages.i18n.RuFormat.DATE_TIME;
    private static final int FIRST_EXCEL_YEAR = 1900;
    private static final int LAST_EXCEL_YEAR = 9999;

    private final WorkbookPackage book;
    private final CellStyles styles;
    private final SheetSpec<R> spec;
    private final List<Column<? super R>> columns;
    private final int maxLinks;
    private final WriteProgress progress;
    private int links;

    SheetWriter(WorkbookPackage book, CellStyles styles, SheetSpec<R> spec, int maxLinks, WriteProgress progress) {
        this.book = book;
        this.styles = styles;
        this.spec = spec;
        this.columns = spec.columns();
        this.maxLinks = maxLinks;
        this.progress = progress;
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("sheet «" + spec.name() + "» has no columns");
        }
        if (columns.size() > SheetXml.MAX_COLUMNS) {
            throw new IllegalArgumentException("sheet «" + spec.name() + "» has too many columns");
        }
        int n = columns.size();
        texts = new String[n];
        numbers = new double[n];
        kinds = new Kind[n];
        cellStyles = new int[n];
        addresses = new String[n];
    }

    /** What a cell of the row being written holds; the row is set out first, as its height precedes its cells. */
    private enum Kind { BLANK, TEXT, NUMBER }

    private final String[] texts;
    private final double[] numbers;
    private final Kind[] kinds;
    private final int[] cellStyles;
    private final String[] addresses;

    private String sheetName;
    /** The columns' widths as written: narrowed when the sheet would print below 8 pt (see {@link #printWidths}). */
    private int[] widths;
    /** The first row below the title block: where the print area starts when the title prints in the page header. */
    private int bodyStart;

    /**
     * Column width units (characters of the default 11 pt font, each column's cell margin
     * included) that fit across A4 at 8 pt, a 73 % print scale, with the margins we set: measured
     * with LibreOffice and Carlito, Calibri's metric twin.
     */
    static final int LANDSCAPE_CHARS = 186;
    /** The print scale at which the 11 pt text prints at 8 pt. */
    static final int MIN_SCALE = 74;
    static final int PORTRAIT_CHARS = 129;

    /**
     * The widths to write. Fitting a sheet to the page width shrinks the print; past these widths
     * it would print below 8 pt (the internal registry printed at 4–5 pt), so the columns are
     * narrowed towards a floor (a date's ten characters, a usual address, the longest word of the
     * header, so no header breaks inside a word) and their text wraps instead.
     */
    static int[] printWidths(List<? extends Column<?>> columns, PageOrientation orientation) {
        return printWidths(columns, orientation, new int[columns.size()]);
    }

    /**
     * As {@link #printWidths(List, PageOrientation)}, with {@code longestWords}: per column, the
     * longest word of its first rows in characters (an address whole, as spreadsheets do not
     * break it). A narrowed column keeps room for it, so «Администрации» wraps whole instead of
     * as «Администрац/ия». When even those floors do not fit across the page at 8 pt, the
     * columns keep their asked widths and the sheet prints two pages wide (see printSetup).
     */
    static int[] printWidths(List<? extends Column<?>> columns, PageOrientation orientation, int[] longestWords) {
        int n = columns.size();
        int[] w = new int[n];
        int[] floor = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            int longest = longestWord(columns.get(c).header(), 1);
            // Room for a network's name or a date even when the text columns are narrowed; an address
            // has no spaces to wrap at, so it keeps room for a usual one.
            int least = switch (columns.get(c).type()) {
                case HYPERLINK -> 22;
                case TEXT, AS_GIVEN -> 12;
                case WRAPPED_TEXT -> 12;
                case DATE -> 11;
                case DATE_TIME -> 16;
                default -> 6;
            };
            int headerFloor = Math.min(Column.MAX_WIDTH, Math.max(Math.min(least, columns.get(c).width()), longest + 1));
            w[c] = Math.max(columns.get(c).width(), headerFloor);
            // The data's words only hold a column back from narrowing; they never widen it.
            floor[c] = Math.min(w[c], Math.max(headerFloor, Math.min(WORD_CAP, longestWords[c] + 1)));
            total += w[c];
        }
        // Each column also has a cell margin of about 0.72 of a character (the 184 of setColumnWidth).
        int cap = (orientation == PageOrientation.LANDSCAPE ? LANDSCAPE_CHARS : PORTRAIT_CHARS) - (int) Math.ceil(n * 0.72);
        if (java.util.Arrays.stream(floor).sum() > cap) {
            // Narrowing would break words: the sheet prints two (or more) pages wide instead, at 8 pt.
            return w;
        }
        for (int round = 0; round < 4 && total > cap; round++) {
            int shrinkable = 0;
            for (int c = 0; c < n; c++) {
                if (w[c] > floor[c]) {
                    shrinkable += w[c] - floor[c];
                }
            }
            if (shrinkable == 0) {
                break;
            }
            double cut = Math.min(1.0, (double) (total - cap) / shrinkable);
            total = 0;
            for (int c = 0; c < n; c++) {
                if (w[c] > floor[c]) {
                    w[c] -= (int) Math.ceil((w[c] - floor[c]) * cut);
                    w[c] = Math.max(w[c], floor[c]);
                }
                total += w[c];
            }
        }
        return w;
    }

    /** A word longer than this (a very long e-mail or address) may break: a column is not wider than this. */
    private static final int WORD_CAP = 40;
    /** How many first rows are read for their longest words before the widths are set. */
    static final int SAMPLED_ROWS = 500;

    /**
     * The longest word of {@code text} in characters. An address's letters (w, m, _) are wider
     * than the digit a width unit is measured by, so a word with a slash or @ counts a little more.
     */
    static int longestWord(String text) {
        return longestWord(text, 1.15);
    }

    /** The longest word in characters, a word with a slash or @ counted {@code addressFactor} times. */
    private static int longestWord(String text, double addressFactor) {
        // Words as split("\\s+") cuts them, walked in place: the regular expression was compiled
        // for every cell of the first rows, a sixth of a weekly workbook's time (issue 20 item 5).
        int max = 0;
        int start = 0;
        boolean address = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (PdfGlyphs.isSpace(c)) {
                int length = i - start;
                max = Math.max(max, address ? (int) Math.ceil(length * addressFactor) : length);
                start = i + 1;
                address = false;
            } else if (c == '/' || c == '@') {
                address = true;
            }
        }
        return max;
    }

    private static boolean textual(ColumnType type) {
        return type == ColumnType.TEXT || type == ColumnType.WRAPPED_TEXT || type == ColumnType.HYPERLINK
                || type == ColumnType.AS_GIVEN;
    }

    void write() throws IOException {
        SheetXml sheet = book.sheet(CellText.clean(spec.name().isBlank() ? tr("xlsx.sheet.default") : spec.name())
                .replaceAll("\\s", " "));
        sheetName = sheet.name;
        int lastCol = columns.size() - 1;
        try (Stream<? extends R> rows = spec.rows()) {
            Iterator<? extends R> all = rows.iterator();
            // The first rows are read ahead for their longest words, then written with the rest.
            List<R> head = new java.util.ArrayList<>();
            while (head.size() < SAMPLED_ROWS && all.hasNext()) {
                head.add(all.next());
            }
            int[] words = new int[columns.size()];
            for (R item : head) {
                for (int c = 0; c <= lastCol; c++) {
                    if (textual(columns.get(c).type())) {
                        Object v = columns.get(c).value().apply(item);
                        String text = v instanceof Link l ? l.text() : v instanceof CharSequence cs ? cs.toString() : null;
                        if (text != null) {
                            words[c] = Math.max(words[c], longestWord(text));
                        }
                    }
                }
            }
            widths = printWidths(columns, spec.orientation(), words);
            write(sheet, lastCol, java.util.stream.Stream.concat(head.stream(),
                    java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(all, 0), false)).iterator());
        }
        book.endSheet(sheet);
    }

    private void write(SheetXml sheet, int lastCol, Iterator<? extends R> it) {
        int totalWidth = 0;
        for (int c = 0; c <= lastCol; c++) {
            int width = widths[c];
            totalWidth += width;
            // A unit is one character of the default font; the margin (184/256) keeps text off the border.
            sheet.columnWidth(Math.min(255 * 256, width * 256 + 184) / 256.0);
        }
        bodyStart = 1 + spec.subtitles().size() + 1;
        boolean empty = spec.emptyLine() != null && !it.hasNext();
        // Every sheet a spreadsheet (shared/tools/xlsx-check): the title stays in view, the line filterable.
        sheet.freezeRows(empty ? 1 : bodyStart + 1);
        boolean twoWide = pageSetup(sheet);

        int r = 0;
        blockLine(sheet, r++, spec.title(), styles.title, CellStyles.TITLE_POINTS, true, lastCol, totalWidth);
        for (String line : spec.subtitles()) {
            blockLine(sheet, r++, line, styles.subtitle, CellStyles.BODY_POINTS, false, lastCol, totalWidth);
        }
        r++; // a blank line sets the table apart from the title block
        int lastRow;
        if (empty) {
            lastRow = writeEmpty(sheet, r, lastCol, totalWidth);
        } else {
            lastRow = writeTable(sheet, r, it, lastCol, totalWidth);
        }
        printRanges(sheet, twoWide, lastCol, lastRow);
    }

    /** The one line that stands for an empty table, then the footers; returns the last row. */
    private int writeEmpty(SheetXml sheet, int r, int lastCol, int totalWidth) {
        int emptyRow = r;
        blockLine(sheet, r++, spec.emptyLine(), styles.subtitle, CellStyles.BODY_POINTS, false, lastCol, totalWidth);
        sheet.autoFilter(new SheetXml.Range(emptyRow, 0, emptyRow, 0));
        r = footers(sheet, r, lastCol, totalWidth);
        progress.rowsWritten(sheetName, 0);
        return r - 1;
    }

    private int footers(SheetXml sheet, int r, int lastCol, int totalWidth) {
        if (!spec.footers().isEmpty()) {
            r++;
            for (String line : spec.footers()) {
                blockLine(sheet, r++, line, styles.footer, CellStyles.BODY_POINTS, false, lastCol, totalWidth);
            }
        }
        return r;
    }

    /** The header, the rows, the totals and the footers; returns the last row. */
    private int writeTable(SheetXml sheet, int r, Iterator<? extends R> it, int lastCol, int totalWidth) {
        String name = sheetName;
        int headerRow = r++;
        int headerLines = 1;
        for (int c = 0; c <= lastCol; c++) {
            headerLines = Math.max(headerLines, lines(columns.get(c).header(), widths[c], 1.1));
        }
        sheet.row(headerRow, height(headerLines));
        for (int c = 0; c <= lastCol; c++) {
            sheet.text(c, CellText.forCell(columns.get(c).header()), styles.header);
        }

        int rowsAfterData = (spec.hasTotals() ? 1 : 0) + (spec.footers().isEmpty() ? 0 : 1 + spec.footers().size());
        double[] sums = new double[columns.size()];
        long count = 0;
        while (it.hasNext()) {
            if (r + rowsAfterData >= MAX_ROWS) {
                throw new SpreadsheetWriteException(tr("xlsx.error.tooManyRows", name, MAX_ROWS));
            }
            R item = it.next();
            int rowLines = 1;
            for (int c = 0; c <= lastCol; c++) {
                Column<? super R> column = columns.get(c);
                sums[c] += put(c, column, item);
                if (kinds[c] == Kind.TEXT && textual(column.type())) {
                    String text = texts[c];
                    double length = column.type() == ColumnType.HYPERLINK ? text.length() * 1.15 : text.length();
                    if (column.type() == ColumnType.WRAPPED_TEXT || length > widths[c] - 1 || text.indexOf('\n') >= 0) {
                        // Text longer than its column wraps in the cell rather than being cut at the border.
                        if (!styles.wraps(cellStyles[c])) {
                            cellStyles[c] = addresses[c] != null ? styles.wrappedLink : styles.data(ColumnType.WRAPPED_TEXT);
                        }
                        rowLines = Math.max(rowLines, lines(text, widths[c], 1.0));
                    }
                }
            }
            sheet.row(r, height(rowLines));
            for (int c = 0; c <= lastCol; c++) {
                switch (kinds[c]) {
                    case TEXT -> sheet.text(c, texts[c], cellStyles[c]);
                    case NUMBER -> sheet.number(c, numbers[c], cellStyles[c]);
                    case BLANK -> sheet.blank(c, cellStyles[c]);
                }
                if (addresses[c] != null) {
                    sheet.link(r, c, addresses[c]);
                }
            }
            r++;
            count++;
            if (count % PROGRESS_EVERY == 0) {
                progress.rowsWritten(name, count);
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("writing sheet " + name + " cancelled");
                }
            }
        }
        progress.rowsWritten(name, count);
        int firstData = headerRow + 1;
        int lastData = r - 1;

        if (spec.hasTotals()) {
            writeTotals(sheet, r++, firstData, lastData, sums);
        }
        r = footers(sheet, r, lastCol, totalWidth);
        // The totals row stays out of the filter so sorting never moves it among the data.
        sheet.autoFilter(new SheetXml.Range(headerRow, 0, lastData, lastCol));
        sheet.printTitleRows = new SheetXml.Range(headerRow, 0, headerRow, lastCol);
        return r - 1;
    }

    /**
     * A4 in the spec's orientation, one page wide where the columns fit at 8 pt; returns whether
     * the sheet prints two pages wide instead. Set before the rows, as the file wants it there.
     */
    private boolean pageSetup(SheetXml sheet) {
        sheet.landscape(spec.orientation() == PageOrientation.LANDSCAPE);
        double units = 0;
        double asked = 0;
        for (int c = 0; c < widths.length; c++) {
            units += widths[c] + 0.72;
            asked += columns.get(c).width() + 0.72;
        }
        int cap = spec.orientation() == PageOrientation.LANDSCAPE ? LANDSCAPE_CHARS : PORTRAIT_CHARS;
        boolean twoWide = asked > cap && units > cap;
        if (asked > cap) {
            // A sheet narrowed to the page at 8 pt: a fixed scale, since fitting to the width lets a
            // spreadsheet shrink further for its own reasons (LibreOffice printed such a sheet at 7.6 pt).
            // One whose words do not fit across one page prints two pages wide at 8 pt, pages side by
            // side (across, then down), its first column repeated so each row is found on the second.
            sheet.fitToPageWidth(false);
            sheet.scale(MIN_SCALE);
            if (units > cap) {
                sheet.acrossThenDown();
                sheet.repeatFirstColumn = true;
            }
        } else {
            sheet.fitToPageWidth(true);
        }
        sheet.margins(0.25, 0.25, 0.75, 0.75, 0.3, 0.3);
        if (twoWide) {
            // Two pages wide, the merged title lines would print cut at the first page's edge and
            // again, cut to the repeated first column, on the second. So the title block prints
            // in the page header, whole and alike on every page, and the print area starts below it;
            // on screen the title stays in the first rows as on every sheet.
            sheet.pageHeader("&C" + pageHeaderBlock(spec.title(), spec.subtitles()));
        } else {
            sheet.pageHeader("&C" + pageHeaderText(spec.title()));
        }
        sheet.pageFooter("&R" + tr("xlsx.page.footer"));
        return twoWide;
    }

    private void printRanges(SheetXml sheet, boolean twoWide, int lastCol, int lastRow) {
        int first = twoWide ? Math.min(bodyStart, lastRow) : 0;
        sheet.printArea = new SheetXml.Range(first, 0, lastRow, lastCol);
    }

    private void writeTotals(SheetXml sheet, int r, int firstData, int lastData, double[] sums) {
        sheet.row(r, 0);
        for (int c = 0; c < columns.size(); c++) {
            ColumnType type = columns.get(c).type();
            int style = styles.totals(type);
            if (type.summable() && !spec.withoutTotal().contains(columns.get(c).header())) {
                // Cached result: viewers that do not calculate (previews, phones) still show the sum.
                if (lastData >= firstData) {
                    String col = SheetXml.column(c);
                    sheet.formula(c, "SUM(" + col + (firstData + 1) + ":" + col + (lastData + 1) + ")", sums[c], style);
                } else {
                    sheet.number(c, sums[c], style);
                }
            } else if (c == 0) {
                sheet.text(c, CellText.forCell(tr("xlsx.totals")), style);
            } else {
                sheet.blank(c, style);
            }
        }
    }

    /**
     * Lines a wrapped text takes in a column {@code width} characters wide. Neither Excel nor
     * LibreOffice fits a row to wrapped text written by a streaming writer, so the row would show
     * one line and hide the rest; we estimate, a little generously, instead.
     */
    static int lines(String text, int width, double boldFactor) {
        double perLine = Math.max(1.0, (width - 1) / boldFactor);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            // Word by word, as the spreadsheet wraps: a word that does not fit starts a new line.
            int count = 1;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double len = word.length();
                if (used > 0 && used + 1 + len > perLine) {
                    count++;
                    used = 0;
                }
                if (len > perLine) {
                    count += (int) Math.ceil(len / perLine) - 1;
                    used = len % perLine;
                } else {
                    used += (used > 0 ? 1 : 0) + len;
                }
            }
            lines += count;
        }
        return Math.min(lines, 20);
    }

    /** A row's height for {@code lines} lines of body text; 0 (the default height) for one. */
    static double height(int lines) {
        return lines > 1 ? Math.min(409, lines * CellStyles.BODY_POINTS * 1.3 + 3) : 0;
    }

    /** Sets out column {@code c}'s cell of the row and returns what it adds to the column's total. */
    private double put(int c, Column<? super R> column, R item) {
        Object v = column.value().apply(item);
        ColumnType type = column.type() == ColumnType.AS_GIVEN ? ColumnType.of(v) : column.type();
        cellStyles[c] = styles.data(type);
        kinds[c] = Kind.BLANK;
        addresses[c] = null;
        if (v == null) {
            return 0;
        }
        switch (type) {
            case TEXT, WRAPPED_TEXT -> text(c, CellText.forCell(expect(column, v, CharSequence.class).toString()));
            case INTEGER, DECIMAL -> {
                double d = expect(column, v, Number.class).doubleValue();
                if (Double.isFinite(d)) {
                    number(c, d);
                    return d;
                }
                // Excel has no infinity or NaN; an empty cell is honest, an error cell alarms the head.
            }
            case DATE -> {
                LocalDate d = expect(column, v, LocalDate.class);
                if (excelYear(d.getYear())) {
                    number(c, SheetXml.serial(d));
                } else {
                    fallback(c, DATE_TEXT.format(d));
                }
            }
            case DATE_TIME -> {
                LocalDateTime t = expect(column, v, LocalDateTime.class);
                if (excelYear(t.getYear())) {
                    number(c, SheetXml.serial(t));
                } else {
                    fallback(c, DATE_TIME_TEXT.format(t));
                }
            }
            case BOOLEAN_YES_NO -> text(c, tr(expect(column, v, Boolean.class) ? "xlsx.yes" : "xlsx.no"));
            case HYPERLINK -> link(c, v instanceof Link l ? l : Link.to(expect(column, v, String.class)));
            case AS_GIVEN -> throw new IllegalStateException("resolved above");
        }
        return 0;
    }

    private void text(int c, String s) {
        kinds[c] = Kind.TEXT;
        texts[c] = s;
    }

    private void number(int c, double d) {
        kinds[c] = Kind.NUMBER;
        numbers[c] = d;
    }

    private void link(int c, Link link) {
        Optional<String> address = WebAddress.linkable(link.address());
        text(c, CellText.forCell(link.text()));
        if (address.isEmpty() || links >= maxLinks) {
            // Not a web address (or past the limit of links per sheet): keep the text, make nothing clickable.
            cellStyles[c] = styles.data(ColumnType.TEXT);
            return;
        }
        addresses[c] = address.get();
        links++;
    }

    private void fallback(int c, String text) {
        // Excel has no dates before 1900 or after 9999; showing the typed value beats losing it.
        cellStyles[c] = styles.fallbackText;
        text(c, text);
    }

    private static boolean excelYear(int year) {
        return year >= FIRST_EXCEL_YEAR && year <= LAST_EXCEL_YEAR;
    }

    private <T> T expect(Column<?> column, Object v, Class<T> type) {
        if (!type.isInstance(v)) {
            throw new IllegalStateException("column «" + column.header() + "» of sheet «" + spec.name()
                    + "» is " + column.type() + " but got " + v.getClass().getName());
        }
        return type.cast(v);
    }

    /**
     * A line of the title block or the footer, merged across the table so a long one wraps
     * within the printed width. Spreadsheets do not fit the height of merged cells, so we estimate it.
     */
    static void blockLine(SheetXml sheet, int index, String s, int style, short points, boolean bold, int lastCol,
            int totalWidth) {
        String clean = CellText.clean(s);
        double charsPerLine = totalWidth * CellStyles.BODY_POINTS / (points * (bold ? 1.1 : 1.0));
        int lines = 0;
        for (String paragraph : clean.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / Math.max(1.0, charsPerLine)));
        }
        sheet.row(index, Math.min(409, lines * points * 1.3 + 2));
        sheet.text(0, CellText.forCell(s), style);
        if (lastCol > 0) {
            sheet.merge(index, 0, lastCol);
        }
    }

    /** The title in bold, then each subtitle on a line of its own, as a page header's text. */
    static String pageHeaderBlock(String title, List<String> subtitles) {
        StringBuilder out = new StringBuilder("&B").append(pageHeaderText(title)).append("&B");
        for (String line : subtitles) {
            String text = pageHeaderText(line);
            // Excel refuses a header over 255 characters; a subtitle that does not fit stays on screen only.
            if (out.length() + 1 + text.length() > MAX_PAGE_HEADER) {
                break;
            }
            out.append('\n').append(text);
        }
        return out.toString();
    }

    static String pageHeaderText(String title) {
        String oneLine = CellText.clean(title).replace('\n', ' ').replace('\t', ' ');
        // "&" starts a control code in page headers ("&P", "&14"); a literal one is doubled.
        String escaped = oneLine.replace("&", "&&");
        if (escaped.length() <= MAX_PAGE_HEADER_TITLE) {
            return escaped;
        }
        StringBuilder out = new StringBuilder();
        int room = MAX_PAGE_HEADER_TITLE - CellText.CUT_MARK.length();
        for (int i = 0; i < oneLine.length(); ) {
            int cp = oneLine.codePointAt(i);
            String piece = cp == '&' ? "&&" : Character.toString(cp);
            if (out.length() + piece.length() > room) {
                break;
            }
            out.append(piece);
            i += Character.charCount(cp);
        }
        return out.append(CellText.CUT_MARK).toString();
    }
}
