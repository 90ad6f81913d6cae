package ru.officialpages.app;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.BackupCopy;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.StorageException;
import ru.officialpages.ui.Theme;

/**
 * Starts the window without an Application subclass (design.md: the class that {@code java -jar}
 * starts must not extend Application), so nothing has to be handed over through statics.
 */
final class GuiStart {
    /** With this property set, the program exits as soon as the window is drawn: for the start-up benchmark. */
    static final String EXIT_WHEN_SHOWN = "officialpages.exitWhenShown";
    /** With this one too, the process waits until Сегодня shows its data (printing the time) before it exits. */
    static final String EXIT_WHEN_READY = "officialpages.exitWhenReady";
    /** With this one too, each thread's CPU time is printed before that exit. */
    static final String THREAD_CPU = "officialpages.threadCpu";
    /** Where the window keeps its size, place and last screen. */
    static final String WINDOW_PREFS = "ru/officialpages/ui";
    private static final DateTimeFormatter WHEN = RuFormat.DATE_TIME;

    /**
     * JavaFX warns in English on every start that it runs from the class path, which is how we run
     * it on purpose (design.md); keep that off the user's console. Held here: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger PLATFORM_LOG =
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl");
    /** JavaFX 21 says it through its own logger, named "javafx" (the class above only shows as the source). */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private GuiStart() {
    }

    static void start(DataFolder folder) {
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        openFolderWindow(folder, Platform::startup);
    }

    /**
     * Takes the folder and opens its data in the background, then has {@code onToolkit} run the window's
     * showing: at start, when the toolkit is up; after the district's password was declined, at once.
     */
    private static void openFolderWindow(DataFolder folder, java.util.function.Consumer<Runnable> onToolkit) {
        // Take the folder, then open and migrate the database (and start the log), while the toolkit
        // starts: on two cores the two overlap almost entirely. Taking the folder writes and syncs the lock
        // file and sweeps leftovers; before the toolkit it held the start by a tenth of a second (issue 20).
        // The file's quick check is left until the window is up (AppContext.openChecking, WindowSession).
        CompletableFuture<Optional<DataFolderLock>> locking =
                CompletableFuture.supplyAsync(() -> DataFolderLock.tryAcquire(folder));
        // The texts too (176 KB of properties): parsed here they cost the UI thread nothing (issue 20: 6 % of its
        // work before the first frame).
        CompletableFuture<Opened> opening = locking.thenApply(
                held -> held.isPresent() ? open(folder, AppContext::openChecking) : null)
                .thenApply(opened -> {
                    Tr.tr("app.title");
                    return opened;
                });
        onToolkit.accept(() -> showFolderWindow(folder, locking, opening));
    }

