package ru.officialpages.domain;

/**
 * One step in a message's course (V9 message_step.kind): sent to the executor, draft submitted
 * to the curator, returned with a reason (app.1 §14), agreed (§14, §16), interim answer (§18),
 * final answer, closed with no answer (§21).
 */
public enum StepKind {
    SENT,
    SUBMITTED,
    RETURNED,
    AGREED,
    INTERIM,
    FINAL,
    CLOSED
}
