package ru.officialpages.storage;

/**
 * The file was made by a newer version of the program (its schema is ahead of ours). It is left
 * exactly as it was: migrating "back" is impossible and writing into it could break it for the
 * newer program.
 */
public final class NewerDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    public NewerDatabaseException(String userMessage) {
        super(userMessage);
    }
}
