package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.officialpages.demo.DemoData;
import ru.officialpages.report.FullExportXlsx;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.BackupSettingsFile;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.settings.BackupsViewModel;
import ru.officialpages.ui.settings.DataTransferViewModel;
import ru.officialpages.ui.settings.TransferFiles;

/** Настройки → Резервные копии → Перенос данных, clicked as a user does (issue 9). */
class DataTransferScreenTest extends WindowTestBase {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    final List<String> reopened = new CopyOnWriteArrayList<>();
    final List<String> suggested = new CopyOnWriteArrayList<>();
    Path exportTo;
    Path toLoad;

    @Override
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
        // The system's file dialogs are not ours to click: the user's answer is given here.
        TransferFiles files = new TransferFiles() {
            @Override
            public Optional<Path> exportTarget(String suggestedName) {
                suggested.add(suggestedName);
                return Optional.of(exportTo);
            }

            @Override
            public Optional<Path> workbookToLoad() {
                return Optional.of(toLoad);
            }
        };
        window.setBackups(new BackupsViewModel(new ru.officialpages.desk.Copies(new Backups(dir.resolve("official-pages.db"), new BackupSettingsFile(dir))),
                executor, TestDialogs.answering(true), () -> NOW, copy -> { })
                .withTransfer(new DataTransferViewModel(new ru.officialpages.desk.Transfer(new DataTransfer(db), "1.0-test", new ru.officialpages.desk.Changes()),
                        executor, TestDialogs.answering(true), () -> NOW, files, Platform::runLater, reopened::add)));
    }

    private static void demo(Path file) {
        try (Database d = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(d);
            OrganizationRepository orgs = new OrganizationRepository(d);
            PageRepository pages = new PageRepository(d);
            new DemoData(settings, orgs, pages, new PostRepository(d), new PlanRepository(d, java.time.Clock.systemDefaultZone()), new ModerationRepository(d),
                    new MessageRepository(d)).load(LocalDate.of(2026, 11, 23));
        }
    }

    private void openTransfer() throws Exception {
        openWindow();
        clickOn("#nav-settings");
        clickOn("#settings-tab-backups");
        waitUntil(() -> lookup("#transfer-export").tryQuery().isPresent());
        // The section sits below the copies and their settings: the user scrolls down to it.
        javafx.scene.Node section = node("#transfer-section");
        javafx.scene.Node n = section;
        while (!(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) n;
        interact(() -> scroll.setVvalue(scroll.getVmax()));
        waitUntil(() -> section.localToScene(section.getBoundsInLocal()).getMaxY() <= scroll.getScene().getHeight());
    }

    @Test
    void theUserExportsEverythingAndTheFileAppears() throws Exception {
        givenSetupDone();
        demo(dir.resolve("official-pages.db"));
        exportTo = dir.resolve("выгрузка.xlsx");
        openTransfer();
        Button load = node("#transfer-load");
        waitUntil(() -> lookup("#transfer-load").tryQuery().isPresent());
        assertThat(load.isDisabled()).as("data are there: nothing to load into").isTrue();

        clickOn("#transfer-export");
        waitUntil(() -> labelText("#transfer-status").startsWith("Все данные выгружены"));
        assertThat(suggested).containsExactly("Официальные страницы — все данные 23.11.2026.xlsx");
        assertThat(Files.exists(exportTo)).isTrue();
        try (InputStream in = Files.newInputStream(exportTo); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("О файле");
            // Title, subtitle, a blank line, the header, then the seven demo pages.
            assertThat(wb.getSheet("Страницы").getLastRowNum()).isEqualTo(3 + 7);
        }
    }

    @Test
    void onANewPcTheUserLoadsTheExportAndTheWindowOpensOnIt() throws Exception {
        Path old = dir.resolve("old.db");
        demo(old);
        toLoad = dir.resolve("со старого.xlsx");
        try (Database d = Database.open(old)) {
            new DataTransfer(d).dump(dump -> {
                FullExportXlsx.write(toLoad, dump, "1.0-test", NOW, WriteProgress.NONE);
                return null;
            });
        }
        givenSetupDone();
        openTransfer();
        waitUntil(() -> !((Button) node("#transfer-load")).isDisabled());
        clickOn("#transfer-load");
        waitUntil(() -> reopened.size() == 1);
        assertThat(reopened.get(0)).startsWith("Данные загружены из выгрузки");
        assertThat(new PageRepository(db).all()).hasSize(7);
        assertThat(new SettingsRepository(db).load().municipality()).isEqualTo("Берёзовское сельское поселение");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedNextToTheButtons() throws Exception {
        toLoad = Files.writeString(dir.resolve("не то.xlsx"), "это не книга");
        givenSetupDone();
        openTransfer();
        waitUntil(() -> !((Button) node("#transfer-load")).isDisabled());
        clickOn("#transfer-load");
        waitUntil(() -> !labelText("#transfer-failure").isEmpty());
        assertThat(labelText("#transfer-failure")).contains("не удалось прочитать", "Ничего не загружено");
        assertThat(reopened).isEmpty();
        assertThat(new DataTransfer(db).isEmpty()).isTrue();
    }

    @Test
    void onTheFirstStartTheSetupScreenOffersTheLoad() throws Exception {
        Path old = dir.resolve("old.db");
        demo(old);
        toLoad = dir.resolve("со старого.xlsx");
        try (Database d = Database.open(old)) {
            new DataTransfer(d).dump(dump -> {
                FullExportXlsx.write(toLoad, dump, "1.0-test", NOW, WriteProgress.NONE);
                return null;
            });
        }
        openWindow();
        waitUntil(() -> lookup("#setup-load").tryQuery().isPresent());
        assertThat(labelText("#setup-load-failure")).isEmpty();
        waitUntil(() -> !((Button) node("#setup-load")).isDisabled());
        clickOn("#setup-load");
        waitUntil(() -> reopened.size() == 1);
        assertThat(new SettingsRepository(db).load().setupDone()).isTrue();
        assertThat(new PageRepository(db).all()).hasSize(7);
    }
}
