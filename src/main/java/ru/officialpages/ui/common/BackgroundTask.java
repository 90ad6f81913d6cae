package ru.officialpages.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to do off the UI thread, with what to do with its result on the UI thread.
 * Run by a {@link TaskExecutor}.
 */
public final class BackgroundTask<V> {

    /** The work itself; it may report progress. */
    @FunctionalInterface
    public interface Work<V> {
        V call(Progress progress) throws Exception;
    }

    /** How work reports how far it is. */
    public interface Progress {
        void update(long done, long total);

        void message(String text);
    }

    private final Work<V> work;
    private Consumer<V> onSuccess = v -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    Work<V> work() {
        return work;
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    /** Calls the failure handler; false if there is none, so the executor reports it itself. */
    boolean failed(Throwable t) {
        if (onFailure == null) {
            return false;
        }
        onFailure.accept(t);
        return true;
    }
}
