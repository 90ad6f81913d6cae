package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static ru.officialpages.report.XlsxReadBack.cell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetWriterTest {
    private static final int H = Sample.HEADER_ROW;
    private static final int FIRST = H + 1;

    @TempDir
    static Path shared;
    static Path file;
    static XSSFWorkbook wb;
    static XSSFSheet sheet;

    @BeforeAll
    static void writeEveryColumnType() throws IOException {
        file = shared.resolve("реестр.xlsx");
        SheetSpec<Sample> second = SheetSpec.of("Реестр", Sample.rows().subList(0, 1))
                .column(Column.text("Организация", 40, Sample::name));
        new SpreadsheetWriter().write(file, Sample.sheet("Реестр", Sample.rows()), second);
        wb = XlsxReadBack.open(file);
        sheet = wb.getSheetAt(0);
    }

    @Test
    void titleBlockHeaderAndFooterLinesAreWhereTheyBelong() {
        assertThat(cell(sheet, 0, 0).getStringCellValue()).isEqualTo(Sample.TITLE);
        assertThat(wb.getFontAt(cell(sheet, 0, 0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(cell(sheet, 1, 0).getStringCellValue()).isEqualTo("по состоянию на 30.09.2026");
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 7));
        assertThat(cell(sheet, H, 0).getStringCellValue()).isEqualTo("Организация");
        assertThat(cell(sheet, H, 7).getStringCellValue()).isEqualTo("Адрес страницы");
        int totals = FIRST + 4;
        assertThat(cell(sheet, totals + 2, 0).getStringCellValue()).isEqualTo("Подготовил: ведущий специалист Петрова А. В.");
        assertThat(cell(sheet, totals + 3, 0).getStringCellValue()).isEqualTo("Глава: ________ / Иванов С. П.");
    }

    @Test
    void numbersAndDatesAreTypedNotText() {
        Cell posts = cell(sheet, FIRST, 2);
        assertThat(posts.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(posts.getNumericCellValue()).isEqualTo(12.0);
        Cell share = cell(sheet, FIRST, 3);
        assertThat(share.getNumericCellValue()).isEqualTo(1.5);
        assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

        Cell created = cell(sheet, FIRST, 4);
        assertThat(created.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
        assertThat(created.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
        assertThat(created.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));

        Cell at = cell(sheet, FIRST, 5);
        assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
        assertThat(at.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm");
        assertThat(at.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 17, 30));

        assertThat(cell(sheet, FIRST, 6).getStringCellValue()).isEqualTo("Да");
        assertThat(cell(sheet, FIRST + 1, 6).getStringCellValue()).isEqualTo("Нет");
        assertThat(cell(sheet, FIRST + 2, 2).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void wrappedTextWrapsAndColumnsHaveTheirWidths() {
        assertThat(cell(sheet, FIRST, 1).getCellStyle().getWrapText()).isTrue();
        assertThat(cell(sheet, FIRST, 1).getStringCellValue()).isEqualTo("Первая строка\nвторая строка");
        // A plain text longer than its column wraps rather than being cut at the border; a short one does not.
        assertThat(cell(sheet, FIRST, 0).getCellStyle().getWrapText()).isTrue();
        assertThat(cell(sheet, FIRST + 3, 0).getCellStyle().getWrapText()).isFalse();
        assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256 + 184);
        assertThat(sheet.getColumnWidth(7)).isEqualTo(35 * 256 + 184);
    }

    @Test
    void headerIsFrozenAndFiltered() {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (H + 1));
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
        // Header (Excel row 4) through the last data row (row 8); the totals row stays outside.
        assertThat(XlsxReadBack.autoFilterRef(sheet)).isEqualTo("A4:H8");
    }

    @Test
    void printsOnA4OnePageWideWithRepeatedHeader() {
        PrintSetup ps = sheet.getPrintSetup();
        assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(ps.getLandscape()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(ps.getFitWidth()).isEqualTo((short) 1);
        assertThat(ps.getFitHeight()).isZero();
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
        assertThat(wb.getPrintArea(0)).endsWith("!$A$1:$H$12");
        assertThat(sheet.getMargin(PageMargin.LEFT)).isEqualTo(0.25);
        assertThat(sheet.getMargin(PageMargin.RIGHT)).isEqualTo(0.25);
        assertThat(sheet.getHeader().getCenter()).isEqualTo(Sample.TITLE);
        assertThat(sheet.getFooter().getRight()).isEqualTo("Страница &P из &N");
    }

    @Test
    void secondSheetIsPortraitAndGetsAUniqueName() {
        XSSFSheet second = wb.getSheetAt(1);
        assertThat(wb.getSheetName(0)).isEqualTo("Реестр");
        assertThat(wb.getSheetName(1)).isEqualTo("Реестр (2)");
        assertThat(second.getPrintSetup().getLandscape()).isFalse();
        assertThat(second.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        // No subtitles: title, blank line, header.
        assertThat(cell(second, 0, 0).getStringCellValue()).isEqualTo("Реестр");
        assertThat(XlsxReadBack.autoFilterRef(second)).isEqualTo("A3:A4");
        assertThat(second.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        Cell vk = cell(sheet, FIRST, 7);
        assertThat(vk.getHyperlink()).isNotNull();
        assertThat(vk.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
        assertThat(vk.getHyperlink().getAddress()).isEqualTo("https://vk.com/berezovka");
        assertThat(vk.getStringCellValue()).isEqualTo("https://vk.com/berezovka");

        Cell script = cell(sheet, FIRST + 1, 7);
        assertThat(script.getHyperlink()).isNull();
        assertThat(script.getStringCellValue()).isEqualTo("javascript:alert(1)");

        assertThat(cell(sheet, FIRST + 2, 7).getHyperlink().getAddress()).isEqualTo("https://администрация.рф/о-нас");
        assertThat(cell(sheet, FIRST + 3, 7).getCellType()).isEqualTo(CellType.BLANK);
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText() {
        Cell injected = cell(sheet, FIRST + 1, 0);
        assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
        assertThat(injected.getStringCellValue()).isEqualTo(Sample.INJECTION);
        assertThat(cell(sheet, FIRST + 1, 1).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(cell(sheet, FIRST + 2, 0).getStringCellValue()).isEqualTo("@SUM(1+1)");
        assertThat(cell(sheet, FIRST + 2, 1).getStringCellValue()).isEqualTo("-2+3");

        List<String> formulaCells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    formulaCells.add(c.getAddress().formatAsString());
                }
            }
        }
        assertThat(formulaCells).containsExactly("C9", "D9");
    }

    @Test
    void totalsRowSumsNumberColumnsInBold() {
        int totals = FIRST + 4;
        assertThat(cell(sheet, totals, 0).getStringCellValue()).isEqualTo("Итого");
        assertThat(wb.getFontAt(cell(sheet, totals, 0).getCellStyle().getFontIndex()).getBold()).isTrue();
        Cell posts = cell(sheet, totals, 2);
        assertThat(posts.getCellFormula()).isEqualTo("SUM(C5:C8)");
        assertThat(posts.getNumericCellValue()).isEqualTo(15.0);
        assertThat(wb.getFontAt(posts.getCellStyle().getFontIndex()).getBold()).isTrue();
        Cell share = cell(sheet, totals, 3);
        assertThat(share.getCellFormula()).isEqualTo("SUM(D5:D8)");
        assertThat(share.getNumericCellValue()).isCloseTo(4.0, within(1e-9));
        assertThat(cell(sheet, totals, 4).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(wb.getForceFormulaRecalculation()).isTrue();
    }

    @Test
    void longTextIsCutAtExcelsLimitWithAMark() {
        String text = cell(sheet, FIRST + 3, 1).getStringCellValue();
        assertThat(text).hasSize(32_767).endsWith("…").startsWith("кккк");
    }

    @Test
    void noTemporaryFilesRemainNextToTheReport() throws IOException {
        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("реестр.xlsx");
        }
    }

    // ---- files

    @Test
    void overwritesAnExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("отчёт.xlsx");
        Files.writeString(target, "старый файл");
        new SpreadsheetWriter().write(target, oneColumn("Лист", Stream.of("новое")));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            assertThat(cell(read.getSheetAt(0), 3, 0).getStringCellValue()).isEqualTo("новое");
        }
        assertThat(listNames(dir)).containsExactly("отчёт.xlsx");
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("отчёт.xlsx");
        Files.writeString(target, "старый файл");
        Stream<String> failing = IntStream.range(0, 5_000).mapToObj(i -> {
            if (i == 4_321) {
                throw new IllegalStateException("database went away");
            }
            return "строка " + i;
        });
        assertThatThrownBy(() -> new SpreadsheetWriter().write(target, oneColumn("Лист", failing)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database went away");
        assertThat(Files.readString(target)).isEqualTo("старый файл");
        assertThat(listNames(dir)).containsExactly("отчёт.xlsx");
    }

    @Test
    void aMissingFolderIsReportedInRussian(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("нет такой папки").resolve("отчёт.xlsx");
        assertThatThrownBy(() -> new SpreadsheetWriter().write(target, oneColumn("Лист", Stream.of("а"))))
                .isInstanceOf(SpreadsheetWriteException.class)
                .hasMessageStartingWith("Не удалось сохранить файл «")
                .hasMessageContaining("отчёт.xlsx");
    }

    @Test
    void aFolderIsNotReplacedByTheReport(@TempDir Path dir) throws IOException {
        Path target = Files.createDirectory(dir.resolve("отчёт.xlsx"));
        assertThatThrownBy(() -> new SpreadsheetWriter().write(target, oneColumn("Лист", Stream.of("а"))))
                .isInstanceOf(SpreadsheetWriteException.class)
                .hasMessageContaining("это папка");
        assertThat(target).isDirectory();
    }

    @Test
    void interruptingTheThreadCancelsWithoutAFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("отчёт.xlsx");
        List<Long> reported = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new SpreadsheetWriter().progress((s, n) -> reported.add(n))
                    .write(target, oneColumn("Лист", IntStream.range(0, 5_000).mapToObj(i -> "строка " + i))))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(reported).containsExactly(1_000L);
        assertThat(target).doesNotExist();
        assertThat(listNames(dir)).isEmpty();
    }

    @Test
    void reportsProgressAndClosesTheRowStream(@TempDir Path dir) throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        List<String> reported = new ArrayList<>();
        Stream<String> rows = IntStream.range(0, 2_500).mapToObj(i -> "строка " + i).onClose(() -> closed.set(true));
        new SpreadsheetWriter().progress((s, n) -> reported.add(s + ":" + n))
                .write(dir.resolve("отчёт.xlsx"), oneColumn("Посты", rows));
        assertThat(reported).containsExactly("Посты:1000", "Посты:2000", "Посты:2500");
        assertThat(closed).isTrue();
    }

    // ---- values at the edges

    @Test
    void oddValuesAreWrittenPredictably(@TempDir Path dir) throws IOException {
        record Odd(String text, Double number, LocalDate date, LocalDateTime at, String url) {
        }
        List<Odd> rows = List.of(
                new Odd("_x0041_ и\u0000\u0007 \r\nконец", Double.NaN, LocalDate.of(1850, 3, 1),
                        LocalDateTime.of(1899, 12, 31, 10, 0), "ftp://example.ru/file"),
                new Odd("\uD83D\uDE00 и одинокий \uD83D", Double.POSITIVE_INFINITY, LocalDate.of(1900, 1, 1),
                        null, "vk.com/berezovka"));
        Path target = dir.resolve("odd.xlsx");
        new SpreadsheetWriter().write(target, SheetSpec.of("Лист", rows)
                .title("Мониторинг & анализ")
                .column(Column.text("Текст", 20, Odd::text))
                .column(Column.decimal("Число", 10, Odd::number))
                .column(Column.date("Дата", 12, Odd::date))
                .column(Column.dateTime("Время", 16, Odd::at))
                .column(Column.hyperlink("Ссылка", 30, Odd::url)));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            XSSFSheet s = read.getSheetAt(0);
            assertThat(cell(s, 3, 0).getStringCellValue()).isEqualTo("_x0041_ и \nконец");
            assertThat(cell(s, 4, 0).getStringCellValue()).isEqualTo("\uD83D\uDE00 и одинокий \uFFFD");
            assertThat(cell(s, 3, 1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(s, 4, 1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(s, 3, 2).getStringCellValue()).isEqualTo("01.03.1850");
            assertThat(cell(s, 3, 3).getStringCellValue()).isEqualTo("31.12.1899 10:00");
            assertThat(cell(s, 4, 2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(cell(s, 3, 4).getHyperlink()).isNull();
            assertThat(cell(s, 4, 4).getHyperlink()).isNull();
            assertThat(cell(s, 4, 4).getStringCellValue()).isEqualTo("vk.com/berezovka");
            assertThat(s.getHeader().getCenter()).isEqualTo("Мониторинг && анализ");
        }
    }

    @Test
    void linksPastTheLimitStayText(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("links.xlsx");
        new SpreadsheetWriter().linksPerSheet(2).write(target, SheetSpec.of("Лист",
                        Stream.of("https://vk.com/a", "https://ok.ru/b", "https://t.me/c"))
                .column(Column.hyperlink("Ссылка", 30, (String s) -> s)));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            XSSFSheet s = read.getSheetAt(0);
            assertThat(cell(s, 3, 0).getHyperlink().getAddress()).isEqualTo("https://vk.com/a");
            assertThat(cell(s, 4, 0).getHyperlink().getAddress()).isEqualTo("https://ok.ru/b");
            assertThat(cell(s, 5, 0).getHyperlink()).isNull();
            assertThat(cell(s, 5, 0).getStringCellValue()).isEqualTo("https://t.me/c");
        }
    }

    @Test
    void linkTextMayDifferFromTheAddress(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("links.xlsx");
        new SpreadsheetWriter().write(target, SheetSpec.of("Лист", Stream.of("berezovka"))
                .column(Column.hyperlinkWithText("Страница", 30,
                        (String s) -> new Link("ВКонтакте: " + s, "https://vk.com/" + s))));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            Cell c = cell(read.getSheetAt(0), 3, 0);
            assertThat(c.getStringCellValue()).isEqualTo("ВКонтакте: berezovka");
            assertThat(c.getHyperlink().getAddress()).isEqualTo("https://vk.com/berezovka");
        }
    }

    @Test
    void anEmptyTableStillHasAHeaderFilterAndZeroTotals(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("empty.xlsx");
        new SpreadsheetWriter().write(target, Sample.sheet("Пусто", List.of()));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            XSSFSheet s = read.getSheetAt(0);
            assertThat(XlsxReadBack.autoFilterRef(s)).isEqualTo("A4:H4");
            assertThat(cell(s, 4, 0).getStringCellValue()).isEqualTo("Итого");
            assertThat(cell(s, 4, 2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(s, 4, 2).getNumericCellValue()).isZero();
        }
    }

    @Test
    void unsafeSheetNamesAreMadeSafe(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("names.xlsx");
        new SpreadsheetWriter().write(target,
                oneColumn("Март/Апрель [2026]: итоги квартала по всем страницам", Stream.of("а")),
                oneColumn("", Stream.of("б")));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            assertThat(read.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]", ":");
            assertThat(read.getSheetName(1)).isEqualTo("Лист");
        }
    }

    @Test
    void aValueOfTheWrongTypeNamesTheColumn(@TempDir Path dir) throws IOException {
        SheetSpec<String> wrong = SheetSpec.of("Лист", Stream.of("а"))
                .column(new Column<String>("Дата", ColumnType.DATE, 12, s -> s));
        assertThatThrownBy(() -> new SpreadsheetWriter().write(dir.resolve("x.xlsx"), wrong))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("«Дата»");
        assertThat(listNames(dir)).isEmpty();
    }

    @Test
    void rowsMayComeFromAnIterator(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("it.xlsx");
        new SpreadsheetWriter().write(target, SheetSpec.of("Лист", List.of("а", "б").iterator())
                .column(Column.text("Текст", 10, (String s) -> s)));
        try (XSSFWorkbook read = XlsxReadBack.open(target)) {
            assertThat(cell(read.getSheetAt(0), 4, 0).getStringCellValue()).isEqualTo("б");
        }
    }

    @Test
    void theLinkLimitStaysWithinExcels() {
        assertThatThrownBy(() -> new SpreadsheetWriter().linksPerSheet(SpreadsheetWriter.EXCEL_MAX_LINKS_PER_SHEET + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpreadsheetWriter().linksPerSheet(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    static SheetSpec<String> oneColumn(String name, Stream<String> rows) {
        return SheetSpec.of(name, rows).column(Column.text("Текст", 30, (String s) -> s));
    }

    static List<String> listNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