    private static void showFolderWindow(DataFolder folder, CompletableFuture<Optional<DataFolderLock>> locking,
            CompletableFuture<Opened> opening) {
        Optional<DataFolderLock> lock = locking.join();
        if (lock.isEmpty()) {
            // A second window on the same file would have two writers and two views of the truth.
            String message = DataFolderLock.holdingCommand(folder)
                    .map(c -> Tr.tr("lock.window.busyCommand", folder.path(), c))
                    .orElseGet(() -> Tr.tr("lock.window.busy", folder.path()));
            System.err.println(message);
            Platform.runLater(() -> {
                alert(Alert.AlertType.INFORMATION, message);
                System.exit(1);
            });
            return;
        }
        Opened opened;
        try {
            opened = opening.join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // Dialogs after the start-up call has returned: one opened inside it stays blank under some window systems.
            Platform.runLater(() -> {
                Opened restored = cause instanceof DamagedDatabaseException damaged ? offerRestore(folder, damaged) : null;
                if (restored == null) {
                    if (!(cause instanceof DamagedDatabaseException)) {
                        LoggerFactory.getLogger(GuiStart.class).error("Could not open the data folder {}", folder.path(), cause);
                        String message = ru.officialpages.desk.Refusals.russian(cause);
                        System.err.println(message);
                        alert(Alert.AlertType.ERROR, message);
                    }
                    System.exit(1);
                    return;
                }
                new WindowSession(folder, lock.get()).show(restored);
            });
            return;
        }
        new WindowSession(folder, lock.get()).show(opened);
        ClassArchiveWarmUp.start();
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            reportShownAndExit();
        }
    }

    /**
     * The window on a district's PostgreSQL server ({@code --db}, issue 19): no folder lock (the server takes
     * many users at once), no day's copies and no damage check (the server's backups are its administrator's),
     * no example. Without a password in the address, a small dialog asks for it; a wrong one, or a server
     * that does not answer, is said in that dialog. {@code remembered}: the server chosen in the window
     * (Настройки → Районная база), not given by {@code --db}; declining its password offers the folder's file.
     */
    static void startOnServer(DataFolder folder, ru.officialpages.storage.ServerAddress server, boolean remembered) {
        PLATFORM_LOG.setLevel(java.util.logging.Level.SEVERE);
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Platform.startup(() -> Platform.runLater(() -> showOnServer(folder, server, remembered)));
    }

    /** The window without {@code --db}: on the server remembered in the folder (issue 19), else on the folder's file. */
    static void startWindow(DataFolder folder) {
        Optional<ru.officialpages.storage.ServerAddress> remembered = rememberedServer(folder);
        if (remembered.isPresent()) {
            startOnServer(folder, remembered.get(), true);
        } else {
            start(folder);
        }
    }

    /** The server chosen in Настройки → Районная база, without a password (it is asked). */
    static Optional<ru.officialpages.storage.ServerAddress> rememberedServer(DataFolder folder) {
        return new ru.officialpages.desk.DistrictSignIn(folder.path()).remembered()
                .map(c -> ru.officialpages.desk.DistrictSignIn.address(c, ""));
    }

    /** On the UI thread, the toolkit up: {@link #startOnServer}'s password, connection and window. */
    static void showOnServer(DataFolder folder, ru.officialpages.storage.ServerAddress server, boolean remembered) {
        Opened opened;
        if (server.password().isEmpty()) {
            opened = ServerPasswordDialog.ask(server, address -> signInOnServer(folder, address)).orElse(null);
            if (opened == null) {
                if (remembered && offerFolderInstead(folder, server)) {
                    openFolderWindow(folder, Runnable::run);
                    return;
                }
                System.exit(1);
                return;
            }
        } else {
            try {
                opened = signInOnServer(folder, server);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GuiStart.class).error("Could not open the district database {}", server.display(), e);
                String message = ServerPasswordDialog.said(e);
                System.err.println(message);
                alert(Alert.AlertType.ERROR, message);
                System.exit(1);
                return;
            }
        }
        WindowSession session = new WindowSession(folder, opened.ctx().server().orElse(server));
        (remembered ? session : session.byStartArgument()).show(opened);
    }

    /**
     * The user declined the remembered server's password: rather than leave them with nothing, the file on
     * this computer is offered. True to open it.
     */
    private static boolean offerFolderInstead(DataFolder folder, ru.officialpages.storage.ServerAddress server) {
        ButtonType local = new ButtonType(Tr.tr("server.start.cancel.local"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Tr.tr("server.start.cancel.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                Tr.tr("server.start.cancel.question", server.display(), folder.path()), local, quit);
        ask.setTitle(Tr.tr("app.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("server-start-cancel");
        ask.getDialogPane().lookupButton(local).setId("server-start-local");
        return ask.showAndWait().filter(local::equals).isPresent();
    }

    /**
     * Tries the login on the server without changing anything there ({@link ru.officialpages.desk.DistrictSignIn}:
     * the owner's login, a database not set up, a login not of the district are refused in Russian), then
     * connects as it and reads what the window needs.
     */
    static Opened signInOnServer(DataFolder folder, ru.officialpages.storage.ServerAddress server) {
        ru.officialpages.storage.ServerAddress checked = new ru.officialpages.desk.DistrictSignIn(folder.path())
                .check(ru.officialpages.desk.DistrictSignIn.choiceOf(server), server.password());
        return openOnServer(folder, checked);
    }

    /** Connects to the district's server as the address's login and reads what the window needs. */
    static Opened openOnServer(DataFolder folder, ru.officialpages.storage.ServerAddress server) {
        return open(folder, f -> AppContext.connect(f, server));
    }

    /**
     * Opens (and checks) the folder's data. The day's first copy is made by the window once it is up
     * ({@link WindowSession}), so that it does not hold the first frame.
     */
    static Opened open(DataFolder folder) {
        return open(folder, AppContext::open);
    }

    private static Opened open(DataFolder folder, java.util.function.Function<DataFolder, AppContext> opener) {
        AppContext ctx = opener.apply(folder);
        try {
            // The window's remembered size and screen: on Linux java.util.prefs reads them from an XML
            // file with the JDK's XML parser (170 classes); read here, beside the toolkit's start, not on
            // the UI thread while it builds the window.
            Preferences prefs = Preferences.userRoot().node(WINDOW_PREFS);
            prefs.get("", null);
            return new Opened(ctx, ctx.settings().load(), ctx.dictionary().words(), prefs);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }

    /**
     * The data file is damaged or not ours: it is left as it is, and the newest sound copy is
     * offered. Returns the opened data after a restore, or null when the program is to end.
     */
    static Opened offerRestore(DataFolder folder, DamagedDatabaseException damaged) {
        LoggerFactory.getLogger(GuiStart.class).error("Damaged data file {}", folder.database(), damaged);
        String said = ru.officialpages.desk.Refusals.russian(damaged);
        System.err.println(said);
        Backups backups = AppContext.backupsOf(folder);
        Optional<BackupCopy> good = backups.newestGood();
        if (good.isEmpty()) {
            alert(Alert.AlertType.ERROR, said + "\n\n" + Tr.tr("integrity.cli.noCopy", backups.folder()));
            return null;
        }
        Theme.apply();
        ButtonType restore = new ButtonType(Tr.tr("integrity.gui.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(Tr.tr("integrity.gui.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, said + "\n\n"
                + Tr.tr("integrity.gui.offer", WHEN.format(good.get().madeAt())), restore, quit);
        ask.setTitle(Tr.tr("app.title"));
        ask.setHeaderText(Tr.tr("error.start.header"));
        if (ask.showAndWait().filter(restore::equals).isEmpty()) {
            return null;
        }
        try {
            backups.restore(good.get().file(), LocalDateTime.now());
            return open(folder);
        } catch (StorageException e) {
            LoggerFactory.getLogger(GuiStart.class).error("Restore at start failed", e);
            alert(Alert.AlertType.ERROR, ru.officialpages.desk.Refusals.russian(e));
            return null;
        }
    }

    /**
     * Each thread's CPU time so far, from /proc (Linux), with the start-up benchmark's exit: which part of the
     * start is the UI thread, the JIT compiler, the database thread (docs/performance.md, issue 20).
     */
    private static void printThreadCpu() {
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : tasks.toList()) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, in clock ticks of 10 ms
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                if (ms > 0) {
                    System.out.println("thread-cpu-ms " + name.replace(' ', '_') + " " + ms);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.out.println("thread-cpu-ms unavailable: " + e);
        }
    }

    /** Prints the time from the JVM's start to the first drawn frame, then ends the process. */
    private static void reportShownAndExit() {
        Platform.runLater(() -> Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("shown-ms=" + ms);
            if (Boolean.getBoolean(EXIT_WHEN_READY)) {
                reportReadyAndExit();
                return;
            }
            printDiagnostics();
            System.exit(0);
        }));
    }

    /**
     * The benchmark's second figure (issue 20): the time until Сегодня shows its data, drawn after the first
     * frame; printed once a pulse has laid the filled screen out.
     */
    private static void reportReadyAndExit() {
        javafx.scene.Scene scene = javafx.stage.Window.getWindows().get(0).getScene();
        boolean[] seen = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (!seen[0] && scene.lookup("#today-view.filled") != null) {
                seen[0] = true;
                Platform.runLater(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("ready-ms=" + ms);
                    printDiagnostics();
                    System.exit(0);
                });
            }
        });
        Platform.requestNextPulse();
    }

    /** With {@link #THREAD_CPU}: each thread's CPU time and the number of nodes in each window. */
    private static void printDiagnostics() {
        if (!Boolean.getBoolean(THREAD_CPU)) {
            return;
        }
        printThreadCpu();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() != null) {
                System.out.println("scene-nodes " + countNodes(w.getScene().getRoot()));
            }
        }
    }

    private static int countNodes(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                c += countNodes(child);
            }
        }
        return c;
    }

    /** The data folder cannot be used at all: say so in a window, since the user may have no console. */
    static void showFatal(String message) {
        if (Boolean.getBoolean("java.awt.headless") || System.getenv("OFFICIAL_PAGES_NO_DIALOG") != null) {
            return;
        }
        try {
            Platform.startup(() -> Platform.runLater(() -> {
                alert(Alert.AlertType.ERROR, message);
                Platform.exit();
            }));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // No display: the message is already on stderr.
        }
    }

    static void alert(Alert.AlertType type, String message) {
        Theme.apply();
        Alert a = new Alert(type, message, new ButtonType(Tr.tr("button.ok"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(Tr.tr("app.title"));
        a.setHeaderText(type == Alert.AlertType.ERROR ? Tr.tr("error.start.header") : null);
        a.showAndWait();
    }

    /** What the window needs from the data, read off the UI thread: settings and the personal dictionary too. */
    record Opened(AppContext ctx, Settings settings, java.util.Set<String> dictionary, Preferences prefs) {
    }
}
