package ru.officialpages.ui.common;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.TableExport;

/**
 * Writes a {@link TableExport} to a file on a thread of its own, so a long export can be
 * cancelled (the writer stops at the next thousand rows) and the database queue is not blocked
 * behind a file write. State is for the screen to show: running, progress, then a message and
 * the saved file. One export at a time.
 */
public final class TableExportJob {
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private Thread thread;

    /** Starts writing; ignored while an export is running. Call on the UI thread. */
    public void start(TableExport<?> export, Path file, String municipality) {
        if (running.get()) {
            return;
        }
        running.set(true);
        saved.set(null);
        failed.set(false);
        progress.set(-1);
        message.set(Tr.tr("export.running", file.getFileName()));
        long expected = export.expectedRows();
        thread = new Thread(() -> {
            try {
                long rows = export.write(file, municipality, (sheet, n) -> {
                    if (expected > 0) {
                        Platform.runLater(() -> progress.set(Math.min(1.0, (double) n / expected)));
                    }
                });
                Platform.runLater(() -> finish(Tr.tr("export.done", file.getFileName(), rows), file, false));
            } catch (RuntimeException e) {
                if (cancelled(e)) {
                    Platform.runLater(() -> finish(Tr.tr("export.cancelled"), null, false));
                } else {
                    LoggerFactory.getLogger(TableExportJob.class).error("Export to {} failed", file, e);
                    String why = russian(e);
                    Platform.runLater(() -> finish(why, null, true));
                }
            }
        }, "export");
        thread.setDaemon(true);
        thread.start();
    }

    /** Shows a line of another action in the same place (printing's result); not while exporting. */
    public void note(String text) {
        if (!running.get()) {
            finish(text, null, false);
        }
    }

    /** Stops the export; the earlier file at the path, if any, stays as it was. */
    public void cancel() {
        Thread t = thread;
        if (t != null && running.get()) {
            t.interrupt();
        }
    }

    private void finish(String text, Path file, boolean error) {
        running.set(false);
        progress.set(-1);
        message.set(text);
        failed.set(error);
        saved.set(file);
        thread = null;
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /** The writer's message is Russian already, the database's failure is said by desk.Refusals; anything else is unexpected. */
    private static String russian(RuntimeException e) {
        // A write failing inside the database's read is wrapped by it: the file's reason comes first.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ru.officialpages.report.SpreadsheetWriteException) {
                return t.getMessage();
            }
        }
        return ru.officialpages.desk.Refusals.russian(e);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0…1 while the row count is known, -1 (indeterminate) otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The file written by the last export that succeeded, else null. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
