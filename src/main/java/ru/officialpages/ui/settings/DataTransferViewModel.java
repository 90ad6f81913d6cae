package ru.officialpages.ui.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.Transfer;
import ru.officialpages.imports.FullImportException;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Настройки → Резервные копии → Перенос данных (issue 9): all the data out to one workbook, and,
 * while the database is still empty (a new PC), all of it in from such a workbook. Both run off
 * the UI thread and say how far they are.
 */
public final class DataTransferViewModel {
    private static final DateTimeFormatter DAY = RuFormat.DATE;

    private final Transfer transfer;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDateTime> now;
    private final TransferFiles files;
    private final Executor ui;
    private final Consumer<String> reopen;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canLoad = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    /**
     * {@code ui} runs progress updates on the UI thread; {@code reopen} is the entry point's: after a
     * load every screen holds the old (empty) data, so the window opens again on the loaded data
     * and then shows the message it is given.
     */
    public DataTransferViewModel(Transfer transfer, TaskExecutor executor, DialogService dialogs,
            Supplier<LocalDateTime> now, TransferFiles files, Executor ui,
            Consumer<String> reopen) {
        this.transfer = transfer;
        this.executor = executor;
        this.dialogs = dialogs;
        this.now = now;
        this.files = files;
        this.ui = ui;
        this.reopen = reopen;
    }

    /** Finds out whether the database is empty, which is when a load is offered. */
    public void load() {
        executor.execute(BackgroundTask.of(p -> transfer.canLoad()).onSuccess(canLoad::set));
    }

    public void exportAll() {
        if (busy.get()) {
            return;
        }
        LocalDateTime at = now.get();
        files.exportTarget(Tr.tr("transfer.ui.export.file", DAY.format(at))).ifPresent(target -> {
            start(Tr.tr("transfer.ui.export.started"));
            executor.execute(BackgroundTask.of(p -> {
                transfer.exportAll(target, at, (sheet, rows) -> show(Tr.tr("transfer.ui.export.progress", sheet, rows)));
                return target;
            }).onSuccess(t -> {
                busy.set(false);
                status.set(Tr.tr("transfer.ui.export.done", t.toAbsolutePath()));
            }).onFailure(this::failed));
        });
    }

    public void loadAll() {
        if (busy.get() || !canLoad.get()) {
            return;
        }
        files.workbookToLoad().ifPresent(file -> {
            if (!dialogs.confirm(Tr.tr("transfer.ui.load.confirm.title"), Tr.tr("transfer.ui.load.confirm.text",
                    file.getFileName()), Tr.tr("transfer.ui.load.confirm.yes"))) {
                return;
            }
            start(Tr.tr("transfer.ui.load.started"));
            executor.execute(BackgroundTask.of(p -> transfer.loadAll(file,
                    n -> show(Tr.tr("transfer.ui.load.progress", n)))).onSuccess(rows -> {
                busy.set(false);
                canLoad.set(false);
                status.set(Tr.tr("transfer.ui.load.done", rows));
                reopen.accept(Tr.tr("transfer.ui.load.done", rows));
            }).onFailure(this::failed));
        });
    }

    private void start(String message) {
        busy.set(true);
        failure.set("");
        status.set(message);
    }

    private void show(String message) {
        ui.execute(() -> status.set(message));
    }

    /**
     * A refused file is the user's to fix, said next to the buttons; it is not logged, since the
     * message may quote a cell of the file (a name, a comment). Anything else goes the usual way.
     */
    private void failed(Throwable e) {
        busy.set(false);
        status.set("");
        if (e instanceof FullImportException || e instanceof DeskException
                || e instanceof ru.officialpages.report.SpreadsheetWriteException) {
            failure.set(e.getMessage());
        } else {
            dialogs.showError(e);
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadProperty() {
        return canLoad.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
