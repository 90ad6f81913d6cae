package ru.officialpages.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.officialpages.formats.TextEncoding;
import ru.officialpages.i18n.Tr;

/**
 * CSV as Russian Excel writes it: {@code ;} between fields and Windows-1251 ("CSV (разделители
 * — запятые)"), or UTF-8 with a BOM ("CSV UTF-8"), or {@code ,} from other programs; tabs
 * from "Текст Юникод" (UTF-16 with a BOM); the encoding is guessed by {@link TextEncoding}, and a
 * UTF-8 file with a Windows-1251 line pasted in is refused here.
 */
final class CsvTableReader {
    private static final int MAX_SEPARATORS_PER_LINE = 20_000;

    private CsvTableReader() {
    }

    static Table read(byte[] content, TableLimits limits) {
        String text = decode(content);
        int[] lineStarts = lineStarts(text);
        checkCharacters(text, lineStarts);

        int headerStart = firstNonBlankLine(text);
        if (headerStart < 0) {
            throw new TableException(0, Tr.tr("table.error.empty"));
        }
        char delimiter = delimiter(text, headerStart);
        refuseTooWide(text, delimiter, limits);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> headers = null;
        int headerLine = 0;
        List<Table.Row> rows = new ArrayList<>();
        int lastGoodLine = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    int line = nextNonBlankLine(text, lineStarts, lastGoodLine);
                    throw new TableException(line, Tr.tr("table.error.quote", line), e);
                }
                int line = lineOf(lineStarts, recordStart(text, record.getCharacterPosition()));
                lastGoodLine = (int) parser.getCurrentLineNumber();
                String[] values = record.values();
                for (int i = 0; i < values.length; i++) {
                    if (values[i].length() > limits.maxCellChars()) {
                        throw new TableException(line, Tr.tr("table.error.cellTooLong", line, i + 1,
                                limits.maxCellChars()));
                    }
                }
                if (headers == null) {
                    if (allBlank(values)) {
                        continue;
                    }
                    values = withinColumns(values, line, limits);
                    headers = new ArrayList<>(values.length);
                    for (String v : values) {
                        headers.add(HeaderMap.clean(v));
                    }
                    headerLine = line;
                    continue;
                }
                if (allBlank(values)) {
                    // Excel writes ";;;;" for rows that once held something: not data.
                    continue;
                }
                if (rows.size() == limits.maxRows()) {
                    throw new TableException(line, Tr.tr("table.error.tooManyRows", line, limits.maxRows()));
                }
                values = withinColumns(values, line, limits);
                List<Table.Cell> cells = new ArrayList<>(values.length);
                for (String v : values) {
                    cells.add(Table.Cell.of(v));
                }
                rows.add(new Table.Row(line, cells));
            }
        } catch (IOException e) {
            // Reading from a String: Commons CSV declares IOException but cannot raise it here.
            throw new UncheckedIOException(e);
        }
        if (headers == null) {
            throw new TableException(0, Tr.tr("table.error.empty"));
        }
        return new Table(headerLine, headers, rows);
    }

    /**
     * A line of tens of thousands of separators would become as many fields before any limit could
     * look at them (a 50 MB line of ";" is fifty million strings): such a file is refused first.
     * No table within the limits comes near: that many separators fit only inside quoted texts.
     */
    private static void refuseTooWide(String text, char delimiter, TableLimits limits) {
        int count = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                count = 0;
            } else if (c == delimiter && ++count > MAX_SEPARATORS_PER_LINE) {
                throw new TableException(line, Tr.tr("table.error.tooManyColumns", line, limits.maxColumns()));
            }
        }
    }

    /** Empty fields past the column limit are dropped (Excel writes ";;;;"); a value there is refused. */
    private static String[] withinColumns(String[] values, int line, TableLimits limits) {
        if (values.length <= limits.maxColumns()) {
            return values;
        }
        for (int i = limits.maxColumns(); i < values.length; i++) {
            if (!values[i].isBlank()) {
                throw new TableException(line, Tr.tr("table.error.tooManyColumns", line, limits.maxColumns()));
            }
        }
        return Arrays.copyOf(values, limits.maxColumns());
    }

    static String decode(byte[] b) {
        return TextEncoding.decode(b, CsvTableReader::refuseMixed);
    }

    /**
     * A UTF-8 file with one line pasted from a Windows-1251 one: read whole as Windows-1251, every
     * other line would turn to rubbish and the header would not be found («Строка 1: нет
     * обязательных столбцов»). When more of the file is valid UTF-8 Cyrillic than is not UTF-8, it
     * is UTF-8, and the first line that is not is named (issue 21, failure 9).
     */
    private static void refuseMixed(byte[] b, int offset) {
        int valid = 0;
        int malformed = 0;
        int first = -1;
        for (int i = offset; i < b.length; ) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            boolean ok = n >= 0 && i + n < b.length;
            for (int k = 1; ok && k <= n; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (n == 0) {
                i++;
            } else if (ok) {
                // Only Cyrillic counts as the UTF-8 part of a Russian file: in a 1251 text, letter pairs such
                // as «Вё» (C2 B8) spell valid UTF-8 of signs no Russian text has.
                if (n == 1 && (c == 0xD0 || c == 0xD1)) {
                    valid++;
                }
                i += n + 1;
            } else {
                malformed++;
                if (first < 0) {
                    first = i;
                }
                i++;
            }
        }
        if (first >= 0 && valid > malformed) {
            int line = 1;
            for (int i = offset; i < first; i++) {
                if (b[i] == '\n') {
                    line++;
                }
            }
            throw new TableException(line, Tr.tr("table.error.mixedEncoding", line));
        }
    }

    /**
     * A table has no control characters but tab and line breaks, and no characters the
     * encoding could not map; finding one means the file is not text (a picture, an archive,
     * a document) and reading on would only produce rubbish rows.
     */
    private static void checkCharacters(String text, int[] lineStarts) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD') {
                int line = lineOf(lineStarts, i);
                throw new TableException(line, Tr.tr("table.error.binary", line));
            }
        }
    }

    /** Offsets where lines begin; a line ends at \n, \r\n or a lone \r, as Commons CSV counts. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[1024];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Commons CSV gives a record the position where empty lines before it began: skip those. */
    private static long recordStart(String text, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
            p++;
        }
        return p;
    }

    /** The 1-based line holding character {@code offset}. */
    private static int lineOf(int[] lineStarts, long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int nextNonBlankLine(String text, int[] lineStarts, int afterLine) {
        for (int line = afterLine + 1; line <= lineStarts.length; line++) {
            int from = lineStarts[line - 1];
            int to = line < lineStarts.length ? lineStarts[line] : text.length();
            if (!text.substring(from, to).isBlank()) {
                return line;
            }
        }
        return Math.max(1, afterLine);
    }

    private static int firstNonBlankLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.lastIndexOf('\n', i) + 1;
            }
        }
        return -1;
    }

    /** The delimiter that splits the header line most: {@code ;}, {@code ,} or tab. */
    static char delimiter(String text, int lineStart) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = lineStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        // A tie (one column) goes to ';', the separator of Russian Excel.
        return commas > semicolons ? ',' : ';';
    }

    private static boolean allBlank(String[] values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
