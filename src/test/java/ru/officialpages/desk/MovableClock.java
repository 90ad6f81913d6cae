package ru.officialpages.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test moves by hand. */
public final class MovableClock extends Clock {
    private Instant now;

    public MovableClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime t) {
        now = t.atZone(ZoneId.systemDefault()).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
