package ru.officialpages.desk;

import java.util.function.Supplier;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PageRules;
import ru.officialpages.storage.CopyRefusedException;
import ru.officialpages.storage.DuplicatePostException;
import ru.officialpages.storage.NotEmptyException;
import ru.officialpages.storage.PageChangeRefusedException;
import ru.officialpages.storage.PageConflictException;
import ru.officialpages.storage.RecordGoneException;
import ru.officialpages.storage.StepRefusedException;
import ru.officialpages.storage.StorageException;
import ru.officialpages.storage.StorageException.Failure;

/**
 * Storage's own exceptions in the clerk's words: the one place that says them in Russian, so
 * storage only reads and writes (issue 15 item 2).
 */
public final class Refusals {
    private Refusals() {
    }

    /** Runs {@code work}; a storage exception comes out as a {@link DeskException} with Russian text. */
    public static <T> T said(Supplier<T> work) {
        try {
            return work.get();
        } catch (StorageException e) {
            throw new DeskException(russian(e), e);
        }
    }

    /** True if {@code e} is said in Russian by {@link #russian}: a desk's refusal or a storage failure (not a bug). */
    public static boolean isSaid(Throwable e) {
        return e instanceof DeskException || e instanceof StorageException;
    }

    /** True if {@code e} says another user changed the record since it was opened: the screen reads it again. */
    public static boolean isChangedMeanwhile(Throwable e) {
        return e instanceof ru.officialpages.storage.ChangedMeanwhileException
                || e != null && e.getCause() instanceof ru.officialpages.storage.ChangedMeanwhileException;
    }

    /** The Russian text for {@code e}: a refusal by its type, any other storage failure by its {@link Failure}. */
    public static String russian(Throwable e) {
        if (e instanceof DeskException d) {
            return d.getMessage();
        }
        if (e instanceof RecordGoneException gone) {
            return Tr.tr(switch (gone.kind()) {
                case MESSAGE -> "messages.error.gone";
                case MODERATION_RECORD -> "moderation.error.gone";
                case POST -> "posts.text.gone";
                case PLAN_ITEM, PAGE, ORGANIZATION, BLACKLIST_ENTRY, SETTINGS -> "moderation.error.gone";
            });
        }
        if (e instanceof ru.officialpages.storage.ChangedMeanwhileException changed) {
            return Tr.tr(changed.kind() == RecordGoneException.Kind.SETTINGS ? "settings.changedMeanwhile" : "record.changedMeanwhile");
        }
        if (e instanceof DuplicatePostException dup) {
            return Tr.tr("posts.error.duplicate", RuFormat.dateTime(dup.publishedAt()));
        }
        if (e instanceof StepRefusedException step) {
            return Tr.tr(switch (step.refusal()) {
                case DONE -> "messages.error.done";
                case INTERIM_TWICE -> "messages.error.interimTwice";
            });
        }
        if (e instanceof PageChangeRefusedException page) {
            String date = page.date() == null ? "" : RuFormat.date(page.date());
            return switch (page.reason()) {
                case CHANGE_BEFORE_CURRENT -> Tr.tr("pages.error.changeBefore", date);
                case CHANGE_DELETED -> Tr.tr("pages.error.changeDeleted");
                case SAME_ADDRESS -> Tr.tr("pages.error.sameAddress");
                case ALREADY_DELETED -> Tr.tr("pages.error.alreadyDeleted", date);
                case DELETE_BEFORE_CREATED -> Tr.tr("pages.error.deleteBeforeCreated", date);
            };
        }
        if (e instanceof NotEmptyException) {
            return Tr.tr("transfer.error.notEmpty");
        }
        if (e instanceof CopyRefusedException copy) {
            return switch (copy.reason()) {
                case NOT_SOUND -> Tr.tr("restore.error.badCopy", copy.copy());
                case FOREIGN -> Tr.tr("restore.error.foreign", copy.copy());
                case NEWER -> Tr.tr("restore.error.newer", copy.copy(), copy.version(), copy.latest());
                case EXTRA -> Tr.tr("restore.error.extra", copy.copy(), copy.object());
                case CHANGED -> Tr.tr("restore.error.changed", copy.copy(), copy.object());
                case MISSING -> Tr.tr("restore.error.missing", copy.copy(), copy.object());
            };
        }
        if (e instanceof PageConflictException page) {
            return PageRules.refusal(page.organization(), page.network(), page.existing());
        }
        if (e instanceof StorageException storage) {
            return russian(storage.failure(), storage.details().toArray());
        }
        return Tr.tr("error.unexpected");
    }

