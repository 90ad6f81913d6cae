package ru.officialpages.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.BackupCopy;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.StorageException;
import ru.officialpages.ui.MainWindow;
import ru.officialpages.ui.UiContext;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TextCheckService;
import ru.officialpages.ui.common.FxDialogService;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.settings.BackupsViewModel;

/**
 * The window and the data it shows, for as long as the program runs. A restore replaces both:
 * every screen holds data read from the old file, so rather than refresh each one, the window is
 * closed and opened again on the restored file, which the confirmation tells the user beforehand.
 */
final class WindowSession {
    private static final DateTimeFormatter WHEN = RuFormat.DATE_TIME;
    static final String EXAMPLE_FOLDER = "example";
    /** The folder shown: the user's own, or the example's inside it. */
    private DataFolder folder;
    /** The user's own data folder, the one the program was started on. */
    private final DataFolder own;
    /** The folder's lock while the window is on its file; null on a server. */
    private DataFolderLock lock;
    private AppContext ctx;
    private Stage stage;
    private FxTaskExecutor executor;
    /** The window's «Обновить из соцсетей»; closed with the window (or when another window replaces it). */
    private ru.officialpages.ui.common.SyncViewModel syncModel;
    /** The damaged file has been reported: by the quick check or by a read, whichever came first. */
    private boolean damagedSeen;
    /** The day's copy under way: closing waits for it, or a half-written copy would be left behind. */
    private java.util.concurrent.CompletableFuture<Void> dailyCopy = java.util.concurrent.CompletableFuture.completedFuture(null);
    /** The check and the day's copy were started after the window's first frame (on the UI thread). */
    private boolean dailyCopyStarted;

    /** The district's server the window works on ({@code --db}, issue 19), or null for the folder's file. */
    private ru.officialpages.storage.ServerAddress server;
    /** The server was given at start by {@code --db} or {@code OFFICIAL_PAGES_DB}, not chosen in the window. */
    private boolean serverFromArgument;

    WindowSession(DataFolder folder, DataFolderLock lock) {
        this.folder = folder;
        this.own = folder;
        this.lock = lock;
        this.server = null;
    }

    /**
     * The window on a district's server: no folder lock (many users at once), no day's copies and no check
     * of a file (the server's backups are its administrator's), no example (a local thing). The data folder
     * keeps the log and the window's own settings.
     */
    WindowSession(DataFolder folder, ru.officialpages.storage.ServerAddress server) {
        this.folder = folder;
        this.own = folder;
        this.lock = null;
        this.server = server;
    }

    /** The server came from {@code --db} or {@code OFFICIAL_PAGES_DB}: Настройки → Районная база says it wins. */
    WindowSession byStartArgument() {
        serverFromArgument = true;
        return this;
    }

    private void releaseLock() {
        if (lock != null) {
            lock.close();
        }
    }


