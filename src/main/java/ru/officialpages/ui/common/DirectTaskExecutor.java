package ru.officialpages.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Runs a task at once in the calling thread: for view model tests, which need no stage. */
public final class DirectTaskExecutor implements TaskExecutor {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DialogService dialogs;

    public DirectTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        V value;
        try {
            value = task.work().call(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public void message(String text) {
                }
            });
        } catch (Exception e) {
            if (!task.failed(e)) {
                dialogs.showError(e);
            }
            return;
        }
        task.succeeded(value);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
