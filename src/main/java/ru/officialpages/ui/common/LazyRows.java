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
    /** The blocks asked for last, newest at the end: what a table shows, read anew by {@link #refresh}. */
    private final java.util.ArrayDeque<Integer> recent = new java.util.ArrayDeque<>();
    /** How many of the blocks shown last a refresh reads anew: a window's table shows rows of one or two. */
    private static final int REREAD = 3;

    public LazyRows(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows a new query of {@code newSize} rows; what was fetched for the old one is forgotten. */
    public void reset(int newSize, Source<T> newSource) {
        int oldSize = size;
        generation++;
        blocks.clear();
        loading.clear();
        recent.clear();
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

    /**
     * The same query again after a change made elsewhere (a sync storing posts, announced every few
     * seconds): the rows shown stay until their blocks are read anew, and then only the rows that differ
     * are reported changed; a list that grew or shrank changes at its end. So a table keeps its scroll
     * position and selection and redraws only what changed, where {@link #reset} would empty it and fill
     * it again (issue 20 item 3). Only the blocks read last are read anew; the rest are read when shown.
     */
    public void refresh(int newSize, Source<T> newSource) {
        int oldSize = size;
        generation++;
        loading.clear();
        source = newSource;
        size = newSize;
        List<Integer> kept = recent.stream().filter(b -> blocks.containsKey(b) && b * BLOCK < newSize).toList();
        blocks.keySet().retainAll(kept);
        if (newSize != oldSize) {
            beginChange();
            if (newSize > oldSize) {
                nextAdd(oldSize, newSize);
            } else {
                nextRemove(newSize, Collections.nCopies(oldSize - newSize, null));
            }
            endChange();
        }
        for (int block : kept) {
            read(block);
        }
        if (kept.isEmpty() && newSize > 0) {
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
        if (recent.isEmpty() || recent.getLast() != block) {
            recent.remove((Integer) block);
            recent.addLast(block);
            if (recent.size() > REREAD) {
                recent.removeFirst();
            }
        }
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

    /** Where the fetched row {@code wanted} is now; −1 when it is not among the rows fetched. Fetches nothing. */
    public int indexOfFetched(java.util.function.Predicate<T> wanted) {
        for (Map.Entry<Integer, List<T>> b : blocks.entrySet()) {
            List<T> rows = b.getValue();
            for (int i = 0; i < rows.size() && b.getKey() * BLOCK + i < size; i++) {
                if (rows.get(i) != null && wanted.test(rows.get(i))) {
                    return b.getKey() * BLOCK + i;
                }
            }
        }
        return -1;
    }

    /** True when every row has been fetched (tests wait on it; a table never needs to). */
    public boolean isFullyLoaded() {
        return loading.isEmpty() && blocks.size() * (long) BLOCK >= size;
    }

    private void request(int block) {
        if (loading.contains(block) || blocks.containsKey(block)) {
            return;
        }
        read(block);
    }

    /** Reads a block; where its rows were shown before (a refresh), only the rows that differ are reported changed. */
    private void read(int block) {
        loading.add(block);
        int gen = generation;
        Source<T> s = source;
        executor.execute(BackgroundTask.of(p -> s.fetch(block * BLOCK, BLOCK)).onSuccess(rows -> {
            if (gen != generation) {
                return;
            }
            loading.remove(block);
            List<T> before = blocks.put(block, rows);
            int from = block * BLOCK;
            int to = Math.min(size, from + Math.max(rows.size(), before == null ? 0 : before.size()));
            if (to <= from) {
                return;
            }
            beginChange();
            for (int i = from; i < to; i++) {
                T was = before != null && i - from < before.size() ? before.get(i - from) : null;
                T now = i - from < rows.size() ? rows.get(i - from) : null;
                if (before == null || !java.util.Objects.equals(was, now)) {
                    nextSet(i, was);
                }
            }
            endChange();
        }));
    }
}
