package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line mode as a user or a script meets it: output, errors and exit codes. */
class MainTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("OFFICIAL_PAGES_NO_DIALOG", "1"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsCommandsInRussian() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Использование", "--data-dir", "demo", "Коды выхода");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Официальные страницы ").doesNotContain("?").doesNotContain("${");
    }

    @Test
    void unknownOptionIsUsageError() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err()).contains("Неизвестный параметр «--colour»");
    }

    @Test
    void unknownCommandIsUsageErrorAndTouchesNoData() {
        Path data = dir.resolve("untouched");
        assertThat(run("--data-dir", data.toString(), "frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Неизвестная команда «frobnicate»");
        assertThat(data).doesNotExist();
    }

    @Test
    void dataDirWithoutValueIsUsageError() {
        assertThat(run("demo", "--data-dir")).isEqualTo(2);
        assertThat(err()).contains("После --data-dir укажите папку");
    }

    @Test
    void demoFillsTheExampleFolderOnceOnlyAndNeverTheClerksData() {
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
        assertThat(out()).contains("организаций — 4", "страниц — 7", "записей модерации — 12", "сообщений граждан — 10",
                "папку примера", dir.resolve("example").toString());
        // Issue 16 item 5: the clerk's own folder receives no demo row, not even a database.
        assertThat(dir.resolve("official-pages.db")).doesNotExist();
        assertThat(dir.resolve("example").resolve("official-pages.db")).exists();
        assertThat(dir.resolve("example").resolve("example-folder.txt")).content().contains("пример");
        assertThat(dir.resolve("logs")).isDirectory();

        assertThat(run("--data-dir=" + dir, "demo")).isEqualTo(1);
        assertThat(err()).contains("только в пустую базу", "Папка примера: " + dir.resolve("example"));
        // Opened on the example folder itself, demo loads there (no example inside the example), once.
        assertThat(run("--data-dir", dir.resolve("example").toString(), "demo")).isEqualTo(1);
        assertThat(dir.resolve("example").resolve("example")).doesNotExist();
    }

    @Test
    void theExampleFolderMakesNoDailyCopiesOfItsOwn() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
        Path example = dir.resolve("example");
        Path days = Files.writeString(dir.resolve("days.csv"), "23.11.2026;выходной\n");
        assertThat(run("--data-dir", example.toString(), "calendar", "import", days.toString())).isZero();
        assertThat(example.resolve("backups")).doesNotExist();
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void demoTakesNoArguments() {
        assertThat(run("--data-dir", dir.toString(), "demo", "big")).isEqualTo(2);
        assertThat(err()).contains("Лишние аргументы: big");
    }

    @Test
    void aFileThatIsNotSqliteIsReportedAndLeftAlone() throws Exception {
        Path db = dir.resolve("official-pages.db");
        byte[] content = "PK\u0003\u0004 definitely a zip".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(db, content);
        assertThat(run("--data-dir", dir.toString(), "calendar", "show", "2026")).isEqualTo(1);
        assertThat(err()).contains("не является базой данных программы");
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
    }

    @Test
    void aFolderThatCannotBeWrittenIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("--data-dir", file.resolve("data").toString(), "demo")).isEqualTo(1);
        assertThat(err()).contains("Не удаётся записать в папку данных");
    }

    @Test
    void aCommandThatWritesMakesTheDailyCopyOnce() throws Exception {
        Path days = Files.writeString(dir.resolve("days.csv"), "23.11.2026;выходной\n");
        assertThat(run("--data-dir", dir.toString(), "calendar", "import", days.toString())).isZero();
        assertThat(run("--data-dir", dir.toString(), "calendar", "import", days.toString())).isZero();
        assertThat(run("--data-dir", dir.toString(), "calendar", "show", "2026")).isZero();
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("official-pages-").endsWith("-daily.db");
        }
    }

    @Test
    void backupListsAndWritesCopiesAndRestoreBringsOneBack() throws Exception {
        demoData();
        Path copy = dir.resolve("копия.db");
        assertThat(run("--data-dir", dir.toString(), "backup", "--out", copy.toString())).isZero();
        assertThat(out()).contains("Резервная копия сохранена", "копия.db");
        assertThat(run("--data-dir", dir.toString(), "backup", "--out", copy.toString())).isEqualTo(1);
        assertThat(err()).contains("уже существует");

        assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        assertThat(run("--data-dir", dir.toString(), "backup", "--list")).isZero();
        assertThat(out()).contains("вручную", "ежедневная");

        assertThat(run("--data-dir", dir.toString(), "restore", copy.toString())).isZero();
        assertThat(out()).contains("Данные восстановлены из копии", "Состояние до восстановления сохранено");
        assertThat(run("--data-dir", dir.toString(), "report", "registry", "--quarter", "2026-Q4", "--out",
                dir.resolve("реестр.xlsx").toString())).isZero();
    }

    /**
     * The example settlement in this folder's own data, as a clerk could put it there: {@code demo} fills
     * the example folder, a restore puts a copy of it in place; then a writing command makes the day's copy.
     */
    private void demoData() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
        assertThat(run("--data-dir", dir.toString(), "restore", dir.resolve("example/official-pages.db").toString())).isZero();
        Path days = Files.writeString(dir.resolve("days.csv"), "23.11.2026;выходной\n");
        assertThat(run("--data-dir", dir.toString(), "calendar", "import", days.toString())).isZero();
    }

    @Test
    void restoreRefusesAFileThatIsNotACopy() throws Exception {
        demoData();
        Path junk = Files.writeString(dir.resolve("junk.db"), "junk");
        assertThat(run("--data-dir", dir.toString(), "restore", junk.toString())).isEqualTo(1);
        assertThat(err()).contains("Восстановление отменено");
        assertThat(run("--data-dir", dir.toString(), "restore")).isEqualTo(2);
    }

    @Test
    void whileTheWindowHoldsTheFolderWritingCommandsRefuseAndReadingOnesRun() {
        assertThat(run("--data-dir", dir.toString(), "calendar", "show", "2026")).isZero();
        try (DataFolderLock window = DataFolderLock.tryAcquire(new DataFolder(dir)).orElseThrow()) {
            assertThat(run("--data-dir", dir.toString(), "demo")).isEqualTo(1);
            assertThat(err()).contains("Программа открыта с этой папкой данных");
            assertThat(run("--data-dir", dir.toString(), "restore", "x.db")).isEqualTo(1);
            assertThat(run("--data-dir", dir.toString(), "calendar", "show", "2026")).isZero();
            assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        }
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
    }

    @Test
    void aDamagedFileIsReportedWithTheNewestGoodCopyAndTheRestoreCommand() throws Exception {
        demoData();
        assertThat(run("--data-dir", dir.toString(), "backup")).isZero();
        Path db = dir.resolve("official-pages.db");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            for (long p = 1; p < f.length() / 4096; p++) {
                f.seek(p * 4096);
                f.write(new byte[] {13, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0x7f, 0x7f});
            }
        }
        byte[] damaged = Files.readAllBytes(db);
        assertThat(run("--data-dir", dir.toString(), "calendar", "show", "2026")).isEqualTo(1);
        // The daily copy and the manual one may carry the same second; either is a good copy to name.
        assertThat(err()).contains("повреждён", "Последняя исправная резервная копия", "restore \"",
                dir.resolve("backups").resolve("official-pages-").toString());
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);
    }

    @Test
    void theClassArchiveFolderIsMadeAndOtherBuildsArchivesGoAfterADay() throws Exception {
        Path cache = dir.resolve("cache/official-pages");
        Path current = cache.resolve("official-pages-0.1.0-20261207030000.jsa");
        Main.prepareClassArchiveFolder(current.toString());
        assertThat(cache).isDirectory();
        Path older = Files.writeString(cache.resolve("official-pages-0.1.0-20261101120000.jsa"), "old");
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(Main.OTHER_ARCHIVE_KEPT).minusSeconds(60)));
        // Another build written within the day (a second image on a test machine) keeps its archive.
        Path recent = Files.writeString(cache.resolve("official-pages-0.1.0-20261207040000.jsa"), "recent");
        Path kept = Files.writeString(current, "current");
        Path other = Files.writeString(cache.resolve("notes.txt"), "not an archive");

        Main.prepareClassArchiveFolder(current.toString());

        assertThat(older).doesNotExist();
        assertThat(recent).hasContent("recent");
        assertThat(kept).hasContent("current");
        assertThat(other).exists();
        // A path the launcher could not expand ($HOME unset) is left alone, not made under the working folder.
        Main.prepareClassArchiveFolder("$HOME/.cache/official-pages/official-pages-0.1.0-1.jsa");
        assertThat(Path.of("$HOME")).doesNotExist();
    }
}
