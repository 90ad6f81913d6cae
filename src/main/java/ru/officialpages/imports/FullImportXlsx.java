package ru.officialpages.imports;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.SAXException;
import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;
import ru.officialpages.domain.transfer.StoreException;
import ru.officialpages.domain.transfer.TableLoad;
import ru.officialpages.formats.FullExportNames;

/**
 * Reads a workbook written by {@link FullExportXlsx} and hands its rows to a {@link TableLoad}, sheet
 * by sheet in the order the database needs them. Sheets stream as XML, so 300,000 posts load in
 * little memory. Nothing in the file is trusted: a formula is refused, never evaluated; a value of
 * the wrong kind is refused with the sheet, row and column; a file from a newer program is refused
 * before a row is read. The caller runs this inside the load's transaction, so a refusal at the
 * last row leaves the database as it was.
 */
public final class FullImportXlsx {
    /**
     * One text, in a cell or put together from the spill sheet (README «Пределы файлов»): a post
     * text is far shorter. The export itself spills anything past Excel's 32,767 to its own sheet.
     */
    static final int MAX_TEXT_CHARS = 100_000;
    /** All spilled texts together, in base64 characters, held until their rows load. */
    static final long MAX_SPILL_CHARS = 32L * 1024 * 1024;
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    /** Text the export writes for a stored date it could not show as a date: kept as it is. */
    private static final Pattern ISO_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter RU_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu H:mm");

    private final Path file;
    /** A refusing database's words: storage names its failures, the caller (a desk) says them. */
    private final Function<? super StoreException, String> refusal;
    private LongConsumer progress = rows -> { };

    public FullImportXlsx(Path file, Function<? super StoreException, String> refusal) {
        this.file = file;
        this.refusal = refusal;
    }

    /** Told the number of rows loaded so far, every thousand rows, on the loading thread. */
    public FullImportXlsx progress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** Loads every sheet into {@code load}; returns the number of rows loaded. */
    public long loadInto(TableLoad load) {
        // POI takes a sheet that inflates more than 100-fold for a zip bomb; the user's own export
        // can do that honestly (a long text of one repeated character). Deflate cannot go past
        // about 1:1000, so this bound still stops a real bomb. Imports run one at a time.
        double bombRatio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(Math.min(bombRatio, 0.001));
        try {
            return load(load);
        } finally {
            ZipSecureFile.setMinInflateRatio(bombRatio);
        }
    }

    private long load(TableLoad load) {
        try (XlsxSheets sheets = XlsxSheets.open(file, MAX_TEXT_CHARS)) {
            Workbook wb = new Workbook(sheets);
            int fileSchema = wb.schemaVersion();
            if (fileSchema > load.schemaVersion()) {
                throw new FullImportException(tr("transfer.import.newer", fileSchema, load.schemaVersion()));
            }
            boolean sameSchema = fileSchema == load.schemaVersion();
            Map<String, String> spilled = wb.spilled();
            long[] rows = {0};
            for (DataTable table : load.tables()) {
                String sheet = FullExportNames.sheetName(table);
                if (!wb.has(sheet)) {
                    if (sameSchema) {
                        throw new FullImportException(tr("transfer.import.noSheet", sheet));
                    }
                    continue;
                }
                wb.parse(sheet, new TableHandler(table, sheet, wb, load, sameSchema, rows, progress, spilled));
            }
            return rows[0];
        } catch (FullImportException e) {
            throw e;
        } catch (StoreException e) {
            throw e;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | SAXException
                 | RuntimeException e) {
            throw new FullImportException(tr("transfer.import.damaged", file.getFileName()), e);
        }
    }

    /** The sheets of the file by name, and what every sheet's cells need to be read. */
    private final class Workbook {
        final XlsxSheets sheets;
        final boolean date1904;

        Workbook(XlsxSheets sheets) {
            this.sheets = sheets;
            this.date1904 = sheets.date1904();
        }

        /** The words for a database's refusal of a row of this file. */
        String refusal(StoreException e) {
            return refusal.apply(e);
        }

        boolean has(String name) {
            return sheets.names().contains(name);
        }

