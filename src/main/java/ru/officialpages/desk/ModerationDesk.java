package ru.officialpages.desk;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
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

    public ModerationRepository.Saved add(ModerationRecord r) {
        return announced(Refusals.said(() -> moderation.add(r)));
    }

    public int addAll(Collection<ModerationRecord> records) {
        return announced(Refusals.said(() -> moderation.addAll(records)));
    }

    public ModerationRepository.Saved update(ModerationRecord r) {
        return announced(Refusals.said(() -> moderation.update(r)));
    }

    /** Deletes a record and the blacklist entries it made; the answer puts them back on undo. */
    public ModerationRepository.Deleted delete(long recordId) {
        return announced(Refusals.said(() -> moderation.delete(recordId)));
    }

    public void restore(ModerationRepository.Deleted d) {
        announced(Refusals.said(() -> {
            moderation.restore(d);
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
