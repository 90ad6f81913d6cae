package ru.officialpages.domain;

/**
 * Where a message is in its course (novokubansky-1740 app.1 §9–§21): new, sent to the executor,
 * answered for now (an interim answer, §18), answered for good, or closed with no answer (§21).
 */
public enum MessageStage {
    NEW,
    SENT,
    INTERIM,
    FINAL,
    CLOSED;

    /** Still waiting for an answer, so a deadline runs. */
    public boolean isOpen() {
        return this == NEW || this == SENT || this == INTERIM;
    }
}
