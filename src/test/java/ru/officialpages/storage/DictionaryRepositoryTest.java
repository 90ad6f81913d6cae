package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void wordsAreKeptOnceAndSurviveReopening() {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            DictionaryRepository words = new DictionaryRepository(db);
            words.add("Пяткоуров");
            words.add("Берёзовка");
            words.add("Пяткоуров");
        }
        try (Database db = Database.open(file)) {
            assertThat(new DictionaryRepository(db).words()).containsExactly("Берёзовка", "Пяткоуров");
        }
    }
}
