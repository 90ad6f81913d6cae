package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.report.WeeklyReport.MessageLine;
import ru.officialpages.report.WeeklyReport.MessageState;
import ru.officialpages.report.WeeklyReport.PageLine;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;

/** The weekly report on known data (ReportFixture), computed and read back from the .xlsx. */
class WeeklyReportTest {
    @TempDir
    Path dir;
    Database db;
    WeeklyReports reports;
    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data.db"));
        TestReports.signedSettlement(db);
        fixture = ReportFixture.week47(db);
        reports = TestReports.over(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void publicationsCountThePagesOfTheWeekWithAMidWeekPageProrated() {
        WeeklyReport r = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);

        List<PageLine> pages = r.publications().pages();
        assertThat(pages).extracting(PageLine::organization)
                .containsExactly("Администрация Берёзовского сельского поселения", "Дом культуры");
        PageLine admin = pages.get(0);
        assertThat(admin.address()).as("the address of that week, not today's").isEqualTo("https://vk.com/berezovka_adm");
        assertThat(admin.network()).isEqualTo("ВКонтакте");
        assertThat(admin.norm()).isEqualTo(3);
        assertThat(admin.published()).isEqualTo(2);
        assertThat(admin.met()).isFalse();
        assertThat(admin.missing()).isEqualTo(1);
        assertThat(admin.formats()).isEqualTo(Map.of(PostFormat.PHOTO, 1, PostFormat.TEXT, 1));

        PageLine culture = pages.get(1);
        assertThat(culture.daysExisted()).isEqualTo(4);
        assertThat(culture.norm()).as("7 a week, 4 days of 7, rounded up").isEqualTo(4);
        assertThat(culture.published()).as("the post of 18.11 came before the page").isEqualTo(4);
        assertThat(culture.met()).isTrue();
        assertThat(culture.formats()).isEqualTo(Map.of(PostFormat.VIDEO, 2, PostFormat.PHOTO, 2));

        assertThat(r.publications().norm()).isEqualTo(7);
        assertThat(r.publications().published()).isEqualTo(6);
        assertThat(r.publications().missing()).isEqualTo(1);
        assertThat(r.publications().pagesMet()).isEqualTo(1);
    }

    @Test
    void planModerationAndMessagesOfTheWeek() {
        WeeklyReport r = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);

        assertThat(r.plan()).isEqualTo(new WeeklyReport.Plan(4, 1, 1, 1, 2, 2));

        WeeklyReport.Moderation m = r.moderation();
        assertThat(m.records()).isEqualTo(3);
        assertThat(m.byGround()).isEqualTo(Map.of(DeletionGround.SPAM, 1, DeletionGround.ADVERTISING, 1,
                DeletionGround.OBSCENE_LANGUAGE, 1));
        assertThat(m.byAction()).isEqualTo(Map.of("DELETED", 1, "BLACKLISTED", 1, "LEFT", 1));
        assertThat(m.blacklisted()).isEqualTo(1);
        assertThat(m.workingDays()).isEqualTo(5);
        assertThat(m.roundDays()).as("Mon, Tue, Fri; Thu missed the new page; Wed none").isEqualTo(3);

