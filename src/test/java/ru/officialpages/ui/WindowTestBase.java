package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.TextCheckService;

/**
 * Opens the real main window on a real database in a temp folder, with a fixed "today"
 * (Mon 23.11.2026 10:00), and closes it as a user does. Tests drive it with the robot.
 */
abstract class WindowTestBase extends FxRobot {
    @TempDir
    Path dir;
    Preferences prefs;
    Database db;
    FxTaskExecutor executor;
    /** Without LanguageTool: seconds per test class for nothing the screens' tests look at. */
    TextCheckService textChecks = new TextCheckService(false, java.util.Set.of(), word -> { });
    Stage stage;
    /** The window's context, for a {@link #beforeShow} that wires more onto the same desks. */
    UiContext context;
    /** Addresses the window asked to open in a browser; no browser starts in a test. */
    final java.util.List<String> openedLinks = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        prefs = Preferences.userRoot().node("ru/officialpages/test-" + UUID.randomUUID());
    }

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
        prefs.removeNode();
    }

    /** A data folder whose first-start setup is done, as after a day of work. */
    void givenSetupDone() {
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            new SettingsRepository(first).save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "",
                    NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        }
    }

    void openWindow() throws Exception {
        db = Database.open(dir.resolve("official-pages.db"));
        SettingsRepository settings = new SettingsRepository(db);
        OrganizationRepository orgs = new OrganizationRepository(db);
        PageRepository pages = new PageRepository(db);
        PostRepository posts = new PostRepository(db);
        executor = new FxTaskExecutor(TestDialogs.failing());
        PlanRepository plan = new PlanRepository(db, java.time.Clock.systemDefaultZone());
        ru.officialpages.storage.ModerationRepository moderation = new ru.officialpages.storage.ModerationRepository(db);
        ru.officialpages.storage.MessageRepository messages = new ru.officialpages.storage.MessageRepository(db);
        NetworkRepository networks = new NetworkRepository(db);
        CalendarRepository calendar = new CalendarRepository(db, BuiltInCalendars.load());
        UiContext ctx = new UiContext(executor, textChecks, prefs,
                Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()),
                ru.officialpages.desk.Desks.over(settings, calendar, pages, orgs, networks, posts, plan, messages,
                        moderation),
                new ru.officialpages.desk.ReportDesk(new ru.officialpages.storage.ReportRepository(db), settings, calendar,
                        networks));
        context = ctx;
        Settings loaded = settings.load();
        AtomicReference<Stage> made = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Stage s = new Stage();
            MainWindow window = new MainWindow(s, ctx, TestDialogs.failing(), openedLinks::add);
            beforeShow(window, executor);
            window.show(loaded);
            made.set(s);
        });
        stage = made.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A hook for tests that give the window more than the common context (e.g. the backups). */
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
    }

    /** Closes the window as the user does, so it saves its place; then "quits" the program. */
    void closeWindow() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                stage.close();
            });
            stage = null;
        }
        if (executor != null) {
            executor.close();
            executor = null;
        }
        if (db != null) {
            db.close();
            db = null;
        }
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects all of a field's text and types over it, as a user does with Ctrl+A. */
    void replaceText(String id, String text) {
        clickOn(id);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A,
                javafx.scene.input.KeyCode.CONTROL);
        write(text);
    }

    /** Opens a combo box and clicks the item with this text in its drop-down list. */
    void choose(String comboId, String itemText) {
        clickOn(comboId);
        clickOn(lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText(itemText)).<Node>query());
    }

    <T extends Node> T node(String id) {
        return lookup(id).query();
    }

    String labelText(String id) {
        return this.<Label>node(id).getText();
    }


    static {
        Platform.setImplicitExit(false);
    }
}
