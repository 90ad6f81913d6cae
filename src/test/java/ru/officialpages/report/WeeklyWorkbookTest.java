package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.SettingsRepository;

/**
 * The weekly workbook as the head gets it (issue 18 item 1): «Отчёт» first with two native charts
 * and the signatures once, the details after; printed by LibreOffice, «Отчёт» takes one A4 page.
 */
class WeeklyWorkbookTest {
    @TempDir
    Path dir;
    Database db;
    WeeklyReports reports;
    ReportSigners signers;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data.db"));
        SettingsRepository settings = TestReports.signedSettlement(db);
        ReportFixture.week47(db);
        reports = TestReports.over(db);
        signers = ReportSigners.of(settings.load());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Path write(String name, java.time.LocalDate monday, LocalDateTime now) {
        Path file = dir.resolve(name);
        new WeeklyReportXlsx(signers).write(file, reports.week(monday, now), reports.trend(monday, WeeklyReportXlsx.TREND_WEEKS));
        return file;
    }

    @Test
    void theSummaryComesFirstWithTwoChartsAndTheSignaturesOnce() throws Exception {
        Path file = write("weekly.xlsx", ReportFixture.MONDAY, ReportFixture.NOW);
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Отчёт");
            XSSFSheet summary = wb.getSheetAt(0);
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            for (XSSFChart chart : charts) {
                assertThat(chart.getChartSeries()).as("data").isNotEmpty();
                assertThat(chart.getChartSeries().get(0).getSeriesCount()).as("published and norm").isEqualTo(2);
                assertThat(chart.getCTChart().isSetLegend()).as("a legend on every chart").isTrue();
            }
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Опубликовано и норма по страницам");
            String text = WeeklyReportTest.allText(summary);
            assertThat(text).contains("неделя 47 (16.11.2026 — 22.11.2026)")
                    .contains("Опубликовано 6 при норме 7; норму выполнили 1 из 2 страниц.")
                    .contains("Администрация Берёзовского сельского поселения — ВКонтакте")
                    .contains("с опозданием 1 (всего на 1 ч рабочего времени)")
                    .doesNotContain("https://");
            // The page behind its norm comes first: it is what the head asks about.
            int h = WeeklyReportTest.headerRow(summary, "Страница");
            assertThat(summary.getRow(h + 1).getCell(0).getStringCellValue()).startsWith("Администрация");
            assertThat(summary.getRow(h + 1).getCell(4).getNumericCellValue()).isEqualTo(1.0);

            int signatures = 0;
            for (Sheet sheet : wb) {
                signatures += countContaining(sheet, "Подготовил:");
            }
            assertThat(signatures).as("the signature block once in the whole workbook").isEqualTo(1);

            // The trend sheet holds what the trend chart plots, from the first week with any record.
            XSSFSheet trend = wb.getSheet("Динамика");
            int th = WeeklyReportTest.headerRow(trend, "Неделя");
            assertThat(th).as("the summary's chart reads the weeks from the fifth row").isEqualTo(3);
            assertThat(trend.getRow(th + 1).getCell(0).getStringCellValue()).as("the first post is of 15.11, week 46")
                    .isEqualTo("46-я (09.11–15.11)");
            assertThat(trend.getRow(th + 2).getCell(0).getStringCellValue()).isEqualTo("47-я (16.11–22.11)");
            assertThat(trend.getRow(th + 2).getCell(1).getNumericCellValue()).isEqualTo(6.0);

            XSSFSheet late = wb.getSheet("Сообщения с опозданием");
            String lateText = WeeklyReportTest.allText(late);
            assertThat(lateText).contains("Администрация Берёзовского сельского поселения, ВКонтакте").contains("1 ч")
                    .contains("8 ч").doesNotContain("https://").doesNotContain("0,0");
        }
    }

    @Test
    void theChartsReadTheirCellsAndCarryTheirValues() throws Exception {
        Path file = write("charts.xlsx", ReportFixture.MONDAY, ReportFixture.NOW);
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet summary = wb.getSheetAt(0);
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            int h = WeeklyReportTest.headerRow(summary, "Страница");
            String rows = "$" + (h + 2) + ":$";
            var bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(bars.getBarDir().getVal().toString()).isEqualTo("bar");
            var published = bars.getSerArray(0);
            assertThat(published.getTx().getV()).isEqualTo("Опубликовано");
            assertThat(published.getCat().getStrRef().getF()).isEqualTo("'Отчёт'!$A" + rows + "A$" + (h + 3));
            assertThat(published.getVal().getNumRef().getF()).isEqualTo("'Отчёт'!$C" + rows + "C$" + (h + 3));
            assertThat(published.getCat().getStrRef().getStrCache().getPtArray(0).getV())
                    .isEqualTo(summary.getRow(h + 1).getCell(0).getStringCellValue());
            assertThat(Double.parseDouble(published.getVal().getNumRef().getNumCache().getPtArray(0).getV()))
                    .isEqualTo(summary.getRow(h + 1).getCell(2).getNumericCellValue());
            assertThat(bars.getSerArray(1).getVal().getNumRef().getF()).as("the norm").startsWith("'Отчёт'!$B$");

            XSSFSheet trend = wb.getSheet("Динамика");
            int th = WeeklyReportTest.headerRow(trend, "Неделя");
            var line = charts.get(1).getCTChart().getPlotArea().getLineChartArray(0);
            assertThat(charts.get(1).getTitleText().getString()).startsWith("Опубликовано и норма по неделям");
            var weeks = line.getSerArray(0);
            int n = (int) weeks.getCat().getStrRef().getStrCache().getPtCount().getVal();
            assertThat(weeks.getCat().getStrRef().getF()).isEqualTo("'Динамика'!$A$" + (th + 2) + ":$A$" + (th + 1 + n));
            assertThat(weeks.getVal().getNumRef().getF()).isEqualTo("'Динамика'!$B$" + (th + 2) + ":$B$" + (th + 1 + n));
            assertThat(line.getSerArray(1).getVal().getNumRef().getF()).startsWith("'Динамика'!$C$");
            assertThat(Double.parseDouble(weeks.getVal().getNumRef().getNumCache().getPtArray(n - 1).getV()))
                    .isEqualTo(trend.getRow(th + n).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void anEmptyLateListIsOneLine() throws Exception {
        Path file = write("empty.xlsx", ReportFixture.MONDAY.plusWeeks(2), ReportFixture.NOW.plusWeeks(3));
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet late = wb.getSheet("Сообщения с опозданием");
            assertThat(WeeklyReportTest.allText(late)).contains("Нет сообщений с опозданием").doesNotContain("Выявлено");
        }
    }

    @Test
    void libreOfficePrintsTheSummaryOnOneA4Page() throws Exception {
        assumeTrue(found("soffice"), "no LibreOffice on this machine");
        Path file = write("weekly.xlsx", ReportFixture.MONDAY, ReportFixture.NOW);
        Path pdf = toPdf(file);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String first = strip.getText(doc);
            assertThat(first).contains("Еженедельный отчёт").contains("Основные показатели")
                    .contains("Выполнение нормы по страницам").contains("Подготовил");
            strip.setStartPage(2);
            strip.setEndPage(2);
            assertThat(strip.getText(doc)).as("page 2 is the next sheet").contains("Публикации — ");
            assertThat(doc.getPage(0).getMediaBox().getHeight()).as("A4 portrait").isBetween(840f, 843f);
            assertThat(doc.getNumberOfPages()).as("summary + 6 detail sheets, none spilling over").isLessThanOrEqualTo(8);
        }
    }

    Path toPdf(Path xlsx) throws Exception {
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        Path pdf = dir.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).as(output).exists();
        return pdf;
    }

    private static int countContaining(Sheet sheet, String text) {
        int n = 0;
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains(text)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean found(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
