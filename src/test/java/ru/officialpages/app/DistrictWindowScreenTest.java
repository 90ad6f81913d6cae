package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.TestServer;
import ru.officialpages.ui.pages.PageRow;

/**
 * The window on the district's database (issue 19 items 1, 5): started with an address without a password,
 * it asks for one; a wrong one is said in the dialog; with the right one the window opens as the settlement's
 * login, says so in its title, shows that settlement's pages and none of another's, offers no example and
 * says that the server's copies are the administrator's.
 */
class DistrictWindowScreenTest extends ServerWindowTestBase {
    @TempDir
    Path dir;

    @Test
    void aSettlementsLoginOpensTheWindowOnItsOwnPagesOnly() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        Logins logins = twoSettlements(owner);
        String berezovka = logins.berezovka();

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
        // «Район» is the coordinator's: a settlement's login is not offered it.
        assertThat(lookup("#nav-district").tryQuery()).isEmpty();
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
    void aConnectionLostDuringASaveIsSaidAndTheNextSaveReconnects() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        String berezovka = twoSettlements(owner).berezovka();
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        Platform.runLater(() -> {
            GuiStart.Opened opened = GuiStart.openOnServer(folder, owner.as(berezovka, PASSWORD));
            new WindowSession(folder, opened.ctx().server().orElseThrow()).show(opened);
        });
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        clickOn("#nav-pages");
        waitUntil(() -> lookup("#pages-table").tryQuery().isPresent()
                && !lookup("#pages-table").<TableView<PageRow>>query().getItems().isEmpty());
        interact(() -> lookup("#pages-table").<TableView<PageRow>>query().getSelectionModel().select(0));
        waitUntil(() -> lookup("#page-edit-norm").tryQuery().isPresent());

        // The server ends the window's session (a restart, the network) in the middle of saving the page.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.login(), "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION cut_connection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS"
                    + " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
            s.execute("CREATE TRIGGER cut_connection AFTER UPDATE ON page FOR EACH ROW EXECUTE FUNCTION cut_connection()");
        }
        interact(() -> lookup("#page-edit-norm").<javafx.scene.control.TextField>query().setText("5"));
        interact(() -> lookup("#page-edit-save").<javafx.scene.control.Button>query().fire());
        waitUntil(() -> shownText().contains("Связь с районной базой потеряна"));
        assertThat(shownText()).doesNotContain("Exception", "SQLException");
        assertThat(normOnServer(owner)).isNull();

        // The server is back: the same save, made again, connects anew and is written.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.login(), "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER cut_connection ON page");
        }
        interact(() -> lookup("#page-edit-norm").<javafx.scene.control.TextField>query().setText("5"));
        interact(() -> lookup("#page-edit-save").<javafx.scene.control.Button>query().fire());
        waitUntil(() -> Integer.valueOf(5).equals(normOnServer(owner)));
    }

    /** Every label's text in the window, where a refusal is said. */
    private String shownText() {
        StringBuilder all = new StringBuilder();
        lookup(".label").queryAll().forEach(n -> all.append(((javafx.scene.control.Labeled) n).getText()).append('|'));
        return all.toString();
    }

    private static Integer normOnServer(ServerAddress owner) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), owner.login(), "");
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT weekly_norm FROM page WHERE address LIKE '%berezovka%'")) {
            rs.next();
            int n = rs.getInt(1);
            return rs.wasNull() ? null : n;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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
