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
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.BackupCopy;
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
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final DataFolder folder;
    private final DataFolderLock lock;
    private AppContext ctx;
    private Stage stage;
    private FxTaskExecutor executor;
    /** The day's copy under way: closing waits for it, or a half-written copy would be left behind. */
    private java.util.concurrent.CompletableFuture<Void> dailyCopy = java.util.concurrent.CompletableFuture.completedFuture(null);

    WindowSession(DataFolder folder, DataFolderLock lock) {
        this.folder = folder;
        this.lock = lock;
    }


    /**
     * Builds the window and shows it once the data file's quick check has passed (it runs beside the
     * building on the first start). A damaged file throws {@link ru.officialpages.storage.DamagedDatabaseException}
     * before anything is shown or written; the caller offers a copy.
     */
    void show(GuiStart.Opened opened) {
        ctx = opened.ctx();
        ru.officialpages.ui.Theme.apply();
        stage = new Stage();
        FxDialogService dialogs = new FxDialogService(stage);
        executor = new FxTaskExecutor(dialogs);
        FxTaskExecutor writes = executor;
        AppContext data = ctx;
        // The dictionary is read with the data it belongs to: after a restore, the restored one.
        TextCheckService textChecks = new TextCheckService(true, opened.dictionary(),
                word -> writes.execute(BackgroundTask.of(p -> {
                    data.dictionary().add(word);
                    return word;
                }))).keptIn(ctx.dictionary());
        // The user's own officialese phrases (Настройки → Проверка текста), read off the UI thread.
        executor.execute(BackgroundTask.of(p -> data.dictionary().lexicon()).onSuccess(l -> l.ifPresent(
                f -> textChecks.useLexicon(new ru.officialpages.text.UserLexicon(f.name(), f.content())))));
        UiContext ui = new UiContext(ctx.settings(), ctx.organizations(), ctx.networks(), ctx.pages(), ctx.posts(),
                ctx.calendar(), ctx.plan(), ctx.moderation(), ctx.messages(), ctx.reports(), ctx.demo(), executor, textChecks, opened.prefs(),
                Clock.systemDefaultZone());
        stage.setOnHidden(e -> {
            dailyCopy.join();
            executor.close();
            ctx.close();
            lock.close();
            Platform.exit();
        });
        MainWindow window = new MainWindow(stage, ui, dialogs);
        window.setBackups(new BackupsViewModel(ctx.backups(), executor, dialogs, LocalDateTime::now, this::restoreFrom)
                .withTransfer(new ru.officialpages.ui.settings.DataTransferViewModel(ctx.transfer(), executor, dialogs,
                        LocalDateTime::now, ru.officialpages.cli.Cli.version(),
                        new ru.officialpages.ui.settings.FxTransferFiles(stage), Platform::runLater, this::reopenWith)));
        window.build(opened.settings());
        try {
            ctx.awaitSound();
        } catch (StorageException e) {
            executor.close();
            ctx.close();
            throw e;
        }
        stage.show();
        // LanguageTool takes seconds to load: after the window is up, never before it (issue 8). The
        // window is up once its first frame is drawn, a pulse after show(): started here it took one of
        // the two cores from the first frame and the first screen's data.
        Platform.runLater(() -> Platform.runLater(textChecks::warmUp));
        // The day's first copy (issue 9), on the database thread once the window is up: every change the
        // user makes queues behind it on that one thread, so the copy still holds the data as the day
        // found it, and VACUUM INTO reads one consistent snapshot anyway. Made before the window, it held
        // the first frame for the whole copy (0.8 s for the 295 MB large database, more on an old disk).
        // A copy that fails must not keep the user from working: the warning is shown, the cause logged.
        java.util.concurrent.CompletableFuture<Void> copied = new java.util.concurrent.CompletableFuture<>();
        dailyCopy = copied;
        executor.execute(BackgroundTask.of(p -> {
            try {
                return data.dailyBackup(LocalDateTime.now());
            } finally {
                copied.complete(null);
            }
        }).onSuccess(w -> w.ifPresent(m -> dialogs.showInfo(Tr.tr("app.title"), m))));
    }

    /** On the JavaFX thread, after the user confirmed: close, replace the file, open again. */
    private void restoreFrom(Path copy) {
        Stage old = stage;
        // The window saves its size and screen on a close request, as when the user closes it.
        old.fireEvent(new WindowEvent(old, WindowEvent.WINDOW_CLOSE_REQUEST));
        old.setOnHidden(null);
        dailyCopy.join();
        executor.close();
        // Closing waits for a write in progress; Windows cannot replace a file that is open.
        ctx.close();
        String done;
        try {
            Optional<BackupCopy> before = ctx.backups().restore(copy, LocalDateTime.now());
            String when = AppContext.backupsOf(folder).list().stream().filter(c -> c.file().equals(copy)).findFirst()
                    .map(c -> WHEN.format(c.madeAt())).orElse(copy.getFileName().toString());
            done = before.map(b -> Tr.tr("restore.ui.done.before", when, b.file().getFileName()))
                    .orElseGet(() -> Tr.tr("restore.ui.done", when));
        } catch (StorageException e) {
            LoggerFactory.getLogger(WindowSession.class).error("Restore failed", e);
            done = e.getMessage();
        }
        reopen(old, Tr.tr("restore.ui.confirm.title"), done);
    }

    /** After a full load, every screen holds the empty data it showed before: the window opens again on the loaded data. */
    private void reopenWith(String message) {
        Stage old = stage;
        old.fireEvent(new WindowEvent(old, WindowEvent.WINDOW_CLOSE_REQUEST));
        old.setOnHidden(null);
        dailyCopy.join();
        executor.close();
        ctx.close();
        reopen(old, Tr.tr("transfer.ui.load.confirm.title"), message);
    }

    private void reopen(Stage old, String title, String done) {
        GuiStart.Opened reopened;
        try {
            reopened = GuiStart.open(folder);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(WindowSession.class).error("Reopening after a restore failed", e);
            GuiStart.alert(javafx.scene.control.Alert.AlertType.ERROR,
                    e instanceof StorageException ? e.getMessage() : Tr.tr("error.unexpected"));
            lock.close();
            Platform.exit();
            return;
        }
        old.hide();
        show(reopened);
        String message = done;
        Platform.runLater(() -> new FxDialogService(stage).showInfo(title, message));
    }
}
