package ru.officialpages.app;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.StorageException;
import ru.officialpages.ui.MainWindow;
import ru.officialpages.ui.Theme;
import ru.officialpages.ui.UiContext;
import ru.officialpages.ui.common.FxDialogService;
import ru.officialpages.ui.common.FxTaskExecutor;

/**
 * Starts the window without an Application subclass (design.md: the class that {@code java -jar}
 * starts must not extend Application), so nothing has to be handed over through statics.
 */
final class GuiStart {
    /** With this property set, the program exits as soon as the window is drawn: for the start-up benchmark. */
    static final String EXIT_WHEN_SHOWN = "officialpages.exitWhenShown";

    /**
     * JavaFX warns in English on every start that it runs from the class path, which is how we run
     * it on purpose (design.md); keep that off the user's console. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    private GuiStart() {
    }

    static void start(DataFolder folder) {
        // Open and migrate the database (and start the log) while the toolkit starts: on two cores
        // the two overlap almost entirely.
        CompletableFuture<Opened> opening = CompletableFuture.supplyAsync(() -> {
            AppContext ctx = AppContext.open(folder);
            try {
                return new Opened(ctx, ctx.settings().load());
            } catch (RuntimeException e) {
                ctx.close();
                throw e;
            }
        });
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        Platform.startup(() -> {
            Opened opened;
            try {
                opened = opening.join();
            } catch (RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                LoggerFactory.getLogger(GuiStart.class).error("Could not open the data folder {}", folder.path(), cause);
                String message = cause instanceof StorageException ? cause.getMessage() : Tr.tr("error.unexpected");
                System.err.println(message);
                // Shown after the start-up call returns: a dialog opened inside it stays blank under some window systems.
                Platform.runLater(() -> {
                    alert(message);
                    System.exit(1);
                });
                return;
            }
            Stage stage = new Stage();
            FxDialogService dialogs = new FxDialogService(stage);
            FxTaskExecutor executor = new FxTaskExecutor(dialogs);
            UiContext ui = new UiContext(opened.ctx().settings(), opened.ctx().organizations(), opened.ctx().networks(),
                    opened.ctx().pages(), opened.ctx().posts(), opened.ctx().calendar(), opened.ctx().plan(), opened.ctx().demo(), executor,
                    Preferences.userRoot().node("ru/officialpages/ui"), Clock.systemDefaultZone());
            stage.setOnHidden(e -> {
                executor.close();
                opened.ctx().close();
                Platform.exit();
            });
            new MainWindow(stage, ui, dialogs).show(opened.settings());
            if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
                reportShownAndExit();
            }
        });
    }

    /** Prints the time from the JVM's start to the first drawn frame, then ends the process. */
    private static void reportShownAndExit() {
        Platform.runLater(() -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("shown-ms=" + ms);
            System.exit(0);
        }));
    }

    /** The data folder cannot be used at all: say so in a window, since the user may have no console. */
    static void showFatal(String message) {
        if (Boolean.getBoolean("java.awt.headless") || System.getenv("OFFICIAL_PAGES_NO_DIALOG") != null) {
            return;
        }
        try {
            Platform.startup(() -> {
                alert(message);
                Platform.exit();
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No display: the message is already on stderr.
        }
    }

    private static void alert(String message) {
        Theme.apply();
        Alert a = new Alert(Alert.AlertType.ERROR, message, new ButtonType(Tr.tr("button.ok"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(Tr.tr("app.title"));
        a.setHeaderText(Tr.tr("error.start.header"));
        a.showAndWait();
    }

    private record Opened(AppContext ctx, Settings settings) {
    }
}
