package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.District;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.TestServer;

/**
 * «Подключиться к районной базе» in the window (issue 19 item 1), driven as a user would: at the first start
 * instead of the local file, and in Настройки → Районная база; each refusal next to its field; a successful
 * connection opens the window on the settlement's data; the choice is remembered in the data folder without
 * the password, and the next start asks only the password (declining it offers the local file).
 */
class DistrictConnectScreenTest extends ServerWindowTestBase {
    private static final String SETTLEMENT = "Берёзовское сельское поселение";
    @TempDir
    Path dir;

    /** A district with one settlement, Берёзовское; its specialist's login. */
    private static String district(ServerAddress owner) {
        try (Database admin = Database.connect(owner)) {
            new District(admin).init("Кожевниковский район", NOW);
        }
        String login = TestServer.newLogin("berezovka");
        settlement(owner, SETTLEMENT, login, "https://vk.com/berezovka_adm");
        return login;
    }

    private void type(String field, String text) {
        TextField f = lookup(field).query();
        interact(() -> f.clear());
        clickOn(f).write(text);
    }

    private String error(String field) {
        return lookup(field + "-error").<Label>query().getText();
    }

    /** Clicks «Проверить и подключиться», waits until the check is over and says what {@code field} says. */
    private org.assertj.core.api.AbstractStringAssert<?> refusalAt(String field) throws Exception {
        clickOn("#district-connect");
        waitUntil(() -> !lookup("#district-connect").query().isDisabled());
        return assertThat(error(field)).as("under %s; all: %s / %s / %s / %s; failure: %s", field, error("#district-server"),
                error("#district-database"), error("#district-login"), error("#district-password"),
                lookup("#district-failure").<Label>query().getText());
    }

    private Stage mainWindow() {
        return (Stage) lookup("#main-root").query().getScene().getWindow();
    }

    @Test
    void theFirstStartConnectsToTheDistrictSayingEachRefusalNextToItsField() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        String login = district(owner);
        String plain = TestServer.newLogin("plain");
        String stranger = TestServer.newLogin("stranger");
        try (Connection c = TestServer.admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + plain);
            s.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        DataFolderLock lock = DataFolderLock.tryAcquire(folder).orElseThrow();
        FxToolkit.setupFixture(() -> new WindowSession(folder, lock).show(GuiStart.open(folder)));
        waitUntil(() -> lookup("#setup-district").tryQuery().isPresent());

        clickOn("#setup-district");
        waitUntil(() -> lookup("#district-server").tryQuery().isPresent());
        refusalAt("#district-server").contains("Укажите сервер");

        type("#district-server", "127.0.0.1:99999");
        refusalAt("#district-server").contains("Порт «99999»");
        type("#district-server", "127.0.0.1:" + closedPort);
        type("#district-database", owner.database());
        type("#district-login", login);
        refusalAt("#district-password").isEqualTo("Введите пароль.");
        type("#district-password", PASSWORD);
        refusalAt("#district-server").contains("не отвечает");

        type("#district-server", "127.0.0.1:" + TestServer.port());
        type("#district-database", "nosuchdb");
        type("#district-password", PASSWORD);
        refusalAt("#district-database").contains("нет базы «nosuchdb»");
        type("#district-database", plain);
        type("#district-password", PASSWORD);
        refusalAt("#district-database").contains("не районная база", "district init");
        // The probe changed nothing there: no table of the program was created in that database.
        try (Connection c = java.sql.DriverManager.getConnection(TestServer.address(plain).jdbcUrl(), TestServer.OWNER, "");
             Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }

        type("#district-database", owner.database());
        type("#district-login", TestServer.OWNER);
        type("#district-password", PASSWORD);
        refusalAt("#district-login").contains("логин владельца базы");
        type("#district-login", stranger);
        type("#district-password", PASSWORD);
        refusalAt("#district-login").contains("не добавлен в районную базу");
        type("#district-login", login);
        type("#district-password", "wrong-password");
        refusalAt("#district-password").contains("не принял логин или пароль")
                .doesNotContain("Exception").doesNotContain("wrong-password");
        // Each refusal is under its own field only: the others have nothing to say.
        assertThat(error("#district-server")).isEmpty();
        assertThat(error("#district-login")).isEmpty();
        assertThat(lookup("#nav-rail").tryQuery()).isEmpty();

        type("#district-password", PASSWORD);
        clickOn("#district-connect");
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        assertThat(lookup("#district-server").tryQuery()).isEmpty();
        assertThat(mainWindow().getTitle()).contains(SETTLEMENT, "районная база, логин " + login);
        assertThat(lookup("#setup-district").tryQuery()).isEmpty();
        // The window on the server holds the folder no more: another window may open the file.
        Optional<DataFolderLock> free = DataFolderLock.tryAcquire(folder);
        assertThat(free).isPresent();
        free.get().close();

