package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsMigratedWithWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(count(db, "SELECT COUNT(*) FROM network")).isEqualTo(5);
        }
    }

    @Test
    void foreignFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("official-pages.db");
        byte[] content = "Это таблица Excel, а не база данных".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("не является базой данных программы");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.exists(dir.resolve("official-pages.db-wal"))).isFalse();
    }

    @Test
    void failedWriteRollsBackEverything() {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES ('a', '1')")) {
                    ps.executeUpdate();
                }
                // A page of an organization that does not exist: the foreign key refuses it.
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO page (organization_id, network_code, address, created_on) VALUES (999, 'VK', 'x', '2026-01-01')")) {
                    ps.executeUpdate();
                }
                return null;
            })).isInstanceOf(StorageException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("прежние данные целы");

            assertThat(new SettingsRepository(db).load().municipality()).isEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM setting")).isZero();
        }
    }

    @Test
    void reopeningKeepsData() {
        Path file = dir.resolve("c.db");
        try (Database db = Database.open(file)) {
            new SettingsRepository(db).save(ru.officialpages.domain.Settings.initial());
        }
        try (Database db = Database.open(file)) {
            assertThat(new SettingsRepository(db).load().headPosition()).isEqualTo("Глава");
        }
    }

    private static int count(Database db, String sql) {
        Integer n = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        return n;
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA " + name); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
