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
    void demoFillsAnEmptyFolderOnceOnly() {
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
        assertThat(out()).contains("организаций — 4", "страниц — 7");
        assertThat(dir.resolve("official-pages.db")).exists();
        assertThat(dir.resolve("logs")).isDirectory();

        assertThat(run("--data-dir=" + dir, "demo")).isEqualTo(1);
        assertThat(err()).contains("только в пустую базу");
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
        assertThat(run("--data-dir", dir.toString(), "demo")).isEqualTo(1);
        assertThat(err()).contains("не является базой данных программы");
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
    }

    @Test
    void aFolderThatCannotBeWrittenIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("--data-dir", file.resolve("data").toString(), "demo")).isEqualTo(1);
        assertThat(err()).contains("Не удаётся записать в папку данных");
    }
}
