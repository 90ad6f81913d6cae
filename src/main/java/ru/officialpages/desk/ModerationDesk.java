package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ru.officialpages.domain.BlacklistEntry;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.RoundCheck;
import ru.officialpages.storage.ModerationRepository;

/**
 * Moderation: the records of comments dealt with, the blacklist that follows them (the policy is
 * {@link ru.officialpages.rules.BlacklistPolicy}, carried out by storage in the record's
 * transaction) and the daily round of the pages. Writes are announced as {@link Change#MODERATION}.
 */
public final class ModerationDesk {
    private final ModerationRepository moderation;
    private final Changes changes;

    public ModerationDesk(ModerationRepository moderation, Changes changes) {
        this.moderation = moderation;
        this.changes = changes;
    }

    /** A record as saved, and the blacklist entry it made (null when it made none). */
    public record Saved(ModerationRecord record, BlacklistEntry entry) {
        static Saved of(ModerationRepository.Saved s) {
            return new Saved(s.record(), s.entry());
        }
    }

    /** What a deletion took away, to put back on undo. */
    public static final class Deletion {
        private final ModerationRepository.Deleted deleted;

        Deletion(ModerationRepository.Deleted deleted) {
            this.deleted = deleted;
        }

        public ModerationRecord record() {
            return deleted.record();
        }

        /** The blacklist entries the record had made, gone with it. */
        public List<BlacklistEntry> entries() {
            return deleted.entries();
        }
    }

    /** Adds a record; the blacklist follows it by {@link ru.officialpages.rules.BlacklistPolicy}. */
    public Saved add(ModerationRecord r) {
        return announced(Saved.of(Refusals.said(() -> moderation.add(r))));
    }

    /** The same record (page, author, time, text, action) is already in the journal: an import's repeat. */
    public boolean isRecorded(ModerationRecord record) {
        return moderation.isRecorded(record);
    }

    public int addAll(Collection<ModerationRecord> records) {
        return announced(Refusals.said(() -> moderation.addAll(records)));
    }

    public Saved update(ModerationRecord r) {
        return announced(Saved.of(Refusals.said(() -> moderation.update(r))));
    }

    /** Deletes a record and the blacklist entries it made; the answer puts them back on undo. */
    public Deletion delete(long recordId) {
        return announced(new Deletion(Refusals.said(() -> moderation.delete(recordId))));
    }

    /** Puts a deleted record and its blacklist entries back as they were. */
    public void restore(Deletion d) {
        announced(Refusals.said(() -> {
            moderation.restore(d.deleted);
            return d;
        }));
    }

    public int count(ModerationFilter f) {
        return moderation.count(f);
    }

    public List<ModerationEntry> slice(ModerationFilter f, int offset, int limit) {
        return moderation.slice(f, offset, limit);
    }

    public void stream(ModerationFilter f, Consumer<Stream<ModerationEntry>> use) {
        moderation.stream(f, use);
    }

    public List<BlacklistListing> blacklist(String search, boolean withTakenOff, LocalDate today) {
        return moderation.blacklist(search, withTakenOff, today);
    }

    public List<BlacklistListing> listed(String name, String link, LocalDate day) {
        return moderation.listed(name, link, day);
    }

    public void takeOff(long entryId, LocalDate until) {
        announced(Refusals.said(() -> {
            moderation.takeOff(entryId, until);
            return entryId;
        }));
    }

    public void check(long pageId, LocalDate day, LocalDateTime at) {
        announced(Refusals.said(() -> {
            moderation.check(pageId, day, at);
            return pageId;
        }));
    }

    public void checkAll(Collection<RoundCheck> checks) {
        announced(Refusals.said(() -> {
            moderation.checkAll(checks);
            return checks;
        }));
    }

    public void uncheck(long pageId, LocalDate day) {
        announced(Refusals.said(() -> {
            moderation.uncheck(pageId, day);
            return pageId;
        }));
    }

    /** The pages checked on {@code day}, with when (Сегодня's round, the daily round). */
    public Map<Long, LocalDateTime> checkedOn(LocalDate day) {
        return moderation.checkedOn(day);
    }

    public Map<LocalDate, Set<Long>> rounds(LocalDate from, LocalDate to) {
        return moderation.rounds(from, to);
    }

    private <T> T announced(T result) {
        changes.announce(Change.MODERATION);
        return result;
    }
}
