package ru.officialpages.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps, and remembers the sleeps. */
public final class FakeTimer implements Pace.Timer {
    private long nanos = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration d) {
        sleeps.add(d);
        nanos += d.toNanos();
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