        WeeklyReport.Messages msg = r.messages();
        assertThat(msg.received()).isEqualTo(5);
        assertThat(msg.inTime()).isEqualTo(1);
        assertThat(msg.late()).isEqualTo(1);
        assertThat(msg.awaitingFinal()).isEqualTo(1);
        assertThat(msg.open()).isEqualTo(2);
        assertThat(msg.closedNoAnswer()).isEqualTo(1);
        assertThat(msg.lines()).extracting(MessageLine::state)
                .containsExactly(MessageState.LATE, MessageState.OPEN_OVERDUE, MessageState.OPEN);
        MessageLine late = msg.lines().get(0);
        assertThat(late.late()).as("due 13:00, answered 15:00, lunch 13–14").isEqualTo(Duration.ofHours(1));
        assertThat(late.answeredAt()).isEqualTo(LocalDateTime.of(2026, 11, 17, 15, 0));
        assertThat(msg.lines().get(1).late()).as("due Fri 9:00, unanswered all Friday").isEqualTo(Duration.ofHours(8));
        assertThat(msg.lines().get(1).high()).isTrue();
    }

    @Test
    void theCurrentWeekCountsUpToNowOnly() {
        // Thursday 19.11 at 15:00: the Tuesday answer is there, the Thursday message not yet.
        WeeklyReport r = reports.week(ReportFixture.MONDAY, LocalDateTime.of(2026, 11, 19, 15, 0));
        assertThat(r.messages().received()).isEqualTo(5);
        assertThat(r.messages().late()).isEqualTo(1);
        assertThat(r.plan().overdue()).as("items of 16.11 and 18.11 only").isEqualTo(1);
    }

    @Test
    void theWorkbookHoldsEverySectionWithTypedCells() throws Exception {
        Path file = dir.resolve("week.xlsx");
        WeeklyReport r = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);
        new WeeklyReportXlsx(new ReportSigners("Берёзовское сельское поселение", "ведущий специалист Петрова А. В.",
                "Глава", "Иванов С. П.")).write(file, r);

        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            XSSFSheet pub = wb.getSheet("Публикации");
            assertThat(XlsxReadBack.cell(pub, 0, 0).getStringCellValue())
                    .contains("Берёзовское сельское поселение").contains("неделя 47").contains("16.11.2026");
            int header = headerRow(pub, "Организация");
            assertThat(texts(pub.getRow(header))).containsExactly("Организация", "Соцсеть", "Адрес", "Норма", "Опубликовано",
                    "Выполнено", "Не хватает", "Дней в неделе", "Форматы",
                    // Reach (issue 17 item 4): blank here, as the fixture's posts were never read from the platforms.
                    "Просмотры", "Лайки", "Репосты", "Комментарии");
            Row admin = pub.getRow(header + 1);
            assertThat(admin.getCell(2).getStringCellValue()).isEqualTo("https://vk.com/berezovka_adm");
            assertThat(admin.getCell(2).getHyperlink()).isNotNull();
            assertThat(admin.getHeightInPoints()).as("the long name wraps onto a second line that shows")
                    .isGreaterThan(pub.getDefaultRowHeightInPoints() * 1.5f);
            assertThat(admin.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(admin.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(admin.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(admin.getCell(5).getStringCellValue()).isEqualTo("Нет");
            assertThat(admin.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(admin.getCell(8).getStringCellValue()).isEqualTo("текст 1, фото 1");
            Row culture = pub.getRow(header + 2);
            assertThat(culture.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(culture.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(culture.getCell(5).getStringCellValue()).isEqualTo("Да");
            assertThat(culture.getCell(7).getNumericCellValue()).isEqualTo(4);
            Row totals = pub.getRow(header + 3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D" + (header + 2) + ":D" + (header + 3) + ")");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(7);
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(6);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(allText(pub)).as("signatures once, on «Отчёт»").doesNotContain("Подготовил");
            assertThat(allText(wb.getSheet("Отчёт"))).contains("Подготовил: ведущий специалист Петрова А. В.")
                    .contains("Глава ______________ / Иванов С. П.");
            assertThat(pub.getPaneInformation().isFreezePane()).isTrue();
            assertThat(XlsxReadBack.autoFilterRef(pub)).isNotNull();
            assertThat(pub.getPrintSetup().getLandscape()).isTrue();
            assertThat(pub.getHeader().getCenter()).contains("неделя 47");
            assertThat(wb.getPrintArea(wb.getSheetIndex(pub))).isNotNull();

            assertThat(figures(wb.getSheet("Контент-план"))).containsEntry("Запланировано", 4.0)
                    .containsEntry("Опубликовано", 1.0).containsEntry("Перенесено на другой день", 1.0)
                    .containsEntry("Отменено", 1.0).containsEntry("Просрочено", 2.0);

            Map<String, Double> mod = figures(wb.getSheet("Модерация"));
            assertThat(mod).containsEntry("Записей модерации", 3.0).containsEntry("Спам-рассылка", 1.0)
                    .containsEntry("Реклама", 1.0).containsEntry("Нецензурные выражения", 1.0)
                    .containsEntry("Удалено", 1.0).containsEntry("Автор в чёрном списке", 1.0).containsEntry("Оставлено", 1.0)
                    .containsEntry("Авторов добавлено в чёрный список", 1.0).containsEntry("Рабочих дней", 5.0)
                    .containsEntry("Дней с проверкой всех страниц", 3.0);

            assertThat(figures(wb.getSheet("Сообщения"))).containsEntry("Поступило", 5.0).containsEntry("Ответ в срок", 1.0)
                    .containsEntry("Ответ с опозданием", 1.0).containsEntry("Ждут окончательного ответа", 1.0)
                    .containsEntry("Без ответа", 2.0).containsEntry("Закрыто без ответа (п. 21)", 1.0);

            XSSFSheet list = wb.getSheet("Сообщения с опозданием");
            int h = headerRow(list, "Выявлено");
            Row late = list.getRow(h + 1);
            assertThat(DateUtil.isCellDateFormatted(late.getCell(0))).isTrue();
            assertThat(late.getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 17, 10, 0));
            assertThat(late.getCell(1).getStringCellValue()).as("the organization, not the address")
                    .isEqualTo("Администрация Берёзовского сельского поселения, ВКонтакте");
            assertThat(late.getCell(2).getStringCellValue()).isEqualTo("Освещение улицы");
            assertThat(late.getCell(6).getStringCellValue()).as("one working hour late, never 1.0").isEqualTo("1 ч");
            assertThat(late.getCell(7).getStringCellValue()).isEqualTo("ответ с опозданием");
            Row overdue = list.getRow(h + 2);
            assertThat(overdue.getCell(3).getStringCellValue()).isEqualTo("важное");
            assertThat(overdue.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(overdue.getCell(6).getStringCellValue()).isEqualTo("8 ч");
            Row notDue = list.getRow(h + 3);
            assertThat(notDue.getCell(7).getStringCellValue()).isEqualTo("без ответа, срок не истёк");
            assertThat(notDue.getCell(6).getStringCellValue()).as("not late, so no «0,0»").isEmpty();
        }
    }

    @Test
    void theTrendsTotalsAreThoseOfEachWeeksReport() {
        LocalDate first = ReportFixture.MONDAY.minusWeeks(6);
        List<WeeklyReports.WeekTotal> totals = reports.totals(first, 8);
        assertThat(totals).hasSize(8);
        for (WeeklyReports.WeekTotal t : totals) {
            WeeklyReport.Publications week = reports.publications(t.monday());
            assertThat(t.published()).as("posts of %s", t.monday()).isEqualTo(week.published());
            assertThat(t.norm()).as("norm of %s", t.monday()).isEqualTo(week.norm());
        }
        assertThat(totals.get(6).monday()).isEqualTo(ReportFixture.MONDAY);
        assertThat(totals.get(6).published()).isEqualTo(6);
        assertThat(totals.get(6).norm()).isEqualTo(7);
        assertThat(totals.get(5).norm()).as("the library, deleted on 10.11, still had Monday 9.11").isEqualTo(4);
    }

    @Test
    void aQuarterHasEveryWeekWithItsFigures() throws Exception {
        Path file = dir.resolve("quarter.xlsx");
        PeriodReport p = PeriodReport.make(reports, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ReportFixture.NOW);
        assertThat(p.weeks()).hasSize(14); // 28.09 … 28.12: weeks 40 to 53
        assertThat(p.weeks().get(0).monday()).isEqualTo(LocalDate.of(2026, 9, 28));
        new PeriodReportXlsx(new ReportSigners("Берёзовское сельское поселение", "Петрова А. В.", "Глава", "Иванов С. П.")).write(file, p);

        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet pub = wb.getSheet("Публикации");
            assertThat(XlsxReadBack.cell(pub, 0, 0).getStringCellValue()).contains("01.10.2026").contains("31.12.2026");
            int h = headerRow(pub, "Неделя");
            Row w47 = weekRow(pub, h, 47);
            assertThat(w47.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportFixture.MONDAY);
            assertThat(w47.getCell(3).getNumericCellValue()).as("pages").isEqualTo(2);
            assertThat(w47.getCell(4).getNumericCellValue()).as("norm").isEqualTo(7);
            assertThat(w47.getCell(5).getNumericCellValue()).as("published").isEqualTo(6);
            Row w46 = weekRow(pub, h, 46);
            assertThat(w46.getCell(3).getNumericCellValue()).as("the library, deleted on 10.11, still had Monday 9.11").isEqualTo(2);
            assertThat(w46.getCell(4).getNumericCellValue()).as("3 + a day's share of 2, rounded up").isEqualTo(4);
            assertThat(w46.getCell(5).getNumericCellValue()).isEqualTo(1);
            Row w48 = weekRow(pub, h, 48);
            assertThat(w48.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(w48.getCell(5).getNumericCellValue()).isEqualTo(1);
            Row totals = pub.getRow(h + 15);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(totals.getCell(3).getCellType()).as("pages per week mean nothing summed").isEqualTo(CellType.BLANK);
            assertThat(totals.getCell(5).getNumericCellValue()).as("posts of the quarter on live pages").isEqualTo(8);

            XSSFSheet byPage = wb.getSheet("Публикации по страницам");
            assertThat(byPage).isNotNull();

            XSSFSheet msg = wb.getSheet("Сообщения");
            int mh = headerRow(msg, "Неделя");
            Row m47 = weekRow(msg, mh, 47);
            assertThat(m47.getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(m47.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(m47.getCell(6).getStringCellValue()).as("late in all, as «ч мин», never 1.0").isEqualTo("1 ч");
            assertThat(weekRow(msg, mh, 46).getCell(3).getNumericCellValue()).isEqualTo(1);

            XSSFSheet mod = wb.getSheet("Модерация");
            int dh = headerRow(mod, "Неделя");
            assertThat(weekRow(mod, dh, 47).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(weekRow(mod, dh, 46).getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(figures(wb.getSheet("Основания модерации"))).containsEntry("Спам-рассылка", 2.0)
                    .containsEntry("Записей модерации", 4.0);

            XSSFSheet plan = wb.getSheet("Контент-план");
            int ph = headerRow(plan, "Неделя");
            assertThat(weekRow(plan, ph, 47).getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(weekRow(plan, ph, 48).getCell(3).getNumericCellValue()).isEqualTo(1);
        }
    }

    static int headerRow(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header «" + first + "» on " + sheet.getSheetName());
    }

    /** The row of ISO week {@code week} of 2026 on a per-week sheet. */
    static Row weekRow(XSSFSheet sheet, int header, int week) {
        LocalDate monday = LocalDate.of(2026, 1, 1).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(java.time.DayOfWeek.MONDAY);
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC
                    && row.getCell(1).getLocalDateTimeCellValue().toLocalDate().equals(monday)) {
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(week + "-я");
                return row;
            }
        }
        throw new AssertionError("no week " + week + " on " + sheet.getSheetName());
    }

    static List<String> texts(Row row) {
        List<String> list = new java.util.ArrayList<>();
        row.forEach(c -> list.add(c.getStringCellValue()));
        return list;
    }

    static String allText(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    sb.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A figures sheet as «Показатель» → «Количество». */
    static Map<String, Double> figures(XSSFSheet sheet) {
        Map<String, Double> map = new java.util.LinkedHashMap<>();
        int h = headerRow(sheet, "Раздел");
        for (int r = h + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                map.put(row.getCell(1).getStringCellValue(), row.getCell(2).getNumericCellValue());
            }
        }
        return map;
    }
}
