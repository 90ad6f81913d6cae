package ru.officialpages.ui.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A list of as many rows as the query finds, fetched in blocks only when a table shows them, so
 * a register of 300,000 posts opens as fast as one of 30. A row not fetched yet reads as null
 * (the table draws an empty row) and is filled in when its block arrives; a block arriving for
 * an older query is dropped.
 */
public final class LazyRows<T> extends ObservableListBase<T> {
    static final int BLOCK = 200;

    /** Fetches rows {@code offset … offset + limit - 1} of the current query; runs in the background. */
    @FunctionalInterface
    public interface Source<T> {
        List<T> fetch(int offset, int limit) throws Exception;
    }

    private final TaskExecutor executor;
    private Source<T> source;
    private int size;
    private int generation;
    private final Map<Integer, List<T>> blocks = new HashMap<>();
    private final Set<Integer> loading = new HashSet<>();

    public LazyRows(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows a new query of {@code newSize} rows; what was fetched for the old one is forgotten. */
    public void reset(int newSize, Source<T> newSource) {
        int oldSize = size;
        generation++;
        blocks.clear();
        loading.clear();
        source = newSource;
        size = newSize;
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
        if (newSize > 0) {
            request(0);
        }
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int block = index / BLOCK;
        List<T> rows = blocks.get(block);
        if (rows == null) {
            request(block);
            return null;
        }
        int at = index - block * BLOCK;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** True when every row has been fetched (tests wait on it; a table never needs to). */
    public boolean isFullyLoaded() {
        return loading.isEmpty() && blocks.size() * (long) BLOCK >= size;
    }

    private void request(int block) {
        if (loading.contains(block) || blocks.containsKey(block)) {
            return;
        }
        loading.add(block);
        int gen = generation;
        Source<T> s = source;
        executor.execute(BackgroundTask.of(p -> s.fetch(block * BLOCK, BLOCK)).onSuccess(rows -> {
            if (gen != generation) {
                return;
            }
            loading.remove(block);
            blocks.put(block, rows);
            int from = block * BLOCK;
            int to = Math.min(size, from + rows.size());
            if (to > from) {
                beginChange();
                for (int i = from; i < to; i++) {
                    nextSet(i, null);
                }
                endChange();
            }
        }));
    }
}
