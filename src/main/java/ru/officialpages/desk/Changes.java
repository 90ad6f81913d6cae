package ru.officialpages.desk;

import java.lang.ref.WeakReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The desks' change notice (design.md: "a small typed change notice, not a global event bus"):
 * a desk announces what it changed after the change is saved; a view model subscribed to those
 * kinds reloads what it shows. One per run, made by the entry point and handed to every desk.
 *
 * <p>Listeners are held weakly, as JavaFX's weak listeners are: a screen's view model lives as long
 * as its view, and a screen left behind must not keep reloading. A subscriber therefore keeps its
 * listener in a field. Listeners are called on the announcing thread (a desk's background thread);
 * a view model hands the work to its UI thread itself.
 */
public final class Changes {

    /** Hears the kinds it subscribed to; {@code what} never includes {@link Change#ALL}'s expansion. */
    @FunctionalInterface
    public interface Listener {
        void changed(Set<Change> what);
    }

    private record Subscription(Set<Change> kinds, WeakReference<Listener> listener) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** {@code listener} hears announcements of any of {@code kinds} (and every {@link Change#ALL}). */
    public void subscribe(Set<Change> kinds, Listener listener) {
        subscriptions.add(new Subscription(EnumSet.copyOf(kinds), new WeakReference<>(listener)));
    }

    /** Tells every subscriber whose kinds meet {@code what}. */
    public void announce(Change first, Change... rest) {
        Set<Change> what = EnumSet.of(first, rest);
        for (Subscription s : subscriptions) {
            Listener l = s.listener().get();
            if (l == null) {
                subscriptions.remove(s);
            } else if (what.contains(Change.ALL) || s.kinds().contains(Change.ALL)
                    || s.kinds().stream().anyMatch(what::contains)) {
                l.changed(what);
            }
        }
    }

    /** How many subscribers are still alive; for tests of the weak holding. */
    int subscribers() {
        subscriptions.removeIf(s -> s.listener().get() == null);
        return subscriptions.size();
    }
}
