package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {
    @TempDir
    Path dir;

    @Test
    void findsTheShippedScripts() {
        assertThat(MigrationFiles.versions()).contains(1, 2).doesNotHaveDuplicates();
        assertThat(MigrationFiles.latestVersion()).isEqualTo(MigrationFiles.versions().stream().mapToInt(i -> i).max().orElseThrow());
    }

    @Test
    void anOlderDatabaseIsMigratedOnOpen() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            // Pretend the newest migration never ran: drop its tables and its history row.
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("DROP TABLE office_hours");
                    s.execute("DROP TABLE calendar_override");
                    s.execute("DROP TABLE calendar_imported_day");
                    s.execute("DROP TABLE calendar_imported_year");
                    s.execute("DELETE FROM flyway_schema_history WHERE version = '2'");
                }
                return null;
            });
        }
        assertThat(Files.exists(file)).isTrue();
        try (Database db = Database.open(file)) {
            int tables = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'office_hours'");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(tables).isEqualTo(1);
        }
    }
}
