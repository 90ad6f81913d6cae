package ru.officialpages.storage;

import java.time.LocalDate;

/**
 * A page's address change or deletion the kept history does not allow (novoaltaysk-608 §3.3);
 * {@link #date} is the day the refusal names (the current address's start, the deletion or creation day).
 */
public final class PageChangeRefusedException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason { CHANGE_BEFORE_CURRENT, CHANGE_DELETED, SAME_ADDRESS, ALREADY_DELETED, DELETE_BEFORE_CREATED }

    private final Reason reason;
    private final LocalDate date;

    public PageChangeRefusedException(Reason reason, LocalDate date) {
        super("page change refused: " + reason + (date == null ? "" : " " + date));
        this.reason = reason;
        this.date = date;
    }

    public Reason reason() {
        return reason;
    }

    public LocalDate date() {
        return date;
    }
}
