package ru.officialpages.domain.transfer;

/**
 * The database refused: the base of storage's one exception ({@code StorageException}), so the
 * whole-data transfer in report and imports, which sees the database only through
 * {@link TableDump} and {@link TableLoad}, can tell a refusing database from a bad file without
 * knowing storage (issue 15). Its message is for the log: the reader is handed the words for it by
 * the desk that runs the load.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String technical, Throwable cause) {
        super(technical, cause);
    }
}
