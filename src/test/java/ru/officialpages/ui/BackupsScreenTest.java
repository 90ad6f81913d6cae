package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import ru.officialpages.storage.BackupSettingsFile;
import ru.officialpages.storage.Backups;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.settings.BackupsViewModel;

/** Настройки → Резервные копии on the real window: a copy made by the button shows in the list. */
class BackupsScreenTest extends WindowTestBase {
    final List<Path> restored = new ArrayList<>();

    @Override
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
        DialogService yes = TestDialogs.answering(true);
        window.setBackups(new BackupsViewModel(new ru.officialpages.desk.Copies(new Backups(dir.resolve("official-pages.db"), new BackupSettingsFile(dir))),
                executor, yes, () -> LocalDateTime.of(2026, 11, 23, 10, 0), restored::add));
    }

    @Test
    void aCopyMadeByTheButtonIsListedAndCanBeRestored() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-settings");
        clickOn("#settings-tab-backups");
        waitUntil(() -> lookup("#backup-table").tryQuery().isPresent());
        TableView<?> table = node("#backup-table");
        assertThat(table.getItems()).isEmpty();

        clickOn("#backup-create");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(labelText("#backup-status")).startsWith("Копия создана");

        table.getSelectionModel().select(0);
        clickOn("#backup-restore");
        waitUntil(() -> restored.size() == 1);
        assertThat(restored.get(0).getFileName().toString()).endsWith("-manual.db");
    }
}
