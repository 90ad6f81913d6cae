package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;

/** Data made by a newer version of the program: never opened, migrated, copied over or restored (issue 9). */
class NewerSchemaTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    @TempDir
    Path dir;

    private Path newerFile(String name) {
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            SqlDumps.execute(db, "INSERT INTO setting (key, value) VALUES ('municipality', 'Из будущего')");
            SqlDumps.markAsNewer(db);
        }
        return file;
    }

    @Test
    void openingIsRefusedPlainlyAndTheFileIsNotTouched() throws Exception {
        Path file = newerFile("official-pages.db");
        byte[] before = Files.readAllBytes(file);
        boolean[] copied = {false};
        assertThatThrownBy(() -> Database.open(file, f -> copied[0] = true))
                .isInstanceOf(NewerDatabaseException.class)
                .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("создан более новой версией программы")
                .contains("версия структуры данных 99")
                .contains("Программа его не изменяла");
        assertThat(copied[0]).as("no copy before a migration that will not happen").isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void restoringIsRefusedAndTheCurrentDataStay() throws Exception {
        Path data = dir.resolve("official-pages.db");
        Map<String, List<String>> current;
        try (Database db = Database.open(data)) {
            SqlDumps.execute(db, "INSERT INTO setting (key, value) VALUES ('municipality', 'Сегодняшнее')");
            current = SqlDumps.of(db);
        }
        byte[] before = Files.readAllBytes(data);
        Path copy = newerFile("copy.db");
        Backups backups = new Backups(data, new BackupSettingsFile(dir));

        assertThatThrownBy(() -> backups.checkRestorable(copy)).isInstanceOf(NewerDatabaseException.class);
        assertThatThrownBy(() -> backups.restore(copy, NOW)).isInstanceOf(NewerDatabaseException.class)
                .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("сделана более новой версией программы")
                .contains("ваши данные не изменились");
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(backups.list()).as("nothing copied either").isEmpty();
        try (Database db = Database.open(data)) {
            assertThat(SqlDumps.of(db)).isEqualTo(current);
        }
    }

    @Test
    void aCopyOfThisVersionIsRestorable() {
        Path data = dir.resolve("official-pages.db");
        Database.open(data).close();
        Path copy = dir.resolve("copy.db");
        Database.open(copy).close();
        new Backups(data, new BackupSettingsFile(dir)).checkRestorable(copy);
    }
}
