package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each engine's word for a taken unique key (the settings' first version row, SettingsRepository). */
class DuplicateKeyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTakenKeyIsToldFromOtherRefusals(Engine engine) {
        try (Database db = engine.open(dir)) {
            SQLException taken = refusal(db, "INSERT INTO setting(key, value) VALUES ('dup', '1')", true);
            assertThat(db.dialect().meansDuplicateKey(taken)).isTrue();
            // A missing value breaks a constraint too, but not a unique one.
            SQLException missing = refusal(db, "INSERT INTO setting(key, value) VALUES ('other', NULL)", false);
            assertThat(db.dialect().meansDuplicateKey(missing)).isFalse();
        }
    }

    /** What the engine says to {@code sql}, run twice when {@code twice}, undone before the transaction ends. */
    private static SQLException refusal(Database db, String sql, boolean twice) {
        return db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SAVEPOINT probe");
                if (twice) {
                    s.execute(sql);
                }
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.executeUpdate();
                    throw new AssertionError("the engine took " + sql);
                } catch (SQLException e) {
                    return e;
                } finally {
                    s.execute("ROLLBACK TO SAVEPOINT probe");
                }
            }
        });
    }
}
