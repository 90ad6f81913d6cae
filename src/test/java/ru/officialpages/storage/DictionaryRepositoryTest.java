package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class DictionaryRepositoryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void wordsAreKeptOnceAndSurviveReopening(Engine engine) {
        Database db = engine.open(dir);
        DictionaryRepository words = new DictionaryRepository(db);
        words.add("Пяткоуров");
        words.add("Берёзовка");
        words.add("Пяткоуров");
        try (Database again = engine.reopen(dir, db)) {
            assertThat(new DictionaryRepository(again).words()).containsExactly("Берёзовка", "Пяткоуров");
        }
    }
}