    /**
     * Builds and shows the window. When the data file was opened with its quick check left for later
     * ({@link AppContext#openChecking}), the check starts once the first frame is drawn; every write
     * waits for it, and a damaged file closes the window with the offer of a sound copy, as at start.
     */
    void show(GuiStart.Opened opened) {
        ctx = opened.ctx();
        if (syncModel != null) {
            syncModel.close();
        }
        ru.officialpages.ui.common.Icons.findFontAhead();
        ru.officialpages.ui.Theme.apply();
        stage = new Stage();
        FxDialogService dialogs = new FxDialogService(stage);
        // A read that finds the file damaged (before the quick check has said so, or later, on a failing
        // disk) leads to the offer of a sound copy, not to a bare "could not read".
        executor = new FxTaskExecutor(new ru.officialpages.ui.common.DialogService() {
            @Override
            public void showError(Throwable error) {
                if (error instanceof DamagedDatabaseException) {
                    damaged(error);
                } else {
                    dialogs.showError(error);
                }
            }

            @Override
            public void showInfo(String title, String text) {
                dialogs.showInfo(title, text);
            }

            @Override
            public boolean confirm(String title, String question, String yesText) {
                return dialogs.confirm(title, question, yesText);
            }
        });
        FxTaskExecutor writes = executor;
        AppContext data = ctx;
        // The dictionary is read with the data it belongs to: after a restore, the restored one.
        TextCheckService textChecks = new TextCheckService(true, opened.dictionary(),
                word -> writes.execute(BackgroundTask.of(p -> {
                    data.dictionary().add(word);
                    return word;
                }))).keptIn(new ru.officialpages.desk.Dictionary(ctx.dictionary()));
        UiContext ui = new UiContext(executor, textChecks, opened.prefs(), Clock.systemDefaultZone(), ctx.desks(),
                ctx.reportDesk());
        stage.setOnHidden(e -> {
            syncModel.close();
            awaitDailyCopy();
            executor.close();
            ctx.close();
            releaseLock();
            Platform.exit();
        });
        MainWindow window = new MainWindow(stage, ui, dialogs);
        BackupsViewModel backups = new BackupsViewModel(ctx.copies().checkedBy(ctx::checkFully), executor, dialogs,
                LocalDateTime::now, this::restoreFrom)
                .withTransfer(new ru.officialpages.ui.settings.DataTransferViewModel(ctx.transferDesk(), executor, dialogs,
                        LocalDateTime::now, new ru.officialpages.ui.settings.FxTransferFiles(stage), Platform::runLater,
                        this::reopenWith));
        if (server != null) {
            // Копии: the server's backups (pg_dump) are its administrator's; «Выгрузить всё» stays.
            backups.onServer(Tr.tr("server.window.copies", server.display()));
            window.markDistrict(Tr.tr("server.window.title", server.login()));
        }
        window.setBackups(backups);
        // One set of connections per window: the key's check and the sync share VK's pace of 3 a second.
        ru.officialpages.desk.SocialConnections social = ru.officialpages.desk.SocialConnections.inFolder(ctx.folder().path());
        syncModel = ru.officialpages.ui.common.SyncViewModel.forWindow(ctx.socialSync(social), executor, opened.prefs());
        if (ctx.coordinator()) {
            // A coordinator reads the district and changes nothing (issue 19 item 6): «Район» only, no sync.
            window.coordinator(ctx.district());
            syncModel.close();
        } else {
            window.setSync(syncModel);
            window.setSocial(new ru.officialpages.ui.settings.SocialSettingsViewModel(social, executor).withSync(syncModel));
        }
        window.setAbout(new ru.officialpages.ui.help.About(ru.officialpages.cli.Cli.version(), folder.path()));
        if (folder.equals(own) && !own.isExample()) {
            // Настройки → Районная база and the first start's offer (issue 19): not in the example, a local thing.
            window.setDistrict(new ru.officialpages.ui.settings.DistrictSettingsViewModel(
                    new ru.officialpages.desk.DistrictSignIn(own.path()), executor,
                    new ru.officialpages.ui.settings.DistrictSettingsViewModel.Current(own.path().toString(),
                            Optional.ofNullable(server).map(ru.officialpages.storage.ServerAddress::display), serverFromArgument),
                    this::connectTo, this::toFile));
        }
        // The example lives in a folder of its own inside the user's (issue 16 item 5): nothing of it reaches their data.
        if (server != null) {
            // The example stays a local thing: nothing of it reaches the district's database.
        } else if (folder.equals(own) && folder.isExample()) {
            window.markExample(null); // started on the example folder itself (the command line's demo says how)
        } else if (folder.equals(own)) {
            window.offerExample(() -> switchTo(example(), true));
        } else {
            window.markExample(() -> switchTo(own, false));
        }
        window.build(opened.settings());
        stage.show();
        java.util.concurrent.CompletableFuture<Void> copied = new java.util.concurrent.CompletableFuture<>();
        dailyCopy = copied;
        dailyCopyStarted = false;
        FxTaskExecutor tasks = executor;
        // The window is up once its first frame is drawn, a pulse after show(). What follows waits for
        // it: started earlier, each took one of the two cores from the first frame and the first screen.
        Platform.runLater(() -> Platform.runLater(() -> {
            if (copied.isDone()) {
                return; // the window was closed (or reopened) before its first frame's follow-up
            }
            dailyCopyStarted = true;
            // What the text check needs, read on the database thread after the first frame, not before the
            // first screen's data (issue 20: the registry's names were a third of that thread's work before
            // it). The user's own officialese phrases (Настройки → Проверка текста); the settlement's own
            // names, which are no misspellings (issue 16 item 9), read again after any change to the
            // registry or the settings: a new organisation's words too.
            tasks.execute(BackgroundTask.of(p -> data.dictionary().lexicon()).onSuccess(l -> l.ifPresent(
                    f -> textChecks.useLexicon(new ru.officialpages.text.UserLexicon(f.name(), f.content())))));
            tasks.execute(BackgroundTask.of(p -> {
                textChecks.followSettlementNames(data.desks().changes(), () -> settlementNames(data));
                return null;
            }));
            if (server != null) {
                // The server's data: no file to check, and its copies are its administrator's (pg_dump).
                window.watchDeadlines(folder.path());
                copied.complete(null);
                return;
            }
            // LanguageTool is not loaded here: the first check loads it (TextCheckService, issue 20).
            // Deadlines of citizens' messages told even with the window behind others (issue 16 item 8).
            window.watchDeadlines(folder.path());
            // The quick check of the file (issue 9) when it is due (once a day, after an unclean exit,
            // issue 20): half a second of a core on a large file. Writes wait for it; a damaged file
            // is reported before anything is written.
            data.startCheck().whenComplete((sound, failure) -> {
                if (failure != null) {
                    copied.complete(null);
                    Platform.runLater(() -> damaged(failure instanceof java.util.concurrent.CompletionException
                            && failure.getCause() != null ? failure.getCause() : failure));
                    return;
                }
                // The day's first copy (issue 9), on the database thread once the file is known sound:
                // later changes queue behind it on that one thread (only one made in the check's third
                // of a second can come before it), and VACUUM INTO reads one consistent snapshot anyway.
                // Made before the window, it held the first frame for the whole copy (0.8 s for the
                // 295 MB large database). A copy that fails must not keep the user from working: the
                // warning is shown, the cause logged.
                if (!folder.equals(own) || folder.isExample()) {
                    copied.complete(null); // the example makes no daily copies of its own (issue 16 item 5)
                    return;
                }
                try {
                    tasks.execute(BackgroundTask.of(p -> {
                        try {
                            return data.dailyBackup(LocalDateTime.now());
                        } finally {
                            copied.complete(null);
                        }
                    }).onSuccess(w -> w.ifPresent(m -> dialogs.showInfo(Tr.tr("app.title"), m))));
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    copied.complete(null); // the window was closed (or reopened) meanwhile
                }
            });
        }));
    }

