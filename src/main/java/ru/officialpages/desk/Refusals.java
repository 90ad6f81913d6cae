package ru.officialpages.desk;

import java.util.function.Supplier;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.CopyRefusedException;
import ru.officialpages.storage.DuplicatePostException;
import ru.officialpages.storage.NotEmptyException;
import ru.officialpages.storage.PageChangeRefusedException;
import ru.officialpages.storage.RecordGoneException;
import ru.officialpages.storage.StepRefusedException;
import ru.officialpages.storage.StorageException;

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

    /** The Russian text for {@code e}: a known refusal by its kind; any other storage failure carries its own. */
    public static String russian(Throwable e) {
        if (e instanceof DeskException d) {
            return d.getMessage();
        }
        if (e instanceof RecordGoneException gone) {
            return Tr.tr(switch (gone.kind()) {
                case MESSAGE -> "messages.error.gone";
                case MODERATION_RECORD -> "moderation.error.gone";
                case POST -> "posts.text.gone";
                case PLAN_ITEM, PAGE, ORGANIZATION, BLACKLIST_ENTRY -> "moderation.error.gone";
            });
        }
        if (e instanceof ru.officialpages.storage.ChangedMeanwhileException) {
            return Tr.tr("record.changedMeanwhile");
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
        if (e instanceof StorageException) {
            // Database's own failures (open, read, write, damaged) already carry their Russian text.
            return e.getMessage();
        }
        return Tr.tr("error.unexpected");
    }
}
