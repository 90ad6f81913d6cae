package ru.officialpages.storage;

/**
 * The file was made by a newer version of the program (its schema is ahead of ours): {@link Failure#NEWER}
 * for the data, {@link Failure#COPY_NEWER} for a copy to restore, with where it is, its version and ours.
 * It is left exactly as it was: migrating "back" is impossible and writing into it could break it
 * for the newer program.
 */
public final class NewerDatabaseException extends StorageException {
    private static final long serialVersionUID = 1L;

    public NewerDatabaseException(Failure failure, Object where, int version, int latest) {
        super(failure, where, version, latest);
    }
}
