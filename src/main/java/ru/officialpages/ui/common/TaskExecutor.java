package ru.officialpages.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** Runs background tasks; the screens bind a progress indicator to {@link #busyProperty()}. */
public interface TaskExecutor {
    <V> void execute(BackgroundTask<V> task);

    /** True while any task is running. */
    ReadOnlyBooleanProperty busyProperty();
}
