package ru.officialpages.storage;

import java.nio.file.Path;

/**
 * The database file is damaged or is not the program's database ({@link Failure#DAMAGED},
 * {@link Failure#NOT_SQLITE}, {@link Failure#FOREIGN_DATABASE}, with the file). It has been left
 * exactly as it was; the way out is a backup copy, never writing over the file.
 */
public final class DamagedDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    public DamagedDatabaseException(Failure failure, Path file, Throwable cause) {
        super(failure, cause, file);
    }

    public DamagedDatabaseException(Failure failure, Path file) {
        this(failure, file, null);
    }
}
