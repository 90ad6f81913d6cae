package ru.officialpages.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Copies;
import ru.officialpages.storage.BackupReason;
import ru.officialpages.storage.BackupSettingsFile;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.Database;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.DirectTaskExecutor;

class BackupsViewModelTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    @TempDir
    Path dir;
    Backups backups;
    final List<String> questions = new ArrayList<>();
    final List<Path> restored = new ArrayList<>();
    boolean answerYes;
    BackupsViewModel vm;

    @BeforeEach
    void setUp() {
        Database.open(dir.resolve("official-pages.db")).close();
        backups = new Backups(dir.resolve("official-pages.db"), new BackupSettingsFile(dir));
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(Throwable error) {
                throw new AssertionError(error);
            }

            @Override
            public void showInfo(String title, String text) {
                throw new AssertionError(text);
            }

            @Override
            public boolean confirm(String title, String question, String yesText) {
                questions.add(question);
                return answerYes;
            }
        };
        vm = new BackupsViewModel(new Copies(backups), new DirectTaskExecutor(dialogs), dialogs, () -> NOW, restored::add);
    }

    @Test
    void loadShowsTheCopiesAndTheSettings() {
        backups.create(BackupReason.DAILY, NOW.minusDays(1));
        vm.load();
        assertThat(vm.copies()).hasSize(1);
        assertThat(vm.folder.get()).isEqualTo(dir.resolve("backups").toString());
        assertThat(vm.daily.get()).isEqualTo(7);
        assertThat(vm.weekly.get()).isEqualTo(4);
        assertThat(vm.monthly.get()).isEqualTo(12);
    }

    @Test
    void aCopyOnDemandAppearsFirstInTheList() {
        backups.create(BackupReason.DAILY, NOW.minusDays(1));
        vm.load();
        vm.createCopy();
        assertThat(vm.copies()).hasSize(2);
        assertThat(vm.copies().get(0).reason()).isEqualTo(Copies.Reason.MANUAL);
        assertThat(vm.statusProperty().get()).startsWith("Копия создана");
    }

    @Test
    void aDamagedLiveFileMakesNoCopy() {
        BackupsViewModel checked = new BackupsViewModel(new Copies(backups, () -> {
            throw new DamagedDatabaseException(ru.officialpages.storage.StorageException.Failure.DAMAGED, dir.resolve("official-pages.db"));
        }), new DirectTaskExecutor(new ru.officialpages.ui.common.DialogService() {
            @Override
            public void showError(Throwable error) {
                throw new AssertionError(error);
            }

            @Override
            public void showInfo(String title, String text) {
            }

            @Override
            public boolean confirm(String title, String question, String yesText) {
                return false;
            }
        }), null, () -> NOW, restored::add);
        org.assertj.core.api.Assertions.assertThatThrownBy(checked::createCopy)
                .hasRootCauseInstanceOf(DamagedDatabaseException.class);
        assertThat(backups.list()).isEmpty();
    }

    @Test
    void restoreAsksFirstAndHandsOverOnlyOnYes() {
        vm.createCopy();
        vm.restore(vm.copies().get(0));
        assertThat(questions).singleElement().asString().contains("23.11.2026 10:00", "Окно программы закроется");
        assertThat(restored).isEmpty();

        answerYes = true;
        vm.restore(vm.copies().get(0));
        assertThat(restored).containsExactly(vm.copies().get(0).file());
    }

    @Test
    void savedSettingsApplyAtOnceAndPruneTheList() {
        for (int d = 10; d >= 1; d--) {
            backups.create(BackupReason.DAILY, NOW.minusDays(d));
        }
        vm.load();
        vm.daily.set(2);
        vm.weekly.set(0);
        vm.monthly.set(0);
        vm.saveSettings();
        assertThat(vm.statusProperty().get()).isEqualTo("Настройки копий сохранены");
        assertThat(vm.copies()).hasSize(2);
        assertThat(new BackupSettingsFile(dir).load().retention().daily()).isEqualTo(2);
    }

    @Test
    void impossibleCountsAreRefusedWithAMessage() {
        vm.load();
        vm.daily.set(-1);
        vm.saveSettings();
        assertThat(vm.statusProperty().get()).contains("от 0 до 365");
        assertThat(new BackupSettingsFile(dir).load().retention().daily()).isEqualTo(7);
    }

    @Test
    void aCopyFromANewerProgramIsRefusedBeforeAnythingCloses() {
        Path copy = dir.resolve("future.db");
        try (Database db = Database.open(copy)) {
            ru.officialpages.storage.SqlDumps.markAsNewer(db);
        }
        List<Throwable> shown = new ArrayList<>();
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(Throwable error) {
                shown.add(error);
            }

            @Override
            public void showInfo(String title, String text) {
                throw new AssertionError(text);
            }

            @Override
            public boolean confirm(String title, String question, String yesText) {
                questions.add(question);
                return true;
            }
        };
        BackupsViewModel refusing = new BackupsViewModel(new Copies(backups), new DirectTaskExecutor(dialogs), dialogs, () -> NOW,
                restored::add);
        refusing.restore(new Copies.Copy(copy, NOW, Copies.Reason.MANUAL, 1));
        assertThat(shown).singleElement().extracting(Throwable::getMessage).asString()
                .contains("сделана более новой версией программы");
        assertThat(questions).as("not even asked").isEmpty();
        assertThat(restored).isEmpty();
    }
}
