package ru.officialpages.rules;

import java.time.LocalDate;
import ru.officialpages.domain.BlacklistEntry;
import ru.officialpages.domain.ModerationRecord;

/**
 * How the blacklist follows the moderation records (minvody order §8, novokubansky-1740 app.2 §14):
 * a record whose action restricts the author lists them on the page, unless they are already listed
 * there with that restriction on that day; a corrected record takes its entry along; a record that no
 * longer restricts takes its entry off, as deleting it would — the record was the reason for it.
 * Storage carries the decision out in the record's transaction.
 */
public final class BlacklistPolicy {

    /** What to do with the blacklist when a record is saved. */
    public sealed interface Decision permits Nothing, Enlist, Unlist, Follow {
    }

    /** The list stays as it is. */
    public record Nothing() implements Decision {
    }

    /** A new entry for the record. */
    public record Enlist(BlacklistEntry entry) implements Decision {
    }

    /** The entries the record made go. */
    public record Unlist() implements Decision {
    }

    /** The entries the record made take the record's page, author, restriction, since, grounds and note. */
    public record Follow(BlacklistEntry template) implements Decision {
    }

    private BlacklistPolicy() {
    }

    /** For a new record; {@code alreadyListed}: the author is listed on the page with that restriction that day. */
    public static Decision onAdd(ModerationRecord r, boolean alreadyListed) {
        return r.action().restrictsAuthor() && !alreadyListed ? new Enlist(entryOf(r)) : new Nothing();
    }

    /** For a corrected record; {@code madeEntries}: entries this record made are on the list. */
    public static Decision onUpdate(ModerationRecord r, boolean madeEntries, boolean alreadyListed) {
        if (!r.action().restrictsAuthor()) {
            return madeEntries ? new Unlist() : new Nothing();
        }
        if (!madeEntries) {
            return onAdd(r, alreadyListed);
        }
        return new Follow(entryOf(r));
    }

    /** The entry a record makes: listed from the day the comment was noticed. */
    public static BlacklistEntry entryOf(ModerationRecord r) {
        return new BlacklistEntry(0, r.pageId(), r.authorName(), r.authorLink(), r.action(),
                r.noticedAt().toLocalDate(), null, r.id() == 0 ? null : r.id(), r.grounds(), r.note());
    }

    /** A day taken off stays when the record moves, but never before the day now listed. */
    public static LocalDate keptUntil(LocalDate until, LocalDate since) {
        return until != null && until.isBefore(since) ? since : until;
    }
}
