package ru.officialpages.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.DictionaryRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.TextCheckService;

/** Настройки → Проверка текста: a lexicon file is checked, kept in the data, and dropped; words are forgotten. */
class TextCheckSettingsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    DictionaryRepository store;
    TextCheckService checks;
    TextCheckSettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        store = new DictionaryRepository(db);
        store.add("Пяткоуров");
        store.add("Берёзовка");
        ru.officialpages.desk.Dictionary desk = new ru.officialpages.desk.Dictionary(store);
        checks = new TextCheckService(false, store.words(), store::add).keptIn(desk);
        vm = new TextCheckSettingsViewModel(checks, desk, new DirectTaskExecutor(TestDialogs.failing()));
        vm.load();
    }

    @AfterEach
    void close() {
        checks.close();
        db.close();
    }

    @Test
    void aGoodFileIsKeptInTheDataAndOutlivesTheFile() throws Exception {
        assertThat(vm.lexiconProperty().get()).startsWith("Свой словарь не загружен");
        Path file = dir.resolve("наши фразы.tsv");
        Files.writeString(file, "информирует население\tсообщает жителям\nдоводим до сведения\tсообщаем\n",
                StandardCharsets.UTF_8);
        vm.useLexicon(file);
        assertThat(vm.lexiconErrorProperty().get()).isEmpty();
        assertThat(vm.lexiconProperty().get()).isEqualTo("Загружен «наши фразы.tsv»: 2 фразы");
        Files.delete(file);
        assertThat(store.lexicon()).hasValueSatisfying(l -> {
            assertThat(l.name()).isEqualTo("наши фразы.tsv");
            assertThat(l.content()).contains("доводим до сведения");
        });

        vm.removeLexicon();
        assertThat(store.lexicon()).isEmpty();
        assertThat(vm.lexiconProperty().get()).startsWith("Свой словарь не загружен");
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndTheEarlierOneStays() throws Exception {
        Path good = dir.resolve("хороший.tsv");
        Files.writeString(good, "доводим до сведения\tсообщаем\n", StandardCharsets.UTF_8);
        vm.useLexicon(good);
        Path bad = dir.resolve("плохой.tsv");
        Files.writeString(bad, "# комментарий\nв целях\tчтобы\nфраза!\tзамена\n", StandardCharsets.UTF_8);
        vm.useLexicon(bad);
        assertThat(vm.lexiconErrorProperty().get()).contains("«плохой.tsv», строка 3");
        assertThat(store.lexicon()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("хороший.tsv"));
        assertThat(vm.lexiconProperty().get()).isEqualTo("Загружен «хороший.tsv»: 1 фраза");
    }

    @Test
    void theDictionaryIsListedAndAWordCanBeForgotten() {
        assertThat(vm.words()).containsExactly("Берёзовка", "Пяткоуров");
        vm.removeWord("Пяткоуров");
        assertThat(vm.words()).containsExactly("Берёзовка");
        assertThat(store.words()).isEqualTo(Set.of("Берёзовка"));
    }
}
