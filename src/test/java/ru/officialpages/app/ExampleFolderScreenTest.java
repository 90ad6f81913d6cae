package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.SettingsRepository;

/**
 * «Посмотреть на примере» on the first start (issue 16 item 5): the example opens from a folder of
 * its own, marked in the window; «Вернуться к своим данным» brings back the user's folder, which has
 * not received a single row of the example.
 */
class ExampleFolderScreenTest extends FxRobot {
    @TempDir
    Path dir;
    private DataFolderLock lock;

    static {
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage)
                .map(w -> (javafx.stage.Stage) w).toList().forEach(s -> {
                    s.setOnHidden(null);
                    s.close();
                }));
        if (lock != null) {
            lock.close();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExampleOpensApartAndTheWayBackFindsTheOwnFolderUntouched() throws Exception {
        DataFolder own = new DataFolder(dir.resolve("data"));
        own.prepare();
        lock = DataFolderLock.tryAcquire(own).orElseThrow();
        FxToolkit.setupFixture(() -> new WindowSession(own, lock).show(GuiStart.open(own)));
        waitUntil(() -> lookup("#setup-example").tryQuery().isPresent());
        assertThat(lookup("#example-bar").tryQuery()).isEmpty();

        clickOn("#setup-example");
        waitUntil(() -> lookup("#example-bar").tryQuery().isPresent() && lookup("#nav-rail").tryQuery().isPresent());
        assertThat(lookup("#example-text").<Label>query().getText()).startsWith("Пример: Берёзовское сельское поселение.");
        try (Database example = Database.open(own.path().resolve("example").resolve("official-pages.db"))) {
            assertThat(new OrganizationRepository(example).all()).hasSize(4);
        }

        clickOn("#example-back");
        waitUntil(() -> lookup("#setup-view").tryQuery().isPresent() && lookup("#example-bar").tryQuery().isEmpty());
        // The example folder is marked as such, and makes no daily copies of its own.
        assertThat(own.example().isExample()).isTrue();
        assertThat(own.isExample()).isFalse();
        assertThat(own.path().resolve("example").resolve("backups")).doesNotExist();
        // The user's folder never got a row of the example, and is still waiting for its setup.
        try (Database mine = Database.open(own.database())) {
            assertThat(new OrganizationRepository(mine).all()).isEmpty();
            assertThat(new SettingsRepository(mine).load().setupDone()).isFalse();
        }
    }

    @Test
    void theCommandLinesExampleOpensMarkedWithNoExampleInsideIt() throws Exception {
        Path data = dir.resolve("data");
        CliRun cli = new CliRun(data);
        assertThat(cli.run("demo")).isZero();
        DataFolder example = new DataFolder(data.resolve("example"));
        assertThat(cli.out()).contains(example.path().toString());
        lock = DataFolderLock.tryAcquire(example).orElseThrow();
        FxToolkit.setupFixture(() -> new WindowSession(example, lock).show(GuiStart.open(example)));
        waitUntil(() -> lookup("#example-bar").tryQuery().isPresent() && lookup("#nav-rail").tryQuery().isPresent());
        assertThat(lookup("#example-text").<Label>query().getText()).startsWith("Пример: Берёзовское сельское поселение.");
        // No own data behind it to go back to, and no example of the example.
        assertThat(lookup("#example-back").query().isVisible()).isFalse();
        assertThat(example.path().resolve("example")).doesNotExist();
        assertThat(data.resolve("official-pages.db")).doesNotExist();
    }
}
