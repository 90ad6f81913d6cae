package ru.officialpages.storage;

import java.nio.file.Path;

/**
 * A file that may not go in place of the data (issue 21), and why, found by {@link CopyCheck};
 * nothing was replaced. The desks say it in Russian (desk.Refusals); storage only names the kind.
 */
public final class CopyRefusedException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the copy. */
    public enum Reason {
        /** Not a sound SQLite file (damaged, or not a database at all). */
        NOT_SOUND,
        /** A database without this program's migration history, or with another one. */
        FOREIGN,
        /** Made by a newer program: {@link #version()} is beyond {@link #latest()}. */
        NEWER,
        /** Holds an object ({@link #object()}) the migrations do not make. */
        EXTRA,
        /** An object ({@link #object()}) differs from what the migrations make. */
        CHANGED,
        /** An object ({@link #object()}) the migrations make is missing. */
        MISSING
    }

    private final Reason reason;
    private final transient Path copy;
    private final String object;
    private final int version;
    private final int latest;

    public CopyRefusedException(Reason reason, Path copy, String object, int version, int latest) {
        super("copy refused (" + reason + "): " + copy + (object.isEmpty() ? "" : ", " + object));
        this.reason = reason;
        this.copy = copy;
        this.object = object;
        this.version = version;
        this.latest = latest;
    }

    static CopyRefusedException of(Reason reason, Path copy) {
        return new CopyRefusedException(reason, copy, "", 0, 0);
    }

    public Reason reason() {
        return reason;
    }

    public Path copy() {
        return copy;
    }

    /** The schema object concerned ("trigger x", "table y"), or empty. */
    public String object() {
        return object;
    }

    public int version() {
        return version;
    }

    public int latest() {
        return latest;
    }
}
