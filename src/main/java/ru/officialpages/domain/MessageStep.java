package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/** A step of a message's course with its time; {@code reason} is a {@link ReturnReason} or {@link NoAnswerGround} name. */
public record MessageStep(long id, long messageId, StepKind kind, LocalDateTime at, String reason, String text) {
    public MessageStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
        text = text == null ? "" : text;
    }
}
