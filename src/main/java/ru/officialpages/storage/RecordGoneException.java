package ru.officialpages.storage;

/** The record asked for is not there any more (deleted meanwhile, in another window or by an import). */
public final class RecordGoneException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Which kind of record. */
    public enum Kind { MESSAGE, MODERATION_RECORD, POST, PLAN_ITEM, PAGE, ORGANIZATION, BLACKLIST_ENTRY,
        /** The settlement's settings (реквизиты, нормы): one record, id 0, never gone. */
        SETTINGS }

    private final Kind kind;
    private final long id;

    public RecordGoneException(Kind kind, long id) {
        super(kind + " " + id + " is gone");
        this.kind = kind;
        this.id = id;
    }

    public Kind kind() {
        return kind;
    }

    public long id() {
        return id;
    }
}
