package ru.officialpages.storage;

/**
 * The database file is damaged or is not the program's database. It has been left exactly as it
 * was; the way out is a backup copy, never writing over the file.
 */
public final class DamagedDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    public DamagedDatabaseException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public DamagedDatabaseException(String userMessage) {
        super(userMessage);
    }
}
