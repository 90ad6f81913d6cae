package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;
import ru.officialpages.domain.Settings;
import ru.officialpages.rules.RetentionPolicy;

class BackupsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0, 0);
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("official-pages.db");
    }

    private Backups backups() {
        return new Backups(file(), new BackupSettingsFile(dir));
    }

    private static void saveMunicipality(Database db, String name) {
        SettingsRepository s = new SettingsRepository(db);
        s.save(new Settings(name, "", "Глава", "", "", Settings.initial().preset(), Settings.initial().norms(), 3, false, true));
    }

    @Test
    void aCopyIsASoundDatabaseInTheBackupsFolderNamedByTimeAndReason() {
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "Берёзовское");
            BackupCopy copy = backups().create(BackupReason.MANUAL, NOW);
            assertThat(copy.file()).hasFileName("official-pages-2026-11-23-100000-manual.db")
                    .hasParent(dir.resolve("backups"));
            assertThat(copy.size()).isPositive();
            assertThat(Backups.isSound(copy.file())).isTrue();
            try (Database copied = Database.open(copy.file())) {
                assertThat(new SettingsRepository(copied).load().municipality()).isEqualTo("Берёзовское");
            }
        }
    }

    @Test
    void restoreGivesBackExactlyTheBackedUpDataAndKeepsTheStateBeforeIt() {
        Backups backups = backups();
        BackupCopy copy;
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "Было");
            copy = backups.create(BackupReason.MANUAL, NOW);
            saveMunicipality(db, "Стало");
        }
        BackupCopy before = backups.restore(copy.file(), NOW.plusMinutes(5)).orElseThrow();

        try (Database db = Database.open(file())) {
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Было");
            assertThat(dump(db)).isEqualTo(dumpOf(copy.file()));
        }
        assertThat(before.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
        try (Database db = Database.open(before.file())) {
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Стало");
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotASoundCopyAndChangesNothing() throws Exception {
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "Целое");
        }
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database", StandardCharsets.UTF_8);
        byte[] was = Files.readAllBytes(file());
        // Storage names the kind; the desks say it in Russian (CopiesAndTransferTest).
        assertThatThrownBy(() -> backups().restore(junk, NOW)).isInstanceOfSatisfying(CopyRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(CopyRefusedException.Reason.NOT_SOUND));
        assertThat(Files.readAllBytes(file())).isEqualTo(was);
        assertThat(backups().list()).isEmpty();
    }

    @Test
    void aDamagedFileIsDetectedOnOpenLeftAloneAndMovedAsideByRestore() throws Exception {
        BackupCopy copy;
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "Целое");
            copy = backups().create(BackupReason.DAILY, NOW);
        }
        damage(file());
        byte[] damaged = Files.readAllBytes(file());

        assertThatThrownBy(() -> Database.open(file()))
                .isInstanceOf(DamagedDatabaseException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("повреждён");
        assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
        assertThat(backups().newestGood()).map(BackupCopy::file).hasValue(copy.file());

        backups().restore(copy.file(), NOW.plusHours(1));
        try (Database db = Database.open(file())) {
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Целое");
        }
        assertThat(Files.readAllBytes(dir.resolve("official-pages-damaged-2026-11-23-110000.db"))).isEqualTo(damaged);
    }

    @Test
    void theDailyCopyIsMadeOncePerDayAndOldOnesArePruned() {
        new BackupSettingsFile(dir).save(new BackupSettings(dir.resolve("backups"), new RetentionPolicy(2, 0, 0)));
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "x");
        }
        Backups backups = backups();
        assertThat(backups.dailyIfDue(NOW)).isPresent();
        assertThat(backups.dailyIfDue(NOW.plusHours(3))).isEmpty();
        assertThat(backups.dailyIfDue(NOW.plusDays(1))).isPresent();
        assertThat(backups.dailyIfDue(NOW.plusDays(2))).isPresent();
        List<BackupCopy> left = backups.list();
        assertThat(left).extracting(c -> c.madeAt().toLocalDate())
                .containsExactly(NOW.plusDays(2).toLocalDate(), NOW.plusDays(1).toLocalDate());
    }

    @Test
    void copiesGoToTheConfiguredFolderAndForeignFilesThereAreLeftAlone() throws Exception {
        Path elsewhere = dir.resolve("флешка/копии");
        new BackupSettingsFile(dir).save(new BackupSettings(elsewhere, new RetentionPolicy(0, 0, 0)));
        assertThat(new BackupSettingsFile(dir).load().folder()).isEqualTo(elsewhere);
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "x");
        }
        Files.createDirectories(elsewhere);
        Path mine = Files.writeString(elsewhere.resolve("official-pages-notes.db"), "user's own file");
        backups().create(BackupReason.MANUAL, NOW);
        backups().create(BackupReason.MANUAL, NOW.plusDays(1));
        assertThat(backups().list()).hasSize(1);
        assertThat(mine).exists();
    }

    @Test
    void exportRefusesToWriteOverAFile() throws Exception {
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "x");
        }
        Path existing = Files.writeString(dir.resolve("отчёт.xlsx"), "важный файл");
        assertThatThrownBy(() -> backups().exportTo(existing)).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("уже существует");
        assertThat(existing).hasContent("важный файл");
        backups().exportTo(dir.resolve("копия.db"));
        assertThat(Backups.isSound(dir.resolve("копия.db"))).isTrue();
    }

    @Test
    void aDatabaseOfTheFirstSchemaVersionIsCopiedThenMigratedWithItsDataIntact() throws Exception {
        Flyway.configure().dataSource("jdbc:sqlite:" + file(), "", "").locations(Database.MIGRATIONS)
                .target("1").loggers("slf4j").load().migrate();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
             var s = c.createStatement()) {
            s.execute("INSERT INTO setting (key, value) VALUES ('municipality', 'Старая версия')");
        }
        Backups backups = backups();
        try (Database db = Database.open(file(), f -> backups.create(BackupReason.BEFORE_UPDATE, NOW))) {
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Старая версия");
            assertThat(schemaVersion(db)).isEqualTo(MigrationFiles.latestVersion());
        }
        assertThat(backups.list()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(BackupReason.BEFORE_UPDATE);
            try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + c.file());
                 var rs = conn.createStatement().executeQuery(SqliteDialect.schemaVersionQuery())) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        });
        // Opening again needs no migration and so makes no copy.
        try (Database db = Database.open(file(), f -> { throw new AssertionError("no migration expected"); })) {
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Старая версия");
        }
    }

    @Test
    void whenTheCopyBeforeAMigrationFailsNothingIsMigrated() throws Exception {
        Flyway.configure().dataSource("jdbc:sqlite:" + file(), "", "").locations(Database.MIGRATIONS)
                .target("1").loggers("slf4j").load().migrate();
        assertThatThrownBy(() -> Database.open(file(), f -> {
            throw new StorageException("копия не создана");
        })).hasMessage("копия не создана");
        try (var conn = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file());
             var rs = conn.createStatement().executeQuery(SqliteDialect.schemaVersionQuery())) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aFullDiskFailsTheWriteWithAPlainMessageAndKeepsTheLastCommit() {
        try (Database db = Database.open(file())) {
            saveMunicipality(db, "До сбоя");
            // SQLite reports a page limit reached exactly as a full disk (SQLITE_FULL).
            db.write(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    s.execute("PRAGMA max_page_count = " + rs.getInt(1));
                }
                return null;
            });
            String big = "ж".repeat(100_000);
            assertThatThrownBy(() -> saveMunicipality(db, big))
                    .isInstanceOf(StorageException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("на диске нет места");
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("До сбоя");
            saveMunicipality(db, "После сбоя");
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("После сбоя");
        }
    }

    static String integrityCheck(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery(SqliteDialect.integrityCheck())) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int schemaVersion(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SqliteDialect.schemaVersionQuery()); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Garbage over the middle pages, where the tables' b-trees are; the header stays valid. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = f.length() / 4096;
            for (long p = 1; p < pages; p++) {
                f.seek(p * 4096);
                f.write(new byte[] {13, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0x7f, 0x7f, 0x7f});
            }
        }
    }

    private static List<String> dumpOf(Path file) {
        try (Database db = Database.open(file)) {
            return dump(db);
        }
    }

    /** Every row of every user table, as text: equal dumps mean equal data. */
    private static List<String> dump(Database db) {
        return db.read(c -> {
            List<String> rows = new java.util.ArrayList<>();
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (var rs = c.createStatement().executeQuery("SELECT * FROM \"" + t + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder(t);
                        for (int i = 1; i <= n; i++) {
                            b.append('|').append(rs.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
            }
            return rows;
        });
    }
}
