package ru.officialpages.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/** Настройки → Общие saved on what was shown (issue 19 item 7): another user's save meanwhile is not written over. */
class SettingsViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private SettingsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("official-pages.db"));
        vm = new SettingsViewModel(ru.officialpages.desk.TestDesks.over(db).office(), new DirectTaskExecutor(TestDialogs.failing()));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Settings named(Settings s, String head, int administrationNorm) {
        return new Settings(s.municipality(), head, s.headPosition(), s.preparerName(), s.preparerPosition(), s.preset(),
                new ru.officialpages.domain.WeeklyNorms(administrationNorm, s.norms().head(), s.norms().department(),
                        s.norms().institution()), s.coordinatorNoticeDays(), s.scaleNormByWorkingDays(), true);
    }

    @Test
    void settingsAnotherUserSavedMeanwhileAreShownWithTheMessageAndNotWrittenOver() {
        vm.form().municipality.set("Берёзовское сельское поселение");
        vm.form().headName.set("Иванов Сергей Петрович");
        vm.save();
        assertThat(vm.statusProperty().get()).isNotEmpty();
        // Another specialist changes the head and a norm from their own connection meanwhile.
        try (Database other = Database.open(dir.resolve("official-pages.db"))) {
            SettingsRepository theirs = new SettingsRepository(other);
            theirs.save(named(theirs.load(), "Петров Олег Иванович", 7), theirs.version());
        }
        vm.form().headName.set("Сидоров Павел Андреевич");
        vm.save();
        assertThat(vm.problemProperty().get()).startsWith("Настройки изменил другой пользователь");
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.form().headName.get()).isEqualTo("Петров Олег Иванович");
        assertThat(vm.form().normAdministration.get()).isEqualTo(7);
        assertThat(new SettingsRepository(db).load().headName()).isEqualTo("Петров Олег Иванович");
        // Read again, the clerk's correction is saved, the other user's norm with it.
        vm.form().headName.set("Сидоров Павел Андреевич");
        vm.save();
        assertThat(vm.problemProperty().get()).isEmpty();
        Settings now = new SettingsRepository(db).load();
        assertThat(now.headName()).isEqualTo("Сидоров Павел Андреевич");
        assertThat(now.norms().administration()).isEqualTo(7);
        // A second save in a row is made on the version the first one took.
        vm.form().headName.set("Сидоров П. А.");
        vm.save();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(new SettingsRepository(db).load().headName()).isEqualTo("Сидоров П. А.");
    }
}
