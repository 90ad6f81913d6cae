package ru.officialpages.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs tasks on one background thread, because SQLite has one writer and ordering the user's
 * actions is simpler than locking them; results and errors come back on the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DialogService dialogs;
    private int running;

    public FxTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    private volatile boolean closed;

    @Override
    public void onUiThread(Runnable work) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            work.run();
        } else {
            javafx.application.Platform.runLater(work);
        }
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        Task<V> fxTask = new Task<>() {
            @Override
            protected V call() throws Exception {
                return task.work().call(new BackgroundTask.Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }
                });
            }
        };
        fxTask.setOnSucceeded(e -> {
            finished();
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            finished();
            // After close the window is gone (or never shown: a file found damaged at start): no dialog for it.
            if (!task.failed(fxTask.getException()) && !closed) {
                dialogs.showError(fxTask.getException());
            }
        });
        started();
        executor.execute(fxTask);
    }

    private void started() {
        runOnFx(() -> {
            running++;
            busy.set(true);
        });
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdown();
    }
}
