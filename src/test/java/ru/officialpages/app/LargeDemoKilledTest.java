package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, failure 6: {@code demo --size large} killed in the middle (the task manager, a power cut)
 * leaves the folder as it was, so the same command can be run again. The child is a real JVM killed
 * once it has reported a table written, i.e. inside the load.
 */
class LargeDemoKilledTest {
    @TempDir
    Path dir;

    @Test
    void aKilledLargeDemoLeavesAnEmptyFolderThatTakesTheDemoAgain() throws Exception {
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", Main.class.getName(),
                "--data-dir", data.toString(), "demo", "--size", "large"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int tables = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                // "Организации: 60 строк, 0.1 с" and the like: a table is written, the load goes on.
                if (line.contains(": ") && line.endsWith(" с") && ++tables == 2) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tables).as("the child was killed inside the load, after two tables").isEqualTo(2);

        // The large example goes into the example's own folder (issue 16 item 5).
        Path file = data.resolve("example").resolve("official-pages.db");
        assertThat(data.resolve("official-pages.db")).doesNotExist();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("ok");
        }
        try (AppContext ctx = AppContext.open(new DataFolder(data.resolve("example")))) {
            assertThat(ctx.largeDemo().canLoad()).as("the large demo can be loaded again").isTrue();
            assertThat(ctx.demo().canLoad()).as("nor does the small demo find rows").isTrue();
        }
    }
}
