package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, failures 1 and 8, from the command line: reports and exports never land on the data. */
class OutputGuardCommandTest {
    @TempDir
    Path dir;

    @Test
    void aReportOverTheDatabaseOrABackupCopyIsRefusedAndTheDataStayUsable() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertThat(cli.demoData()).isZero();
        assertThat(cli.run("backup")).isZero();
        Path db = data.resolve("official-pages.db");
        byte[] before = Files.readAllBytes(db);

        assertThat(cli.run("report", "registry", "--quarter", "2026-Q4", "--out", db.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("файл данных программы", "official-pages.db");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);

        Path copy;
        try (var files = Files.list(data.resolve("backups"))) {
            copy = files.filter(p -> p.toString().endsWith("-manual.db")).findFirst().orElseThrow();
        }
        long copySize = Files.size(copy);
        assertThat(cli.run("report", "weekly", "--out", copy.toString())).isEqualTo(1);
        assertThat(Files.size(copy)).isEqualTo(copySize);
        assertThat(cli.run("export", "--out", data.resolve("official-pages.db-wal").toString())).isEqualTo(1);
        assertThat(cli.run("backup", "--out", data.resolve("logs").resolve("copy.db").toString())).isEqualTo(1);

        Path other = Files.writeString(dir.resolve("чужой.xlsx"), "keep me");
        assertThat(cli.run("report", "period", "--from", "01.10.2026", "--to", "31.12.2026", "--out", other.toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("уже существует");
        assertThat(Files.readString(other)).isEqualTo("keep me");

        assertThat(cli.run("backup", "--list")).isZero();
        assertThat(cli.out()).doesNotContain("0,0 МБ").doesNotContain("0.0 МБ");
        assertThat(cli.run("export", "--out", dir.resolve("ok.xlsx").toString())).isZero();
    }

    @Test
    void twoExportsToOnePathOneWinsTheOtherRefuses() throws Exception {
        Path data = dir.resolve("data");
        assertThat(new CliRun(data).demoData()).isZero();
        Path target = dir.resolve("выгрузка.xlsx");
        Callable<Integer> export = () -> new CliRun(data).run("export", "--out", target.toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(export, export));
            assertThat(List.of(runs.get(0).get(), runs.get(1).get())).containsExactlyInAnyOrder(0, 1);
        } finally {
            pool.shutdown();
        }
        assertThat(Files.size(target)).isGreaterThan(1000);
    }
}