    /**
     * The words for a storage failure with its {@code details} (in the order {@link Failure} names them).
     * A switch expression, so a failure kind added to storage without its words does not compile.
     */
    static String russian(Failure failure, Object... details) {
        return switch (failure) {
            case OPEN -> Tr.tr("storage.error.open", details);
            case READ -> Tr.tr("storage.error.read", details);
            case WRITE -> Tr.tr("storage.error.write");
            case MIGRATE -> Tr.tr("storage.error.migrate", details);
            case NEWER -> Tr.tr("storage.error.newer", details);
            case DAMAGED -> Tr.tr("integrity.damaged", details);
            case NOT_SQLITE -> Tr.tr("storage.error.foreign", details);
            case FOREIGN_DATABASE -> Tr.tr("storage.error.foreignDb", details);
            case DISK_FULL -> Tr.tr("integrity.error.diskFull");
            case READ_ONLY -> Tr.tr("integrity.error.readOnly");
            case BUSY -> Tr.tr("lock.error.busy");
            case DISK_ERROR -> Tr.tr("integrity.error.io");
            case SERVER_ADDRESS -> Tr.tr("server.error.address", details);
            case SERVER_LOGIN -> Tr.tr("server.error.login", details);
            case SERVER_NEEDS_PASSWORD -> Tr.tr("server.error.needsPassword", details);
            case SERVER_NO_DATABASE -> Tr.tr("server.error.noDatabase", details);
            case SERVER_UNREACHABLE -> Tr.tr("server.error.unreachable", details);
            case SERVER_OPEN -> Tr.tr("server.error.open", details);
            case SERVER_MIGRATE -> Tr.tr("server.error.migrate", details);
            case SERVER_LOST -> Tr.tr("server.error.lost");
            case SERVER_NO_RIGHTS -> Tr.tr("server.error.noRights");
            case SERVER_DISK_FULL -> Tr.tr("server.error.diskFull");
            case SERVER_READ_ONLY -> Tr.tr("server.error.readOnly");
            case SERVER_BUSY -> Tr.tr("server.error.busy");
            case BACKUP_FOLDER_UNREADABLE -> Tr.tr("backup.error.list", details);
            case BACKUP_FOLDER_NOT_MADE -> Tr.tr("backup.error.folder", details);
            case FILE_EXISTS -> Tr.tr("backup.error.exists", details);
            case BACKUP_NOT_MADE -> Tr.tr("backup.error.create", details);
            case COPY_NEWER -> Tr.tr("restore.error.newer", details);
            case NOT_REPLACED -> Tr.tr("restore.error.replace", details);
            case BACKUP_SETTINGS_NOT_SAVED -> Tr.tr("backup.error.settings", details);
            case SERVER_CHOICE_NOT_SAVED -> Tr.tr("server.choice.error.save", details);
            case VK_KEY_NOT_SAVED -> Tr.tr("social.key.error.save", details);
            case SETTLEMENT_TAKEN -> Tr.tr("district.error.settlementTaken", details);
            case LOGIN_INVALID -> Tr.tr("district.error.login", details);
            case PASSWORD_SHORT -> Tr.tr("district.error.password");
            case DISTRICT_NOT_SET_UP -> Tr.tr("district.error.notInit");
            case LOGIN_TAKEN -> Tr.tr("district.error.loginTaken", details);
            case NOT_ON_SERVER -> Tr.tr("district.error.noServer");
            case COORDINATOR_ONLY -> Tr.tr("district.error.coordinatorOnly");
            case TABLE_REFUSED -> Tr.tr("transfer.error.row", details);
            case ROW_REFERENCE -> Tr.tr("transfer.error.reference");
            case ROW_DUPLICATE -> Tr.tr("transfer.error.duplicate");
            case ROW_REQUIRED -> Tr.tr("transfer.error.required");
            case ROW_REFUSED -> Tr.tr("transfer.error.refused");
            // The driver's own words, as the user saw them before storage named its failures.
            case DRIVER_SAID -> details.length > 0 && details[0] != null ? details[0].toString() : Tr.tr("error.unexpected");
            // A subclass not named above, or a broken link between rows: a bug, not the user's doing.
            case REFUSED, BROKEN -> Tr.tr("error.unexpected");
        };
    }
}
