package ru.officialpages.storage;

/**
 * A full load refused because the database already holds the clerk's records (issue 9: a load goes
 * only into an empty database); nothing was changed. Said in Russian by the desks (desk.Refusals).
 */
public final class NotEmptyException extends StorageException {
    private static final long serialVersionUID = 1L;

    public NotEmptyException() {
        super("full load refused: the database is not empty");
    }
}
