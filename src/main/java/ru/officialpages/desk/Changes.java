package ru.officialpages.desk;

import java.lang.ref.WeakReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The desks' change notice (design.md: "a small typed change notice, not a global event bus"):
 * a desk announces what it changed after the change is saved; a view model subscribed to those
 * kinds reloads what it shows. One per run, made by the entry point and handed to every desk.
 *
 * <p>Listeners are held weakly, as JavaFX's weak listeners are: a screen's view model lives as long
 * as its view, and a screen left behind must not keep reloading. A subscriber therefore keeps its
 * listener in a field. Listeners are called on the announcing thread (a desk's background thread),
 * or handed to the thread a subscriber names (a screen's UI thread): then a burst of announcements
 * made before that thread gets to the first is heard once, all kinds together (issue 20 item 3: a
 * sync announced every page, and every open screen reloaded for each).
 */
public final class Changes {

    /** Hears the kinds it subscribed to; {@code what} never includes {@link Change#ALL}'s expansion. */
    @FunctionalInterface
    public interface Listener {
        void changed(Set<Change> what);
    }

    /** One subscriber; {@code where} null for the announcing thread. */
    private static final class Subscription {
        private final Set<Change> kinds;
        private final WeakReference<Listener> listener;
        private final Executor where;
        /** Kinds announced and not yet heard; null when no delivery is handed over. */
        private EnumSet<Change> waiting;

        Subscription(Set<Change> kinds, Listener listener, Executor where) {
            this.kinds = EnumSet.copyOf(kinds);
            this.listener = new WeakReference<>(listener);
            this.where = where;
        }

        boolean hears(Set<Change> what) {
            return what.contains(Change.ALL) || kinds.contains(Change.ALL) || kinds.stream().anyMatch(what::contains);
        }

        void tell(Listener l, Set<Change> what) {
            if (where == null) {
                l.changed(what);
                return;
            }
            synchronized (this) {
                if (waiting != null) {
                    waiting.addAll(what);
                    return;
                }
                waiting = EnumSet.copyOf(what);
            }
            where.execute(this::deliver);
        }

        private void deliver() {
            Set<Change> what;
            synchronized (this) {
                what = waiting;
                waiting = null;
            }
            Listener l = listener.get();
            if (l != null && what != null) {
                l.changed(what);
            }
        }
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** {@code listener} hears announcements of any of {@code kinds} (and every {@link Change#ALL}). */
    public void subscribe(Set<Change> kinds, Listener listener) {
        subscriptions.add(new Subscription(kinds, listener, null));
    }

    /**
     * As {@link #subscribe(Set, Listener)}, heard on {@code where} (a view model's UI thread): what is
     * announced before {@code where} runs the delivery handed to it joins that delivery, so a burst
     * of changes costs the screen one reload, not one each.
     */
    public void subscribe(Set<Change> kinds, Executor where, Listener listener) {
        subscriptions.add(new Subscription(kinds, listener, java.util.Objects.requireNonNull(where, "where")));
    }

    /** Tells every subscriber whose kinds meet {@code what}. */
    public void announce(Change first, Change... rest) {
        Set<Change> what = EnumSet.of(first, rest);
        for (Subscription s : subscriptions) {
            Listener l = s.listener.get();
            if (l == null) {
                subscriptions.remove(s);
            } else if (s.hears(what)) {
                s.tell(l, what);
            }
        }
    }

    /** How many subscribers are still alive; for tests of the weak holding. */
    int subscribers() {
        subscriptions.removeIf(s -> s.listener.get() == null);
        return subscriptions.size();
    }
}
