package ru.officialpages.storage;

/**
 * An edit was made on a version of a record that another user (or another window) has changed since it
 * was opened (issue 19 item 7): nothing of the edit is written; the record is to be read again.
 */
public final class ChangedMeanwhileException extends StorageException {
    private static final long serialVersionUID = 1L;

    private final RecordGoneException.Kind kind;
    private final long id;

    public ChangedMeanwhileException(RecordGoneException.Kind kind, long id) {
        super(kind + " " + id + " was changed meanwhile");
        this.kind = kind;
        this.id = id;
    }

    public RecordGoneException.Kind kind() {
        return kind;
    }

    public long id() {
        return id;
    }
}
