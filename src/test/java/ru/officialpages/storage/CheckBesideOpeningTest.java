package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;

/**
 * The window opens the data file with its quick check left until the window is up (issue 10: the
 * check of a large file took a third of a second of a core from the start): reads may go ahead, but
 * nothing is written into a file the check finds damaged, and the window is told.
 */
class CheckBesideOpeningTest {
    @TempDir
    Path dir;

    @Test
    void aSoundFileIsReadAndWrittenAsUsual() {
        Path file = dir.resolve("official-pages.db");
        try (Database db = Database.open(file)) {
            fill(db);
        }
        try (Database db = Database.openChecking(file, existing -> { })) {
            assertThat(count(db)).isEqualTo(300);
            assertThat(db.startCheck().toCompletableFuture().join()).isNull();
            db.awaitSound();
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES ('municipality', 'Иштан')")) {
                    return ps.executeUpdate();
                }
            });
            assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Иштан");
        }
    }

    @Test
    void aDamagedTableIsFoundByTheLaterCheckAndNothingIsWrittenIntoTheFile() throws Exception {
        Path file = dir.resolve("official-pages.db");
        long root;
        try (Database db = Database.open(file)) {
            fill(db);
            root = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'organization'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        // Garbage over the organizations' b-tree only: the schema and Flyway's history stay readable,
        // so the file needs no migration and is opened at once, its check running beside.
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((root - 1) * 4096);
            f.write(new byte[] {13, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0x7f, 0x7f, 0x7f});
        }
        byte[] damaged = Files.readAllBytes(file);

        try (Database db = Database.openChecking(file, existing -> { })) {
            Throwable found = db.startCheck().toCompletableFuture()
                    .handle((ok, failure) -> failure instanceof CompletionException ? failure.getCause() : failure).join();
            assertThat(found).isInstanceOf(DamagedDatabaseException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("повреждён");
            assertThatThrownBy(db::awaitSound).isInstanceOf(DamagedDatabaseException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("повреждён");
        }
        try (Database db = Database.openChecking(file, existing -> { })) {
            // A write before anyone started the check starts it, and waits for it.
            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES ('municipality', 'Иштан')")) {
                    return ps.executeUpdate();
                }
            })).isInstanceOf(DamagedDatabaseException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        // Opened the usual way, the same file is refused at once.
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void aDamagedFileThatWouldNeedMigratingIsRefusedBeforeAnythingIsOpened() throws Exception {
        Path file = dir.resolve("official-pages.db");
        try (Database db = Database.open(file)) {
            fill(db);
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = f.length() / 4096;
            for (long p = 1; p < pages; p++) {
                f.seek(p * 4096);
                f.write(new byte[] {13, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0x7f, 0x7f, 0x7f});
            }
        }
        boolean[] copied = {false};
        assertThatThrownBy(() -> Database.openChecking(file, existing -> copied[0] = true))
                .isInstanceOf(DamagedDatabaseException.class);
        assertThat(copied[0]).as("no copy before a migration that never happens").isFalse();
    }

    /** Enough organizations for their table to span pages of its own. */
    private static void fill(Database db) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organization (name, kind) VALUES (?, 'INSTITUTION')")) {
                for (int i = 0; i < 300; i++) {
                    ps.setString(1, "Учреждение культуры и досуга номер " + i + " муниципального округа");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static long count(Database db) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM organization")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
