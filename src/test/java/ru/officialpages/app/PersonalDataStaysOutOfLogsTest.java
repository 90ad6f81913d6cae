package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SqlDumps;

/**
 * Personal data (responsible people, authors and texts of comments and messages) never reach the
 * log file the program keeps in the data folder (issue 9), nor the public registry; the program
 * runs as a user runs it, in its own process with its own log, through work that logs failures.
 */
class PersonalDataStaysOutOfLogsTest {
    private static final List<String> PERSONAL = List.of("Распутина Евдокия Зосимовна", "+7 999 123-45-67",
            "evdokia.secret@mail.example", "Скандалист Кузьма", "Уникальная гадость про соседа 7391",
            "Жалобщица Аграфена", "Секретная жалоба номер 4242", "vk.com/id777000");
    @TempDir
    Path dir;

    private String run(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", Main.class.getName(),
                "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void theLogHoldsNoPersonalDataAndThePublicRegistryNone() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run(data, "demo")).isNotBlank();
        // The example fills its own folder (issue 16 item 5); a restore puts a copy of it in the clerk's.
        assertThat(run(data, "restore", data.resolve("example").resolve("official-pages.db").toString())).isNotBlank();
        try (Database db = Database.open(data.resolve("official-pages.db"))) {
            new PageRepository(db).savePeople(1, List.of(new ResponsiblePerson(PERSONAL.get(0), "специалист",
                    PERSONAL.get(1), PERSONAL.get(2), true, true)));
            SqlDumps.execute(db,
                    "INSERT INTO moderation_record (id, page_id, noticed_at, author_name, author_link, text, action,"
                            + " recorded_at) VALUES (9001, 1, '2026-11-20T09:15', '" + PERSONAL.get(3) + "', 'https://"
                            + PERSONAL.get(7) + "', '" + PERSONAL.get(4) + "', 'DELETED', '2026-11-20T09:20')",
                    "INSERT INTO message (id, page_id, network_code, author_name, text, detected_at, answer_due) VALUES"
                            + " (9001, 1, 'VK', '" + PERSONAL.get(5) + "', '" + PERSONAL.get(6) + "', '2026-11-20T17:40',"
                            + " '2026-11-23T10:40')");
        }
        Path export = dir.resolve("всё.xlsx");
        assertThat(run(data, "export", "--out", export.toString())).contains("Выгрузка сохранена");
        // Failures that are logged: a load into data that are not empty, a restore of a file that is not a copy.
        assertThat(run(data, "import", "all", export.toString())).contains("только в пустую базу");
        Files.writeString(dir.resolve("junk.db"), PERSONAL.get(6));
        assertThat(run(data, "restore", dir.resolve("junk.db").toString())).contains("Восстановление отменено");
        Path registry = dir.resolve("реестр.xlsx");
        assertThat(run(data, "report", "registry", "--quarter", "2026-Q3", "--out", registry.toString())).isNotBlank();

        // A workbook whose date cell holds a person's name: refused, quoting the cell to the user only.
        Path doctored = dir.resolve("испорчено.xlsx");
        try (InputStream in = Files.newInputStream(export); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("Сообщения").getRow(4);
            row.removeCell(row.getCell(7));
            row.createCell(7).setCellValue(PERSONAL.get(5));
            try (var out = Files.newOutputStream(doctored)) {
                wb.write(out);
            }
        }
        Path fresh = dir.resolve("fresh");
        String refused = run(fresh, "import", "all", doctored.toString());
        assertThat(refused).contains("Лист «Сообщения», строка 5", PERSONAL.get(5));

        String logs = logsOf(data) + logsOf(fresh);
        assertThat(logs).as("the log is written and records the failures").contains("Transaction rolled back");
        for (String personal : PERSONAL) {
            assertThat(logs).as("personal data in the log").doesNotContain(personal);
        }
        String registryText = zipText(registry);
        assertThat(registryText).isNotBlank();
        for (String personal : PERSONAL) {
            assertThat(registryText).as("personal data in the public registry").doesNotContain(personal);
        }
    }

    private static String logsOf(Path dataDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dataDir.resolve("logs"))) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static String zipText(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return all.toString();
    }
}
