package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the project's own spreadsheet checker (shared/tools/xlsx-check) on what the writer makes.
 * It needs python3 and the checker; a machine without them skips rather than fails.
 */
class XlsxCheckTest {
    /** shared/ stands beside the repository, on a developer's machine and in CI alike. */
    private static final Path CHECKER = Path.of(System.getProperty("xlsx.check",
            Path.of("..", "shared", "tools", "xlsx-check").toAbsolutePath().normalize().toString()));

    @Test
    void theCheckerAcceptsEverySheet(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(CHECKER), "no checker at " + CHECKER);
        assumeTrue(python3Present(), "no python3 on this machine");

        Path file = dir.resolve("реестр.xlsx");
        SheetSpec<Integer> counts = SheetSpec.of("Нормы", IntStream.rangeClosed(1, 500).boxed())
                .title("Публикации по неделям")
                .column(Column.integer("Неделя", 8, (Integer i) -> i))
                .column(Column.integer("Публикаций", 12, (Integer i) -> i % 11))
                .column(Column.date("Понедельник", 12, (Integer i) -> java.time.LocalDate.of(2026, 1, 5).plusWeeks(i)))
                .totals();
        new SpreadsheetWriter().write(file, Sample.sheet("Реестр", Sample.rows()), counts);

        Process p = new ProcessBuilder("python3", CHECKER.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEqualTo("spreadsheet quality ok");
        assertThat(p.exitValue()).isZero();
    }

    private static boolean python3Present() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of("python3", "--version")).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