    /**
     * Closing waits for the day's copy under way, or a half-written copy would be left behind. A window
     * closed before the copy was even started (a quick switch to the example and back) waits for nothing:
     * waiting here, on the UI thread, would keep the start of the copy from ever running.
     */
    private void awaitDailyCopy() {
        if (!dailyCopyStarted) {
            dailyCopy.complete(null);
        }
        dailyCopy.join();
    }

    /**
     * The quick check found the file damaged after the window was shown (nothing has been written
     * into it: writes wait for the check). As at start: the file is left as it is, the newest sound
     * copy is offered, and the window opens again on it; without a copy, or when the user declines,
     * the program ends.
     */
    private void damaged(Throwable failure) {
        if (damagedSeen) {
            return;
        }
        damagedSeen = true;
        Stage old = stage;
        old.setOnHidden(null);
        executor.close();
        ctx.close();
        GuiStart.Opened restored = null;
        if (failure instanceof DamagedDatabaseException damaged) {
            restored = GuiStart.offerRestore(folder, damaged);
        } else {
            LoggerFactory.getLogger(WindowSession.class).error("Could not check the data file", failure);
            GuiStart.alert(javafx.scene.control.Alert.AlertType.ERROR,
                    ru.officialpages.desk.Refusals.russian(failure));
        }
        if (restored == null) {
            releaseLock();
            System.exit(1);
            return;
        }
        old.hide();
        show(restored);
    }