        /** Streams a sheet; a reader's refusal (a cell too long) comes out with the sheet and row. */
        void parse(String name, RowHandler rows) throws IOException, OpenXML4JException, SAXException,
                ParserConfigurationException {
            try {
                sheets.parse(name, (rowNumber, cells) -> {
                    Map<Integer, Cell> byColumn = new HashMap<>();
                    for (XlsxSheets.Cell c : cells) {
                        byColumn.put(c.column(), cell(c));
                    }
                    rows.row(rowNumber, byColumn);
                });
            } catch (TableException e) {
                throw new FullImportException(tr("transfer.import.in", file.getFileName(), name, e.getMessage()), e);
            }
        }

        private Cell cell(XlsxSheets.Cell c) {
            if (c.formula() != null) {
                return new Cell("", null, false, null, true);
            }
            String v = c.value();
            return switch (c.type()) {
                case "s", "inlineStr", "str", "e" -> new Cell(v, null, false, null, false);
                case "b" -> {
                    boolean b = v.trim().equals("1");
                    yield new Cell(b ? "TRUE" : "FALSE", null, false, b, false);
                }
                default -> {
                    String t = v.trim();
                    try {
                        double d = Double.parseDouble(t);
                        yield Double.isFinite(d) ? new Cell(t, d, sheets.isDateStyle(c.style()), null, false)
                                : new Cell(t, null, false, null, false);
                    } catch (NumberFormatException e) {
                        yield new Cell(t, null, false, null, false);
                    }
                }
            };
        }

        /**
         * The whole texts of the spill sheet by sheet, row and column; read before any table, as
         * a text is needed when its row is loaded. A file without the sheet has none.
         */
        Map<String, String> spilled() throws IOException, OpenXML4JException, SAXException,
                ParserConfigurationException {
            String name = FullExportNames.spillSheetName();
            Map<String, java.util.TreeMap<Long, String>> parts = new HashMap<>();
            Map<String, Integer> firstRow = new HashMap<>();
            if (!has(name)) {
                return Map.of();
            }
            boolean[] header = {false};
            long[] held = {0};
            parse(name, (rowNumber, cells) -> {
                Cell first = cells.get(0);
                if (!header[0]) {
                    header[0] = first != null && first.text().strip().equals(FullExportNames.spillHeader(0));
                    return;
                }
                Cell sheet = cells.get(0);
                Cell row = cells.get(1);
                Cell column = cells.get(2);
                Cell part = cells.get(3);
                Cell data = cells.get(4);
                if (sheet == null && row == null && column == null && part == null && data == null) {
                    return;
                }
                if (sheet == null || row == null || row.number() == null || column == null || part == null
                        || part.number() == null || data == null) {
                    throw new FullImportException(tr("transfer.import.at", name, rowNumber, tr("transfer.import.spillBroken")));
                }
                String key = spillKey(sheet.text(), (long) (double) row.number(), column.text());
                firstRow.putIfAbsent(key, rowNumber);
                held[0] += data.text().length();
                if (held[0] > MAX_SPILL_CHARS) {
                    throw new FullImportException(tr("transfer.import.at", name, rowNumber,
                            tr("transfer.import.tooMuchText", MAX_SPILL_CHARS)));
                }
                parts.computeIfAbsent(key, k -> new java.util.TreeMap<>()).put((long) (double) part.number(),
                        data.text().strip());
            });
            Map<String, String> texts = new HashMap<>();
            parts.forEach((key, chunks) -> {
                try {
                    byte[] utf8 = java.util.Base64.getDecoder().decode(String.join("", chunks.values()));
                    if (utf8.length > MAX_TEXT_CHARS * 4L) {
                        throw new IllegalArgumentException("longer than any text may be");
                    }
                    String text = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
                    if (text.length() > MAX_TEXT_CHARS) {
                        throw new FullImportException(tr("transfer.import.at", name, firstRow.get(key),
                                tr("transfer.import.textTooLong", MAX_TEXT_CHARS)));
                    }
                    texts.put(key, text);
                } catch (IllegalArgumentException e) {
                    throw new FullImportException(tr("transfer.import.at", name, firstRow.get(key),
                            utf8Long(chunks) ? tr("transfer.import.textTooLong", MAX_TEXT_CHARS)
                                    : tr("transfer.import.spillBroken")), e);
                }
            });
            return texts;
        }

