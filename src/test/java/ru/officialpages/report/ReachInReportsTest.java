package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostReach;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.report.WeeklyReport.Reach;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.SyncedRepository;

/**
 * Reach in the reports (issue 17 item 4), from reach rows the sync writes (SyncedRepository,
 * V19) into a real SQLite file: the week's posts of a page summed, a figure nobody read blank
 * (not 0), posts outside the week or before the page existed not counted; in the weekly
 * workbook's «Публикации» sheet, its PDF, the period workbook and the period PDF.
 */
class ReachInReportsTest {
    @TempDir
    Path dir;
    private WeeklyReports reports;
    private ReportSigners signers;
    private Database db;

    @BeforeEach
    void data() {
        db = Database.open(dir.resolve("data.db"));
        SettingsRepository settings = TestReports.signedSettlement(db);
        ReportFixture.week47(db);
        Map<String, Long> ids = new HashMap<>();
        for (Post p : new PostRepository(db).between(LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 12, 1, 0, 0))) {
            ids.put(p.publishedAt().toString(), p.id());
        }
        SyncedRepository synced = new SyncedRepository(db);
        LocalDateTime read = LocalDateTime.of(2026, 11, 23, 8, 0);
        // Администрация (VK): two posts of the week, one of them without views.
        synced.saveReach(ids.get("2026-11-17T10:00"), new PostReach(120L, 5, 1, 2, false, read, null));
        synced.saveReach(ids.get("2026-11-20T16:30"), new PostReach(null, 3, 0, 1, false, read, null));
        // Outside the week (15.11, 23.11) and before Дом культуры existed (18.11): not counted.
        synced.saveReach(ids.get("2026-11-15T12:00"), new PostReach(1000L, 100, 100, 100, false, read, null));
        synced.saveReach(ids.get("2026-11-23T09:00"), new PostReach(1000L, 100, 100, 100, false, read, null));
        synced.saveReach(ids.get("2026-11-18T10:00"), new PostReach(1000L, 100, 100, 100, false, read, null));
        reports = TestReports.over(db);
        signers = ReportSigners.of(settings.load());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    @Test
    void theWeeksReachIsSummedPerPageAndUnknownStaysUnknown() {
        WeeklyReport week = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);
        PageLine admin = line(week, "Администрация");
        PageLine culture = line(week, "Дом культуры");
        assertThat(admin.reach()).isEqualTo(new Reach(2, 120L, 8L, 1L, 3L, false));
        assertThat(culture.reach()).isEqualTo(Reach.UNKNOWN);
        assertThat(week.publications().reach()).isEqualTo(new Reach(2, 120L, 8L, 1L, 3L, false));
        // The week before knows only the post of 15.11.
        assertThat(reports.week(ReportFixture.MONDAY.minusWeeks(1), ReportFixture.NOW).publications().reach().views())
                .isEqualTo(1000L);
    }

    @Test
    void theWeeklyWorkbookHasTheReachColumnsOnItsPublicationsSheetBlankWhereUnknown() throws Exception {
        Path file = dir.resolve("неделя.xlsx");
        new WeeklyReportXlsx(signers).write(file, reports.week(ReportFixture.MONDAY, ReportFixture.NOW));
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet sheet = wb.getSheet("Публикации");
            Row header = headerRow(sheet);
            Map<String, Integer> col = new HashMap<>();
            header.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(col).containsKeys("Просмотры", "Лайки", "Репосты", "Комментарии");
            Row admin = rowStarting(sheet, header.getRowNum(), "Администрация");
            Row culture = rowStarting(sheet, header.getRowNum(), "Дом культуры");
            assertThat(number(admin.getCell(col.get("Просмотры")))).isEqualTo(120);
            assertThat(number(admin.getCell(col.get("Лайки")))).isEqualTo(8);
            assertThat(number(admin.getCell(col.get("Репосты")))).isEqualTo(1);
            assertThat(number(admin.getCell(col.get("Комментарии")))).isEqualTo(3);
            for (String name : List.of("Просмотры", "Лайки", "Репосты", "Комментарии")) {
                Cell c = culture.getCell(col.get(name));
                assertThat(c == null || c.getCellType() == CellType.BLANK).as("%s of a page never read is blank", name).isTrue();
            }
        }
    }

    @Test
    void theWeeklyPdfHasTheReachTable() throws Exception {
        Path file = dir.resolve("неделя.pdf");
        new WeeklyReportXlsx(signers).write(file, reports.week(ReportFixture.MONDAY, ReportFixture.NOW));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Охват публикаций").contains("Просмотры").contains("Комментарии");
            assertThat(text.lines().filter(l -> l.startsWith("Итого")).toList()).anyMatch(l -> l.contains("120 8 1 3"));
        }
    }

    @Test
    void thePeriodReportHasTheReachOfEveryWeek() throws Exception {
        PeriodReport november = PeriodReport.make(reports, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ReportFixture.NOW);
        Path file = dir.resolve("ноябрь.xlsx");
        new PeriodReportXlsx(signers).write(file, november);
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet sheet = wb.getSheet("Охват публикаций");
            assertThat(sheet).isNotNull();
            Row header = headerRow(sheet);
            Map<String, Integer> col = new HashMap<>();
            header.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            List<Double> views = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell week = row == null ? null : row.getCell(0);
                if (week != null && week.getCellType() == CellType.STRING && week.getStringCellValue().startsWith("4")) {
                    Cell v = row.getCell(col.get("Просмотры"));
                    views.add(v == null || v.getCellType() == CellType.BLANK ? null : v.getNumericCellValue());
                }
            }
            // Weeks 44 … 49: 46 (the post of 15.11), 47 and 48 (23.11) know views; the others are blank, not 0.
            assertThat(views).containsExactly(null, null, 1000.0, 120.0, 1000.0, null);
        }
        Path pdf = dir.resolve("ноябрь.pdf");
        new PeriodReportXlsx(signers).write(pdf, november);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Охват публикаций").contains("2120");
        }
    }

    @Test
    void aPeriodWithoutReachSaysSoInOneLineInsteadOfAnEmptyTable() throws Exception {
        // 1–8 November: no post of these days was read from the networks.
        PeriodReport early = PeriodReport.make(reports, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8), ReportFixture.NOW);
        String none = "Охват неизвестен: публикации не читались из соцсетей.";
        Path pdf = dir.resolve("начало ноября.pdf");
        new PeriodReportXlsx(signers).write(pdf, early);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PDFTextStripper().getText(doc).lines().map(String::strip).toList();
            int heading = lines.indexOf("Охват публикаций");
            assertThat(heading).as("the section is there: %s", lines).isNotNegative();
            assertThat(lines.get(heading + 1)).as("the line after the heading").isEqualTo(none);
            // The reach columns appear nowhere else in the period PDF: no table of blank cells.
            assertThat(lines).noneMatch(l -> l.contains("Просмотры") || l.contains("Репосты"));
        }
        Path xlsx = dir.resolve("начало ноября.xlsx");
        new PeriodReportXlsx(signers).write(xlsx, early);
        try (XSSFWorkbook wb = XlsxReadBack.open(xlsx)) {
            XSSFSheet sheet = wb.getSheet("Охват публикаций");
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains(none).doesNotContain("Просмотры", "Неделя", "Итого")
                    .noneMatch(t -> t.startsWith("Просмотры, лайки"));
        }
    }

    private static PageLine line(WeeklyReport r, String organization) {
        return r.publications().pages().stream().filter(p -> p.organization().startsWith(organization)).findFirst().orElseThrow();
    }

    private static Row headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            Cell c = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
            if (row.getPhysicalNumberOfCells() > 3 && c != null && c.getCellType() == CellType.STRING) {
                return row;
            }
        }
        throw new AssertionError("no header on " + sheet.getSheetName());
    }

    private static Row rowStarting(XSSFSheet sheet, int after, String text) {
        for (int r = after + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row «" + text + "»");
    }

    private static double number(Cell c) {
        assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }
}
