package ru.officialpages.storage;

/**
 * The one exception storage throws. Its message is Russian and fit to show the user;
 * the cause keeps the technical detail for the log.
 */
public class StorageException extends ru.officialpages.domain.transfer.StoreException {
    private static final long serialVersionUID = 1L;

    public StorageException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public StorageException(String userMessage) {
        super(userMessage);
    }
}
