package ru.officialpages.rules;

import java.time.Duration;
import java.time.LocalDateTime;

/** A stretch of working time, start inclusive, end exclusive. */
public record WorkingInterval(LocalDateTime start, LocalDateTime end) {
    public WorkingInterval {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Empty interval " + start + "–" + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
