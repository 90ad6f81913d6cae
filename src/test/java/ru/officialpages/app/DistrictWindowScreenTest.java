package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.District;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.TestServer;
import ru.officialpages.ui.pages.PageRow;

/**
 * The window on the district's database (issue 19 items 1, 5): started with an address without a password,
 * it asks for one; a wrong one is said in the dialog; with the right one the window opens as the settlement's
 * login, says so in its title, shows that settlement's pages and none of another's, offers no example and
 * says that the server's copies are the administrator's.
 */
class DistrictWindowScreenTest extends FxRobot {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);
    private static final String PASSWORD = "secret-123";
    @TempDir
    Path dir;

    static {
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).toList().forEach(s -> {
                    s.setOnHidden(null);
                    s.close();
                }));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A settlement set up on the server by its own login: its settings, administration and one page. */
    static void settlement(ServerAddress owner, String name, String login, String address) {
        try (Database admin = Database.connect(owner)) {
            new District(admin).addSettlement(name, login, PASSWORD, NOW, Optional.empty());
        }
        try (Database mine = Database.connect(owner.as(login, PASSWORD))) {
            new SettingsRepository(mine).save(new Settings(name, "", "Глава", "", "",
                    NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
            Organization o = new OrganizationRepository(mine).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация: " + name, "", "", "", "", false, "", false));
            new PageRepository(mine).add(new Page(0, o.id(), Network.VK, address, LocalDate.of(2025, 1, 1), null, null));
        }
    }

    @Test
    void aSettlementsLoginOpensTheWindowOnItsOwnPagesOnly() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        try (Database admin = Database.connect(owner)) {
            new District(admin).init("Кожевниковский район", NOW);
        }
        String berezovka = TestServer.newLogin("berezovka");
        String ishtan = TestServer.newLogin("ishtan");
        settlement(owner, "Берёзовское сельское поселение", berezovka, "https://vk.com/berezovka_adm");
        settlement(owner, "Иштанское сельское поселение", ishtan, "https://vk.com/ishtan_adm");

        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        // As from `--db postgresql://berezovka@host:port/db`: no password in the address, so it is asked.
        ServerAddress noPassword = owner.as(berezovka, "");
        Platform.runLater(() -> ServerPasswordDialog.ask(noPassword, a -> GuiStart.openOnServer(folder, a))
                .ifPresent(opened -> new WindowSession(folder, opened.ctx().server().orElseThrow()).show(opened)));
        waitUntil(() -> lookup("#server-password").tryQuery().isPresent());

        interact(() -> lookup("#server-password").<PasswordField>query().setText("wrong-password"));
        clickOn("#server-connect");
        waitUntil(() -> lookup("#server-password-error").<Label>query().getText().contains("логин"));
        assertThat(lookup("#server-password-error").<Label>query().getText())
                .contains("не принял логин или пароль").doesNotContain("Exception").doesNotContain("wrong-password");
        assertThat(lookup("#nav-rail").tryQuery()).isEmpty();

        interact(() -> lookup("#server-password").<PasswordField>query().setText(PASSWORD));
        clickOn("#server-connect");
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        assertThat(lookup("#server-password").tryQuery()).isEmpty();
        Stage window = (Stage) lookup("#nav-rail").query().getScene().getWindow();
        assertThat(window.getTitle()).contains("Берёзовское сельское поселение", "районная база, логин " + berezovka);
        // The example stays a local thing.
        assertThat(lookup("#example-bar").tryQuery()).isEmpty();
        assertThat(lookup("#setup-example").tryQuery()).isEmpty();

        clickOn("#nav-pages");
        waitUntil(() -> lookup("#pages-table").tryQuery().isPresent()
                && !lookup("#pages-table").<TableView<PageRow>>query().getItems().isEmpty());
        List<String> addresses = lookup("#pages-table").<TableView<PageRow>>query().getItems().stream()
                .map(r -> r.page().address()).toList();
        assertThat(addresses).containsExactly("https://vk.com/berezovka_adm");

        // Настройки → Копии: the server's copies are the administrator's; «Выгрузить всё» is there.
        clickOn("#nav-settings");
        clickOn("#settings-tab-backups");
        waitUntil(() -> lookup("#backup-server-note").tryQuery().isPresent());
        assertThat(lookup("#backup-server-note").<Label>query().getText()).contains("pg_dump", "администратор",
                "Выгрузить все данные в Excel");
        assertThat(lookup("#backup-table").tryQuery()).isEmpty();
        assertThat(lookup("#backup-create").tryQuery()).isEmpty();
        // No data-folder lock and no copies made on this computer.
        Optional<DataFolderLock> free = DataFolderLock.tryAcquire(folder);
        assertThat(free).isPresent();
        free.get().close();
        assertThat(AppContext.backupsOf(folder).folder()).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidInTheDialogAndCancelOpensNothing() throws Exception {
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        ServerAddress nowhere = new ServerAddress("127.0.0.1", closedPort, "official_pages", "berezovka", "");
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        java.util.concurrent.CompletableFuture<Optional<GuiStart.Opened>> answer = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ServerPasswordDialog.ask(nowhere, a -> GuiStart.openOnServer(folder, a))));
        waitUntil(() -> lookup("#server-password").tryQuery().isPresent());
        interact(() -> lookup("#server-password").<PasswordField>query().setText(PASSWORD));
        clickOn("#server-connect");
        waitUntil(() -> lookup("#server-password-error").<Label>query().getText().contains("не отвечает"));
        assertThat(lookup("#server-password-error").<Label>query().getText()).doesNotContain("Exception");

        clickOn("Отмена");
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(lookup("#nav-rail").tryQuery()).isEmpty();
    }
}
