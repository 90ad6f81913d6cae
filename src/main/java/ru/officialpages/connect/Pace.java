package ru.officialpages.connect;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most N requests in any second (VK allows a service key 3 a second; more gives error 6).
 * The clock and the sleeper are passed in so a test checks the waits without waiting.
 */
public final class Pace {
    /** Where the time comes from and how to wait; the real one is the JVM's nano clock and Thread.sleep. */
    public interface Timer {
        long nanos();

        void sleep(Duration d) throws InterruptedException;

        Timer SYSTEM = new Timer() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
            }
        };
    }

    private static final long SECOND = 1_000_000_000L;
    private final int perSecond;
    private final Timer timer;
    private final Deque<Long> recent = new ArrayDeque<>();

    public Pace(int perSecond, Timer timer) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.perSecond = perSecond;
        this.timer = timer;
    }

    public Timer timer() {
        return timer;
    }

    /** Waits, if needed, until one more request keeps within the limit, and counts it. */
    public synchronized void acquire() throws InterruptedException {
        long now = timer.nanos();
        while (!recent.isEmpty() && now - recent.peekFirst() >= SECOND) {
            recent.removeFirst();
        }
        if (recent.size() >= perSecond) {
            long wait = recent.peekFirst() + SECOND - now;
            if (wait > 0) {
                timer.sleep(Duration.ofNanos(wait));
            }
            now = timer.nanos();
            recent.removeFirst();
        }
        recent.addLast(now);
    }
}
