package ru.officialpages.storage;

/** A second page of one organization in one network (novoaltaysk-608 §1.5); the message names the first. */
public final class PageConflictException extends StorageException {
    private static final long serialVersionUID = 1L;

    public PageConflictException(String userMessage) {
        super(userMessage);
    }
}
