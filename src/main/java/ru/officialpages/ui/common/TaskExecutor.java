package ru.officialpages.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** Runs background tasks; the screens bind a progress indicator to {@link #busyProperty()}. */
public interface TaskExecutor {
    <V> void execute(BackgroundTask<V> task);

    /**
     * Runs {@code work} where the screens' state may be touched: the FX thread for the window,
     * the calling thread in tests. A change notice from a desk's background thread comes in here.
     */
    default void onUiThread(Runnable work) {
        work.run();
    }

    /** True while any task is running. */
    ReadOnlyBooleanProperty busyProperty();
}
