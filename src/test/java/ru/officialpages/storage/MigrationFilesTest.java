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
        // A file made by the first schema only, as an early version of the program left it.
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, "", "")
                .locations(Database.MIGRATIONS).target("1").load().migrate();
        assertThat(Files.exists(file)).isTrue();
        try (Database db = Database.open(file)) {
            int tables = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('office_hours', 'plan_item')");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(tables).isEqualTo(2);
        }
    }
}