        /** The «Версия схемы данных» line of «О файле»: the file is refused without it. */
        int schemaVersion() throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
            String about = FullExportNames.aboutSheetName();
            if (!has(about)) {
                throw new FullImportException(tr("transfer.import.notExport", about));
            }
            Integer[] version = {null};
            parse(about, (rowNumber, cells) -> {
                Cell label = cells.get(0);
                Cell value = cells.get(1);
                if (label != null && FullExportNames.schemaVersionLabel().equals(label.text().strip()) && value != null) {
                    String v = value.number != null ? plain(value.number) : value.text().strip();
                    if (WHOLE.matcher(v).matches() && v.length() < 9) {
                        version[0] = Integer.parseInt(v);
                    }
                }
            });
            if (version[0] == null) {
                throw new FullImportException(tr("transfer.import.noSchema", about, FullExportNames.schemaVersionLabel()));
            }
            return version[0];
        }
    }

    /** One cell as the file has it: a number (maybe date-styled), a text, a flag, or a formula. */
    private record Cell(String text, Double number, boolean dateStyled, Boolean flag, boolean formula) {
    }

    @FunctionalInterface
    private interface RowHandler {
        /** {@code cells} by column index (0 = A); missing cells absent. */
        void row(int rowNumber, Map<Integer, Cell> cells);
    }

    /** The rows of one table's sheet: finds the header, then converts and loads every row below it. */
    private static final class TableHandler implements RowHandler {
        private final DataTable table;
        private final String sheet;
        private final Workbook wb;
        private final TableLoad load;
        private final boolean sameSchema;
        private final long[] total;
        private final LongConsumer progress;
        private final Map<String, String> spilled;
        private final Map<String, DataColumn> byHeader = new LinkedHashMap<>();
        /** Column index in the sheet → the table's column, once the header is found. */
        private Map<Integer, DataColumn> columns;
        private List<Integer> order;

        TableHandler(DataTable table, String sheet, Workbook wb, TableLoad load, boolean sameSchema, long[] total,
                LongConsumer progress, Map<String, String> spilled) {
            this.progress = progress;
            this.spilled = spilled;
            this.table = table;
            this.sheet = sheet;
            this.wb = wb;
            this.load = load;
            this.sameSchema = sameSchema;
            this.total = total;
            for (DataColumn c : table.columns()) {
                byHeader.put(FullExportNames.header(table, c), c);
            }
        }

        @Override
        public void row(int rowNumber, Map<Integer, Cell> cells) {
            if (cells.values().stream().allMatch(c -> !c.formula() && c.text().isBlank())) {
                return;
            }
            if (columns == null) {
                header(rowNumber, cells);
                return;
            }
            Object[] values = new Object[order.size()];
            for (int i = 0; i < order.size(); i++) {
                int index = order.get(i);
                values[i] = value(rowNumber, columns.get(index), cells.get(index));
            }
            for (Map.Entry<Integer, Cell> e : cells.entrySet()) {
                if (!columns.containsKey(e.getKey()) && !e.getValue().text().isBlank()) {
                    throw refused(rowNumber, tr("transfer.import.outside",
                            CellReference.convertNumToColString(e.getKey())));
                }
            }
            try {
                load.row(values);
            } catch (StoreException e) {
                throw new FullImportException(tr("transfer.import.at", sheet, rowNumber, wb.refusal(e)), e);
            }
            total[0]++;
            if (total[0] % 1_000 == 0) {
                progress.accept(total[0]);
            }
        }

        /** The title block comes first; the header is the first row whose first cell names a column. */
        private void header(int rowNumber, Map<Integer, Cell> cells) {
            Cell first = cells.get(0);
            if (first == null || !byHeader.containsKey(first.text().strip())) {
                return;
            }
            columns = new LinkedHashMap<>();
            for (Map.Entry<Integer, Cell> e : new java.util.TreeMap<>(cells).entrySet()) {
                String h = e.getValue().text().strip();
                if (h.isEmpty()) {
                    continue;
                }
                DataColumn c = byHeader.get(h);
                if (c == null) {
                    throw refused(rowNumber, tr("transfer.import.unknownColumn", h));
                }
                if (columns.containsValue(c)) {
                    throw refused(rowNumber, tr("transfer.import.repeatedColumn", h));
                }
                columns.put(e.getKey(), c);
            }
            if (sameSchema) {
                for (Map.Entry<String, DataColumn> e : byHeader.entrySet()) {
                    if (!columns.containsValue(e.getValue())) {
                        throw refused(rowNumber, tr("transfer.import.missingColumn", e.getKey()));
                    }
                }
            }
            order = new ArrayList<>(columns.keySet());
            load.begin(table, order.stream().map(columns::get).toList());
        }

        private Object value(int rowNumber, DataColumn column, Cell cell) {
            if (cell == null) {
                return null;
            }
            String header = FullExportNames.header(table, column);
            if (cell.formula()) {
                // A formula such as =HYPERLINK(...) is refused, never evaluated: the export writes none.
                throw refused(rowNumber, tr("transfer.import.formula", header));
            }
            Optional<Object> v = switch (column.kind()) {
                case TEXT -> Optional.of(spilled.getOrDefault(spillKey(sheet, rowNumber, header),
                        cell.number() != null ? plain(cell.number()) : cell.text()));
                case INTEGER -> whole(cell);
                case BOOLEAN -> flag(cell);
                case DATE -> date(cell);
                case DATE_TIME -> dateTime(cell);
            };
            if (v.isEmpty()) {
                throw refused(rowNumber, tr("transfer.import.kind." + column.kind().name(), header, shown(cell.text())));
            }
            return v.get();
        }

        private static Optional<Object> whole(Cell cell) {
            if (cell.number() != null) {
                double d = cell.number();
                return d == Math.rint(d) && Math.abs(d) < 9e15 ? Optional.of((long) d) : Optional.empty();
            }
            String s = cell.text().strip();
            return WHOLE.matcher(s).matches() ? Optional.of(Long.parseLong(s)) : Optional.empty();
        }

        private static Optional<Object> flag(Cell cell) {
            if (cell.flag() != null) {
                return Optional.of(cell.flag());
            }
            if (cell.number() != null) {
                return whole(cell);
            }
            String s = cell.text().strip().toLowerCase(Locale.ROOT);
            if (s.equals(tr("xlsx.yes").toLowerCase(Locale.ROOT))) {
                return Optional.of(Boolean.TRUE);
            }
            if (s.equals(tr("xlsx.no").toLowerCase(Locale.ROOT))) {
                return Optional.of(Boolean.FALSE);
            }
            return whole(cell);
        }

        private Optional<Object> date(Cell cell) {
            if (cell.number() != null) {
                if (!cell.dateStyled() || !DateUtil.isValidExcelDate(cell.number())) {
                    return Optional.empty();
                }
                return Optional.of(DateUtil.getLocalDateTime(cell.number(), wb.date1904, true).toLocalDate());
            }
            String s = cell.text().strip();
            if (ISO_LIKE.matcher(s).matches()) {
                return Optional.of(cell.text());
            }
            try {
                return Optional.of(LocalDate.parse(s, RU_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private Optional<Object> dateTime(Cell cell) {
            if (cell.number() != null) {
                if (!cell.dateStyled() || !DateUtil.isValidExcelDate(cell.number())) {
                    return Optional.empty();
                }
                LocalDateTime t = DateUtil.getLocalDateTime(cell.number(), wb.date1904, true);
                return Optional.of(t.truncatedTo(ChronoUnit.MINUTES).equals(t) ? t : (Object) t.toString());
            }
            String s = cell.text().strip();
            if (ISO_LIKE.matcher(s).matches()) {
                return Optional.of(cell.text());
            }
            try {
                return Optional.of(LocalDateTime.parse(s, RU_DATE_TIME));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private FullImportException refused(int rowNumber, String what) {
            return new FullImportException(tr("transfer.import.at", sheet, rowNumber, what));
        }

        private static String shown(String text) {
            String one = text.replaceAll("\\s+", " ").strip();
            return one.length() > 40 ? one.substring(0, 40) + "…" : one;
        }
    }

    private static boolean utf8Long(java.util.TreeMap<Long, String> chunks) {
        return chunks.values().stream().mapToLong(String::length).sum() > MAX_TEXT_CHARS * 4L * 4 / 3 + 4;
    }

    private static String spillKey(String sheet, long row, String column) {
        return sheet + '\u0000' + row + '\u0000' + column;
    }

    private static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
