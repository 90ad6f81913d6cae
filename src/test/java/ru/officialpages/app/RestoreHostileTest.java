package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, failures 2, 3, 10 and 12: only a copy of ours is restored; a killed restore and a foreign data file. */
class RestoreHostileTest {
    @TempDir
    Path dir;
    private Path data;
    private CliRun cli;

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        cli = new CliRun(data);
        assertThat(cli.demoData()).isZero();
    }

    private Path copy(String name) {
        Path copy = dir.resolve(name);
        assertThat(cli.run("backup", "--out", copy.toString())).isZero();
        return copy;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    private void refused(Path copy, String... words) throws Exception {
        Path db = data.resolve("official-pages.db");
        byte[] before = Files.readAllBytes(db);
        long copies = backups();
        assertThat(cli.run("restore", copy.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(copy.getFileName().toString()).contains("ваши данные не изменились").contains(words);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(backups()).isEqualTo(copies);
        assertThat(Files.exists(data.resolve("official-pages.db.restoring"))).isFalse();
    }

    private long backups() throws Exception {
        Path folder = data.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aCopyWithAPlantedTriggerIsRefused() throws Exception {
        Path copy = copy("с триггером.db");
        sql(copy, "CREATE TRIGGER wipe AFTER INSERT ON moderation_record BEGIN DELETE FROM moderation_record; END");
        refused(copy, "лишний объект", "trigger wipe");
    }

    @Test
    void aCopyWithAPlantedViewOrTableIsRefused() throws Exception {
        Path copy = copy("с таблицей.db");
        sql(copy, "CREATE TABLE spare (x)");
        refused(copy, "table spare");
        Path view = copy("с видом.db");
        sql(view, "CREATE VIEW v AS SELECT 1");
        refused(view, "view v");
    }

    @Test
    void aCopyWithADroppedTableOrAChangedColumnIsRefused() throws Exception {
        Path dropped = copy("без таблицы.db");
        sql(dropped, "DROP TABLE message_step");
        refused(dropped, "неполная", "message_step");
        Path changed = copy("с лишним столбцом.db");
        sql(changed, "ALTER TABLE page ADD COLUMN secret TEXT");
        refused(changed, "устроен не так", "table page");
    }

    @Test
    void aForeignSqliteFileIsRefused() throws Exception {
        Path foreign = dir.resolve("customers.db");
        sql(foreign, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers VALUES (1, 'x')");
        refused(foreign, "не копия данных этой программы");
    }

    @Test
    void aCleanCopyIsRestoredAndTheNextCommandWorks() throws Exception {
        Path copy = copy("чистая.db");
        assertThat(cli.run("restore", copy.toString())).isZero();
        assertThat(cli.run("export", "--out", dir.resolve("после.xlsx").toString())).isZero();
    }

    @Test
    void aRestoreKilledMidwayLeavesNoRestoringFileAfterTheNextStart() throws Exception {
        Path left = Files.write(data.resolve("official-pages.db.restoring"), new byte[4096]);
        Files.createDirectories(data.resolve("backups"));
        Path part = Files.write(data.resolve("backups/official-pages-2026-12-01-090000-manual.db.part"), new byte[4096]);
        Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path fresh = Files.write(data.resolve("backups/official-pages-2026-12-07-090000-manual.db.part"), new byte[4096]);
        assertThat(cli.run("calendar", "show", "2026")).isZero();
        // A reading command does not hold the folder: it must not sweep under a running restore.
        assertThat(Files.exists(left)).isTrue();
        // A writing command takes the folder and sweeps (demo then refuses: the data are already there).
        assertThat(cli.run("demo")).isEqualTo(1);
        assertThat(Files.exists(left)).isFalse();
        assertThat(Files.exists(part)).isFalse();
        // A part written a moment ago may belong to a copy still being made by a reading command.
        assertThat(Files.exists(fresh)).isTrue();
    }

    @Test
    void aForeignFileInPlaceOfTheDatabaseIsNamedTheGoodCopyOfferedAndNoCopyMadeOfIt() throws Exception {
        Path good = copy("x.db");
        Files.delete(good);
        assertThat(cli.run("backup")).isZero();
        Path db = data.resolve("official-pages.db");
        Files.delete(db);
        sql(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        byte[] before = Files.readAllBytes(db);
        long copies = backups();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(cli.run("backup")).isEqualTo(1);
            assertThat(cli.err()).contains("база данных другой программы", "official-pages.db", "Последняя исправная резервная копия",
                    "restore");
        }
        assertThat(backups()).isEqualTo(copies);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void theLockRefusalNamesTheHolder() {
        DataFolder folder = new DataFolder(data);
        try (DataFolderLock other = DataFolderLock.forCommand(folder, "import").orElseThrow()) {
            assertThat(cli.run("demo")).isEqualTo(1);
            assertThat(cli.err()).contains("другая команда", "«import»").doesNotContain("Закройте окно");
        }
        try (DataFolderLock window = DataFolderLock.tryAcquire(folder).orElseThrow()) {
            assertThat(cli.run("demo")).isEqualTo(1);
            assertThat(cli.err()).contains("Закройте окно программы");
        }
    }
}