    /** On the JavaFX thread, after the user confirmed: close, replace the file, open again. */
    private void restoreFrom(Path copy) {
        // Closing waits for a write in progress; Windows cannot replace a file that is open.
        Stage old = closeForReplacing();
        String done;
        try {
            Optional<ru.officialpages.desk.Copies.Copy> before = ctx.copies().restore(copy, LocalDateTime.now());
            String when = AppContext.backupsOf(folder).list().stream().filter(c -> c.file().equals(copy)).findFirst()
                    .map(c -> WHEN.format(c.madeAt())).orElse(copy.getFileName().toString());
            done = before.map(b -> Tr.tr("restore.ui.done.before", when, b.file().getFileName()))
                    .orElseGet(() -> Tr.tr("restore.ui.done", when));
        } catch (StorageException | ru.officialpages.desk.DeskException e) {
            LoggerFactory.getLogger(WindowSession.class).error("Restore failed", e);
            done = ru.officialpages.desk.Refusals.russian(e);
        }
        reopen(old, Tr.tr("restore.ui.confirm.title"), done);
    }

    /** After a full load, every screen holds the empty data it showed before: the window opens again on the loaded data. */
    private void reopenWith(String message) {
        Stage old = closeForReplacing();
        reopen(old, Tr.tr("transfer.ui.load.confirm.title"), message);
    }

