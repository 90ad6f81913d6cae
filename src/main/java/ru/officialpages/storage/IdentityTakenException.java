package ru.officialpages.storage;

/** A platform number already held by another page of the network ({@link #holderPageId}). */
public final class IdentityTakenException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final long holderPageId;

    public IdentityTakenException(long holderPageId) {
        super("platform number held by page " + holderPageId);
        this.holderPageId = holderPageId;
    }

    public long holderPageId() {
        return holderPageId;
    }
}
