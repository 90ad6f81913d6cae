package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.demo.DemoData;
import ru.officialpages.report.FullExportXlsx;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.DataTables;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.SqlDumps;
import ru.officialpages.storage.StorageException;

/**
 * The full export (issue 9): demo data plus hand-made moderation and message rows, out to one
 * workbook and into a fresh database, must come back equal table by table, row by row.
 */
class FullTransferTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = TODAY.atTime(10, 0);
    /**
     * Longer than an Excel cell holds, with a Windows line break and a control character a cell
     * drops: it must come back all the same (through the «Длинные тексты» sheet).
     */
    static final String LONG_TEXT = longText();

    private static String longText() {
        java.util.Random random = new java.util.Random(5);
        StringBuilder b = new StringBuilder("Начало\r\nвторая строка \u0007 звонок; ");
        while (b.length() < 40_000) {
            b.append((char) ('а' + random.nextInt(32)));
            if (random.nextInt(9) == 0) {
                b.append(' ');
            }
        }
        return b.append(" конец 😀").toString();
    }
    @TempDir
    Path dir;

    /** Demo data, and rows in every table the demo leaves empty, with awkward values on purpose. */
    static Database filled(Path file) {
        Database db = Database.open(file);
        SettingsRepository settings = new SettingsRepository(db);
        OrganizationRepository orgs = new OrganizationRepository(db);
        PageRepository pages = new PageRepository(db);
        PostRepository posts = new PostRepository(db);
        PlanRepository plan = new PlanRepository(db, java.time.Clock.systemDefaultZone());
        new DemoData(settings, orgs, pages, posts, plan, new ModerationRepository(db), new MessageRepository(db))
                .load(TODAY);
        SqlDumps.execute(db,
                "INSERT INTO moderation_record (id, page_id, noticed_at, author_name, author_link, text, action, note,"
                        + " recorded_at) VALUES (9001, 1, '2026-11-20T09:15', 'Пётр Сквернословов', 'https://vk.com/id1',"
                        + " '=HYPERLINK(\"http://evil.example\",\"жми\") и _x0041_ и\nперенос', 'DELETED', '',"
                        + " '2026-11-20T09:20:31')",
                "INSERT INTO moderation_record (id, page_id, noticed_at, author_name, author_link, text, action, note,"
                        + " recorded_at) VALUES (9002, 2, '2026-11-21T11:00', '', '', '', 'LEFT', 'ничего', '2026-11-21T11:01')",
                "INSERT INTO moderation_ground (record_id, ground) VALUES (9001, 'OBSCENE'), (9001, 'SPAM')",
                "INSERT INTO blacklist_entry (id, page_id, author_name, author_link, author_key, restriction, since,"
                        + " until, record_id, note) VALUES (9001, 1, 'Пётр Сквернословов', 'https://vk.com/id1',"
                        + " 'vk.com/id1', 'BLACKLISTED', '2026-11-20', NULL, 9001, '')",
                "INSERT INTO blacklist_ground (entry_id, ground) VALUES (9001, 'OBSCENE')",
                "INSERT INTO moderation_round (page_id, day, checked_at) VALUES (1, '2020-01-06', '2020-01-06T09:30'),"
                        + " (2, '2020-01-06', '2020-01-06T09:31')",
                "INSERT INTO message (id, page_id, network_code, author_name, author_link, link, text, detected_at,"
                        + " importance, topic, executor, stage, sent_at, interim_at, answer_due, final_due, due_at,"
                        + " draft) VALUES (9001, 1, 'VK', 'Мария Жалобщикова', 'https://vk.com/id2', 'https://vk.com/wall-1_2',"
                        + " 'Когда починят дорогу на Школьной?', '2026-11-20T17:40', 'HIGH', 'Дороги', 'Иванов',"
                        + " 'INTERIM', '2026-11-20T17:45', '2026-11-23T09:30', '2026-11-23T10:40', '2026-11-30T09:30',"
                        + " '2026-11-30T09:30', 'Черновик')",
                "INSERT INTO message (id, page_id, network_code, detected_at, answer_due) VALUES"
                        + " (9002, NULL, 'OK', '2026-11-22T08:00', '2026-11-23T12:00')",
                "INSERT INTO message_step (id, message_id, kind, at, reason, text) VALUES"
                        + " (9001, 9001, 'SENT', '2026-11-20T17:45', '', ''), (9002, 9001, 'INTERIM', '2026-11-23T09:30', '', 'Ответим')",
                "INSERT INTO plan_item_move (id, plan_item_id, from_day, to_day, moved_at) VALUES"
                        + " (9001, 1, '2026-11-24', '2026-11-26', '2026-11-23T10:05')",
                "INSERT INTO calendar_override (day, type) VALUES ('2026-12-31', 'DAY_OFF')",
                "INSERT INTO office_hours (weekday, start_time, end_time, lunch_start, lunch_end) VALUES"
                        + " (1, '09:00', '18:00', '13:00', '14:00'), (6, NULL, NULL, NULL, NULL)",
                "INSERT INTO calendar_imported_year (year, imported_at) VALUES (2027, '2026-11-01T12:00')",
                "INSERT INTO calendar_imported_day (year, day, type) VALUES (2027, '2027-01-01', 'HOLIDAY')",
                "INSERT INTO dictionary_word (word) VALUES ('Тыртышка')",
                "INSERT INTO page_identity (page_id, network_code, owner_id, learned_from) VALUES (1, 'VK', -210001, 'CLERK')",
                "INSERT INTO page_person (page_id, ordinal, name, position, phone, email, responsible, has_access)"
                        + " VALUES (1, 1, 'Петрова Анна', 'специалист', '+7 913 111-22-33', 'p@x.ru', 1, 1)",
                "UPDATE post SET text = 'Текст публикации' WHERE id = 1",
                "UPDATE post SET text = '" + LONG_TEXT + "' WHERE id = 2",
                "INSERT INTO page_address (page_id, address, valid_from, valid_to) VALUES"
                        + " (1, 'https://vk.com/old_berezovka', '2024-01-20', '2025-03-01')",
                // V19 (issue 17): reach, synced comments with a thread, a page's sync state.
                "INSERT INTO post_reach (post_id, views, likes, reposts, comments, approximate, as_of, gone_since) VALUES"
                        + " (1, 345, 12, 3, 2, 0, '2026-11-23T10:00', NULL), (2, NULL, 0, 0, 0, 1, '2026-11-23T10:00',"
                        + " '2026-11-24T09:00')",
                "INSERT INTO synced_comment (id, page_id, platform_key, post_link, link, author_name, author_link,"
                        + " written_at, text, parent_id, reviewed_at, record_id, search) VALUES (9001, 1, '-1_2_3',"
                        + " 'https://vk.com/wall-1_2', 'https://vk.com/wall-1_2?reply=3', 'Мария Иванова',"
                        + " 'https://vk.com/m.ivanova', '2026-11-22T19:05', '=1+1 и\nперенос', NULL, '2026-11-23T09:00',"
                        + " 9001, 'мария иванова'), (9002, 1, '-1_2_4', 'https://vk.com/wall-1_2', '', '', '',"
                        + " '2026-11-22T19:30', 'Ответ', 9001, NULL, NULL, '')",
                "INSERT INTO page_sync (page_id, synced_at, note, noted_at) VALUES (1, '2026-11-23T10:00', '', NULL),"
                        + " (2, NULL, 'Нет доступа к странице', '2026-11-23T10:01')",
                // V27 (issue 19 item 6): the quarterly registry marked placed on the website, with and without a link.
                "INSERT INTO registry_placement (year, quarter, placed_on, url, recorded_at) VALUES"
                        + " (2026, 3, '2026-10-20', 'https://berezovka.ru/reestr', '2026-10-20T11:30'),"
                        + " (2026, 2, '2026-07-24', '', '2026-07-24T09:00')");
        return db;
    }

    static Path export(Database db, Path file) {
        new DataTransfer(db).dump(d -> {
            FullExportXlsx.write(file, d, "1.0-test", NOW, WriteProgress.NONE);
            return null;
        });
        return file;
    }

    static void load(Database db, Path file) {
        new DataTransfer(db).load(l -> new FullImportXlsx(file, ru.officialpages.desk.Refusals::russian).loadInto(l));
    }

    @Test
    void everyTableComesBackRowForRow() {
        Path file = dir.resolve("всё.xlsx");
        Map<String, List<String>> before;
        try (Database db = filled(dir.resolve("a.db"))) {
            before = SqlDumps.of(db);
            export(db, file);
        }
        // Every table has rows, so the comparison below compares something everywhere.
        before.forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        try (Database fresh = Database.open(dir.resolve("b.db"))) {
            load(fresh, file);
            assertThat(SqlDumps.of(fresh)).isEqualTo(before);
        }
    }

    @Test
    void theFileIsReadableWithoutTheProgram() throws IOException {
        Path file = dir.resolve("всё.xlsx");
        try (Database db = filled(dir.resolve("a.db"))) {
            export(db, file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("О файле");
            assertThat(wb.getNumberOfSheets()).isEqualTo(DataTables.ALL.size() + 2);
            assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1)).isEqualTo("Длинные тексты");
            // The long post shows in its cell as far as a cell can hold it.
            assertThat(wb.getSheet("Публикации").getRow(5).getCell(6).getStringCellValue()).startsWith("Начало\nвторая")
                    .hasSizeLessThanOrEqualTo(32_767);
            Sheet about = wb.getSheetAt(0);
            String text = sheetText(about);
            assertThat(text).contains("Версия программы\t1.0-test", "Версия структуры данных\t"
                    + DataTransfer.programSchemaVersion(), "Официальные страницы");
            Sheet pages = wb.getSheet("Страницы");
            Row header = pages.getRow(3);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Дата создания");
            Cell created = pages.getRow(4).getCell(4);
            assertThat(created.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
            assertThat(pages.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            Sheet moderation = wb.getSheet("Модерация");
            Row ours = rowWithId(moderation, 9001);
            Cell comment = ours.getCell(5);
            assertThat(comment.getCellType()).as("a formula-like comment stays text").isEqualTo(CellType.STRING);
            assertThat(comment.getStringCellValue()).startsWith("=HYPERLINK(");
            // A stored time with seconds is not a minute the export can show as a date: kept as text.
            assertThat(ours.getCell(8).getStringCellValue()).isEqualTo("2026-11-20T09:20:31");
            Sheet people = wb.getSheet("Ответственные лица");
            assertThat(people.getRow(4).getCell(7).getStringCellValue()).isIn("Да", "Нет");
        }
    }

    @Test
    void aDatabaseWithDataIsRefusedAndKeepsItsData() {
        Path file = dir.resolve("всё.xlsx");
        try (Database db = filled(dir.resolve("a.db"))) {
            export(db, file);
            Map<String, List<String>> before = SqlDumps.of(db);
            // Storage names the refusal; the Transfer desk says it in Russian (CopiesAndTransferTest).
            assertThatThrownBy(() -> load(db, file)).isInstanceOf(ru.officialpages.storage.NotEmptyException.class);
            assertThat(ru.officialpages.desk.Refusals.russian(new ru.officialpages.storage.NotEmptyException()))
                    .contains("только в пустую базу");
            assertThat(SqlDumps.of(db)).isEqualTo(before);
        }
    }

    @Test
    void aDatabaseAfterTheFirstStartSetupTakesTheFileWithItsSettings() {
        Path file = dir.resolve("всё.xlsx");
        Map<String, List<String>> before;
        try (Database db = filled(dir.resolve("a.db"))) {
            before = SqlDumps.of(db);
            export(db, file);
        }
        try (Database fresh = Database.open(dir.resolve("b.db"))) {
            SqlDumps.execute(fresh, "INSERT INTO setting (key, value) VALUES ('municipality', 'Другое поселение')");
            assertThat(new DataTransfer(fresh).isEmpty()).isTrue();
            load(fresh, file);
            assertThat(SqlDumps.of(fresh)).isEqualTo(before);
            assertThat(new DataTransfer(fresh).isEmpty()).isFalse();
        }
    }

    @Test
    void xlsxCheckAcceptsTheExport() throws Exception {
        Path checker = Path.of(System.getProperty("xlsx.check",
                Path.of("..", "shared", "tools", "xlsx-check").toAbsolutePath().normalize().toString()));
        assumeTrue(Files.isRegularFile(checker), "no checker at " + checker);
        Path file = dir.resolve("всё.xlsx");
        try (Database db = filled(dir.resolve("a.db"))) {
            export(db, file);
        }
        Process p = new ProcessBuilder("python3", checker.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEqualTo("spreadsheet quality ok");
    }

    /** The data row whose first cell (the id) is {@code id}: other branches' demo data may come before ours. */
    static Row rowWithId(Sheet sheet, long id) {
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (r.getRowNum() > 3 && first != null && first.getCellType() == CellType.NUMERIC
                    && first.getNumericCellValue() == id) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }

    static String sheetText(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        for (Row r : sheet) {
            for (Cell c : r) {
                out.append(c.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(c)
                        ? String.valueOf((long) c.getNumericCellValue()) : c.toString()).append('\t');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