    private void reopen(Stage old, String title, String done) {
        GuiStart.Opened reopened;
        try {
            reopened = server != null ? GuiStart.openOnServer(folder, server) : GuiStart.open(folder);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WindowSession.class).error("Reopening after a restore failed", e);
            GuiStart.alert(javafx.scene.control.Alert.AlertType.ERROR,
                    ru.officialpages.desk.Refusals.russian(e));
            releaseLock();
            Platform.exit();
            return;
        }
        old.hide();
        show(reopened);
        String message = done;
        Platform.runLater(() -> new FxDialogService(stage).showInfo(title, message));
    }

    /** Where the example settlement is kept: {@code example/} in the user's data folder. */
    DataFolder example() {
        return own.example();
    }

    /**
     * Opens {@code target} in place of the folder shown: the example (loaded the first time) or the
     * user's own again. The data is opened off the UI thread while a small window says what is
     * happening; the old window stays until the new one is ready, and on failure stays as it was.
     */
    private void switchTo(DataFolder target, boolean loadExample) {
        switchTo(target, loadExample, null);
    }

    /**
     * As {@link #switchTo(DataFolder, boolean)}; with {@code taken}, the folder's lock just taken for the
     * window that leaves a district's server (released again when the folder cannot be opened).
     */
    private void switchTo(DataFolder target, boolean loadExample, DataFolderLock taken) {
        Stage old = stage;
        Stage progress = progressWindow(old, Tr.tr(loadExample ? "example.loading" : "example.leaving"));
        Thread opening = new Thread(() -> {
            GuiStart.Opened opened = null;
            try {
                target.prepare();
                if (loadExample) {
                    target.markExample();
                }
                opened = GuiStart.open(target);
                ru.officialpages.desk.Example sample = opened.ctx().example();
                if (loadExample && sample.canLoad()) {
                    sample.load(java.time.LocalDate.now());
                    opened = new GuiStart.Opened(opened.ctx(), opened.ctx().settings().load(), opened.dictionary(),
                            opened.prefs());
                }
                GuiStart.Opened ready = opened;
                Platform.runLater(() -> {
                    progress.close();
                    replaceWith(ready, () -> {
                        folder = target;
                        if (taken != null) {
                            lock = taken;
                            server = null;
                            serverFromArgument = false;
                        }
                    });
                });
            } catch (Exception e) {
                LoggerFactory.getLogger(WindowSession.class).error("Could not open {}", target.path(), e);
                if (opened != null) {
                    opened.ctx().close();
                }
                if (taken != null) {
                    taken.close();
                }
                String message = ru.officialpages.desk.Refusals.russian(e);
                Platform.runLater(() -> {
                    progress.close();
                    new FxDialogService(old).showError(new ru.officialpages.desk.DeskException(message, e));
                });
            }
        }, "open-folder");
        opening.setDaemon(true);
        opening.start();
    }

    /**
     * Before another window takes this one's place: the window saves its size and screen on a close request,
     * as when the user closes it; the day's copy under way is awaited; the tasks and the data are closed.
     * Returns the old window, still shown until the new one is ready.
     */
    private Stage closeForReplacing() {
        Stage old = stage;
        // Before the close request: firing it closes the window, and its own handler would end the program.
        old.setOnHidden(null);
        old.fireEvent(new WindowEvent(old, WindowEvent.WINDOW_CLOSE_REQUEST));
        awaitDailyCopy();
        executor.close();
        ctx.close();
        return old;
    }

    /**
     * On the UI thread: the window closes (saving its size and screen) and opens again on {@code ready};
     * {@code between} says, once the old data is closed, what the new window is on.
     */
    private void replaceWith(GuiStart.Opened ready, Runnable between) {
        Stage old = closeForReplacing();
        between.run();
        damagedSeen = false;
        old.hide();
        show(ready);
    }

    /**
     * «Подключиться к районной базе» (issue 19 item 1), off the UI thread: the login tried on the server,
     * the window's data opened there and the choice remembered for the next start (never the password).
     * What it returns reopens the window on the server, on the UI thread.
     */
    private Runnable connectTo(ru.officialpages.desk.ServerChoice choice, String password) {
        ru.officialpages.desk.DistrictSignIn signIn = new ru.officialpages.desk.DistrictSignIn(own.path());
        ru.officialpages.storage.ServerAddress address = signIn.check(choice, password);
        GuiStart.Opened opened = GuiStart.openOnServer(own, address);
        try {
            signIn.remember(choice);
        } catch (RuntimeException e) {
            opened.ctx().close();
            throw e;
        }
        return () -> replaceWith(opened, () -> {
            releaseLock();
            lock = null;
            folder = own;
            server = address;
            serverFromArgument = false;
        });
    }

    /**
     * Настройки → Районная база → «Вернуться к файлу на этом компьютере», on a server (the choice is already
     * forgotten): the folder taken as at start, the window opened again on its file.
     */
    private void toFile() {
        Optional<DataFolderLock> taken = DataFolderLock.tryAcquire(own);
        if (taken.isEmpty()) {
            new FxDialogService(stage).showInfo(Tr.tr("app.title"), Tr.tr("settings.district.busy"));
            return;
        }
        switchTo(own, false, taken.get());
    }

    private static Stage progressWindow(Stage owner, String text) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(32, 32);
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(14, spinner, label);
        box.setId("folder-progress");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setPadding(new javafx.geometry.Insets(20, 28, 20, 28));
        Stage s = new Stage(javafx.stage.StageStyle.UTILITY);
        s.initOwner(owner);
        s.initModality(javafx.stage.Modality.WINDOW_MODAL);
        s.setTitle(Tr.tr("app.title"));
        javafx.scene.Scene scene = new javafx.scene.Scene(box, 360, 90);
        scene.getStylesheets().add(ru.officialpages.ui.Theme.stylesheet());
        s.setScene(scene);
        s.setWidth(360);
        s.setHeight(110);
        s.setOnCloseRequest(javafx.event.Event::consume);
        s.show();
        return s;
    }

    /** The municipality, its organisations, page addresses, the head, the preparer and the pages' people. */
    private static java.util.List<String> settlementNames(AppContext data) {
        java.util.List<String> names = new java.util.ArrayList<>();
        ru.officialpages.domain.Settings s = data.settings().load();
        names.add(s.municipality());
        names.add(s.headName());
        names.add(s.preparerName());
        for (ru.officialpages.domain.RegistryEntry e : data.desks().pages().registry(java.time.LocalDate.now())) {
            names.add(e.organization());
            names.add(e.address());
            e.people().forEach(person -> names.add(person.name()));
        }
        return names;
    }
}
