package ru.officialpages.storage;

import java.util.Arrays;
import java.util.List;

/**
 * The one exception storage throws: what failed ({@link #failure()}) and the particulars the
 * words need ({@link #details()}: a file, a server, a version, a login), never the words
 * themselves. The desks say it in Russian (desk.Refusals), so storage only reads and writes
 * (issue 15). The message is for the log; the cause keeps the technical detail.
 */
public class StorageException extends ru.officialpages.domain.transfer.StoreException {
    private static final long serialVersionUID = 1L;

    /** What failed; each names the details it comes with, in order. */
    public enum Failure {
        /** The data file could not be opened: the file. */
        OPEN,
        /** A read failed: the file, or the server's address as shown. */
        READ,
        /** A write failed and was rolled back: no details. */
        WRITE,
        /** The file's schema could not be brought up to date: the file. */
        MIGRATE,
        /** Made by a newer program ({@link NewerDatabaseException}): the file or server, its version, ours. */
        NEWER,
        /** The file is damaged ({@link DamagedDatabaseException}): the file. */
        DAMAGED,
        /** Not an SQLite file at all ({@link DamagedDatabaseException}): the file. */
        NOT_SQLITE,
        /** Another program's SQLite database ({@link DamagedDatabaseException}): the file. */
        FOREIGN_DATABASE,
        /** No space left on the disk: no details. */
        DISK_FULL,
        /** The file or its folder may not be written: no details. */
        READ_ONLY,
        /** The file is held by another program: no details. */
        BUSY,
        /** The disk failed to read or write: no details. */
        DISK_ERROR,
        /** Not a district server's address: the text as written (it may hold a password: never logged). */
        SERVER_ADDRESS(false),
        /** The server refused the login or password: the address as shown. */
        SERVER_LOGIN,
        /** The server wants a password and the address gave none: the address as shown. */
        SERVER_NEEDS_PASSWORD,
        /** The server has no such database: the address as shown. */
        SERVER_NO_DATABASE,
        /** The server does not answer: the address as shown. */
        SERVER_UNREACHABLE,
        /** Connecting failed otherwise: the address as shown. */
        SERVER_OPEN,
        /** The server's schema could not be brought up to date: the address as shown. */
        SERVER_MIGRATE,
        /** The connection to the server was lost: no details. */
        SERVER_LOST,
        /** The login may not do this: no details. */
        SERVER_NO_RIGHTS,
        /** The server's disk is full: no details. */
        SERVER_DISK_FULL,
        /** The server is read-only: no details. */
        SERVER_READ_ONLY,
        /** Another user holds the row: no details. */
        SERVER_BUSY,
        /** The backups folder could not be read: the folder. */
        BACKUP_FOLDER_UNREADABLE,
        /** The backups folder could not be made: the folder. */
        BACKUP_FOLDER_NOT_MADE,
        /** A file is already there and is not written over: the file. */
        FILE_EXISTS,
        /** A copy could not be made: the copy's file. */
        BACKUP_NOT_MADE,
        /** A copy made by a newer program ({@link NewerDatabaseException}): the copy, its version, ours. */
        COPY_NEWER,
        /** The data file could not be replaced by the copy: the data file. */
        NOT_REPLACED,
        /** The district server chosen in the window could not be remembered: the file. */
        SERVER_CHOICE_NOT_SAVED,
        /** The backup settings could not be saved: their file. */
        BACKUP_SETTINGS_NOT_SAVED,
        /** The VK key could not be saved or removed: its file. */
        VK_KEY_NOT_SAVED,
        /** The district already has a settlement of that name: the name. */
        SETTLEMENT_TAKEN,
        /** A login PostgreSQL would not take: the login. */
        LOGIN_INVALID,
        /** A password shorter than eight characters: no details. */
        PASSWORD_SHORT,
        /** The district server has not been set up yet: no details. */
        DISTRICT_NOT_SET_UP,
        /** The login is already on the server: the login. */
        LOGIN_TAKEN,
        /** A district command on a data file: no details. */
        NOT_ON_SERVER,
        /** Only a coordinator may read the district's week: no details. */
        COORDINATOR_ONLY,
        /** A table of a full load refused its rows: the database's own words. */
        TABLE_REFUSED,
        /** A loaded row refers to a row the file lacks: no details. */
        ROW_REFERENCE,
        /** A loaded row repeats a key: no details. */
        ROW_DUPLICATE,
        /** A loaded row lacks a required value: no details. */
        ROW_REQUIRED,
        /** A loaded row was refused otherwise: no details. */
        ROW_REFUSED,
        /** A read of the whole data failed: the driver's own words, said as they are. */
        DRIVER_SAID,
        /** Refused for a reason its subclass carries in its own fields (a record gone, a copy refused...). */
        REFUSED,
        /** Something that should not happen (a broken link between rows): what broke, for the log only. */
        BROKEN;

        private final boolean logged;

        Failure() {
            this(true);
        }

        Failure(boolean logged) {
            this.logged = logged;
        }
    }

    private final Failure failure;
    private final transient Object[] details;

    public StorageException(Failure failure, Throwable cause, Object... details) {
        super(technical(failure, details), cause);
        this.failure = failure;
        this.details = details.clone();
    }

    public StorageException(Failure failure, Object... details) {
        this(failure, (Throwable) null, details);
    }

    /** For the subclasses that carry what they need in fields of their own ({@link Failure#REFUSED}). */
    protected StorageException(String technical) {
        this(technical, null);
    }

    /** As {@link #StorageException(String)}, with the cause. */
    protected StorageException(String technical, Throwable cause) {
        super(technical, cause);
        this.failure = Failure.REFUSED;
        this.details = new Object[0];
    }

    public Failure failure() {
        return failure;
    }

    /** The particulars {@link #failure()} names, in its order. */
    public List<Object> details() {
        return details == null ? List.of() : Arrays.asList(details.clone());
    }

    private static String technical(Failure failure, Object[] details) {
        return failure.logged && details.length > 0 ? failure + " " + Arrays.toString(details) : failure.toString();
    }
}
