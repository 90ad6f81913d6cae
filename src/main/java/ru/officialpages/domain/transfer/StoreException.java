package ru.officialpages.domain.transfer;

/**
 * The database refused: the base of storage's one exception ({@code StorageException}), so the
 * whole-data transfer in report and imports, which sees the database only through
 * {@link TableDump} and {@link TableLoad}, can tell a refusing database from a bad file without
 * knowing storage (issue 15). Its message is Russian and fit to show the user.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public StoreException(String userMessage) {
        super(userMessage);
    }
}