        // Remembered in the data folder: server, port, database, login — and the password nowhere.
        String remembered = Files.readString(folder.path().resolve("district.properties"), StandardCharsets.UTF_8);
        assertThat(remembered).contains("host=127.0.0.1", "port=" + TestServer.port(), "database=" + owner.database(),
                "login=" + login);
        assertThat(filesContaining(folder.path(), PASSWORD)).isEmpty();
        assertThat(prefsContaining(Preferences.userRoot().node(GuiStart.WINDOW_PREFS), PASSWORD)).isEmpty();
        assertThat(GuiStart.rememberedServer(folder)).hasValueSatisfying(a -> {
            assertThat(a.display()).isEqualTo(login + "@127.0.0.1:" + TestServer.port() + "/" + owner.database());
            assertThat(a.password()).isEmpty();
        });
    }

    @Test
    void theNextStartAsksOnlyThePasswordAndDecliningItOffersTheLocalFile() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        String login = district(owner);
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        new ru.officialpages.desk.DistrictSignIn(folder.path()).remember(
                new ru.officialpages.desk.ServerChoice("127.0.0.1", TestServer.port(), owner.database(), login));

        ServerAddress remembered = GuiStart.rememberedServer(folder).orElseThrow();
        Platform.runLater(() -> GuiStart.showOnServer(folder, remembered, true));
        waitUntil(() -> lookup("#server-password").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .header-panel .label").<Label>query().getText())
                .contains(login + "@127.0.0.1:" + TestServer.port() + "/" + owner.database());
        clickOn("#server-password").write(PASSWORD);
        clickOn("#server-connect");
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        assertThat(mainWindow().getTitle()).contains(SETTLEMENT, "районная база, логин " + login);

        // Started again, the user does not know the password today: the local file instead, not a dead end.
        closeWindows();
        Platform.runLater(() -> GuiStart.showOnServer(folder, GuiStart.rememberedServer(folder).orElseThrow(), true));
        waitUntil(() -> lookup("#server-password").tryQuery().isPresent());
        clickOn("Отмена");
        waitUntil(() -> lookup("#server-start-local").tryQuery().isPresent());
        assertThat(lookup("#server-start-cancel .content").<Label>query().getText())
                .contains("Открыть вместо неё файл на этом компьютере");
        clickOn("#server-start-local");
        waitUntil(() -> lookup("#setup-view").tryQuery().isPresent());
        assertThat(mainWindow().getTitle()).doesNotContain("районная база");
        assertThat(lookup("#setup-district").tryQuery()).isPresent();
        // The local window holds the folder, as at an ordinary start; the server stays chosen for next time.
        assertThat(DataFolderLock.tryAcquire(folder)).isEmpty();
        assertThat(GuiStart.rememberedServer(folder)).isPresent();
    }

    @Test
    void settingsConnectToTheDistrictAndGoBackToTheLocalFile() throws Exception {
        ServerAddress owner = TestServer.freshDatabase();
        String login = district(owner);
        DataFolder folder = new DataFolder(dir.resolve("data"));
        folder.prepare();
        try (Database mine = Database.open(folder.database())) {
            new SettingsRepository(mine).save(new Settings("Своё поселение", "", "Глава", "", "",
                    NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        }
        DataFolderLock lock = DataFolderLock.tryAcquire(folder).orElseThrow();
        FxToolkit.setupFixture(() -> new WindowSession(folder, lock).show(GuiStart.open(folder)));
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        clickOn("#nav-settings");
        clickOn("#settings-tab-district");
        waitUntil(() -> lookup("#district-now").tryQuery().isPresent()
                && !lookup("#district-next").<Label>query().getText().isEmpty());
        assertThat(lookup("#district-now").<Label>query().getText()).contains("файл на этом компьютере", folder.path().toString());
        assertThat(lookup("#district-next").<Label>query().getText()).contains("файл на этом компьютере");
        assertThat(lookup("#district-to-file").query().isVisible()).isFalse();

        clickOn("#district-open-connect");
        waitUntil(() -> lookup("#district-server").tryQuery().isPresent());
        type("#district-server", "127.0.0.1:" + TestServer.port());
        type("#district-database", owner.database());
        type("#district-login", login);
        type("#district-password", PASSWORD);
        clickOn("#district-connect");
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent() && mainWindow().getTitle().contains("районная база"));
        assertThat(mainWindow().getTitle()).contains(SETTLEMENT, "логин " + login);

        clickOn("#nav-settings");
        clickOn("#settings-tab-district");
        waitUntil(() -> lookup("#district-now").tryQuery().isPresent()
                && !lookup("#district-next").<Label>query().getText().isEmpty());
        String server = login + "@127.0.0.1:" + TestServer.port() + "/" + owner.database();
        assertThat(lookup("#district-now").<Label>query().getText()).contains("районная база " + server);
        assertThat(lookup("#district-next").<Label>query().getText()).contains(server, "не сохраняется");
        assertThat(lookup("#district-argument").query().isVisible()).isFalse();
        assertThat(filesContaining(folder.path(), PASSWORD)).isEmpty();

        clickOn("#district-to-file");
        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent() && !mainWindow().getTitle().contains("районная база"));
        assertThat(mainWindow().getTitle()).contains("Своё поселение");
        assertThat(folder.path().resolve("district.properties")).doesNotExist();
        assertThat(GuiStart.rememberedServer(folder)).isEmpty();
        assertThat(DataFolderLock.tryAcquire(folder)).isEmpty();
    }

    /** Files under {@code root} whose bytes hold {@code secret}. */
    private static List<Path> filesContaining(Path root, String secret) throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** Keys under {@code node} whose values hold {@code secret}. */
    private static List<String> prefsContaining(Preferences node, String secret) throws Exception {
        List<String> found = new ArrayList<>();
        for (String key : node.keys()) {
            if (node.get(key, "").contains(secret)) {
                found.add(node.absolutePath() + "/" + key);
            }
        }
        for (String child : node.childrenNames()) {
            found.addAll(prefsContaining(node.node(child), secret));
        }
        return found;
    }
}
