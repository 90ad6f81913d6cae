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
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.RoundCheck;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CommentReview;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.SyncedRepository;

/**
 * Moderation: the records of comments dealt with, the blacklist that follows them (the policy is
 * {@link ru.officialpages.rules.BlacklistPolicy}, carried out by storage in the record's
 * transaction), the daily round of the pages, and the review of the comments read from the pages
 * (issue 17 item 3, rules in {@link CommentReview}). Writes are announced as {@link Change#MODERATION}.
 */
public final class ModerationDesk {
    private final ModerationRepository moderation;
    private final SyncedRepository synced;
    private final Changes changes;

    /** The synced comments are read from the moderation records' own database. */
    public ModerationDesk(ModerationRepository moderation, Changes changes) {
        this(moderation, moderation.syncedComments(), changes);
    }

    public ModerationDesk(ModerationRepository moderation, SyncedRepository synced, Changes changes) {
        this.moderation = moderation;
        this.synced = synced;
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

    /** As {@link #update(ModerationRecord)}, made on the version opened; a record changed since is refused. */
    public Saved update(ModerationRecord r, java.util.OptionalLong opened) {
        return announced(Saved.of(Refusals.said(() -> moderation.update(r, opened))));
    }

    /** The record's version as it is opened for editing (issue 19 item 7); empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return Refusals.said(() -> moderation.version(id));
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

    // --- New comments (issue 17 item 3) ---

    /** A page's new comments in reading order (threads under their posts). */
    public record PageComments(long pageId, List<CommentReview.Line> lines) {
    }

    /**
     * What «Новые комментарии» shows: {@code everRead} is false while no page has been read from
     * its platform yet (no key, or no sync so far), so the screen can say how to start.
     */
    public record NewComments(boolean everRead, List<PageComments> pages) {
        public int count() {
            return pages.stream().mapToInt(p -> p.lines().size()).sum();
        }
    }

    /** The new comments of the given pages (in their order) as of {@code now}; pages with none are left out. */
    public NewComments newComments(List<Long> pageIds, LocalDateTime now) {
        Map<Long, List<SyncedComment>> byPage = new java.util.HashMap<>();
        for (SyncedComment c : synced.unreviewedSince(now.minus(CommentReview.NEW_FOR))) {
            byPage.computeIfAbsent(c.pageId(), k -> new java.util.ArrayList<>()).add(c);
        }
        List<PageComments> found = new java.util.ArrayList<>();
        for (long pageId : pageIds) {
            List<SyncedComment> fresh = byPage.getOrDefault(pageId, List.of());
            if (!fresh.isEmpty()) {
                found.add(new PageComments(pageId, CommentReview.threads(fresh)));
            }
        }
        return new NewComments(!found.isEmpty() || synced.anyRead(), found);
    }

    /**
     * «Записать решение»: one moderation record made of the comment (its author, time and text; the
     * comment's address in the note), the comment tied to it and so looked at, in one transaction
     * (storage links it as {@code SyncedRepository.linkRecord} does). When the page has no
     * new comment left, that is the day's check of the page in the round.
     */
    public Saved recordComment(SyncedComment c, Set<DeletionGround> grounds, ModerationAction action, LocalDateTime now) {
        if (CommentReview.needsGround(action) && grounds.isEmpty()) {
            throw new DeskException(Tr.tr("moderation.error.grounds"), null);
        }
        ModerationRecord r = new ModerationRecord(0, c.pageId(), c.writtenAt(), c.authorName(), c.authorLink(), c.text(),
                grounds, action, c.link(), now);
        ModerationRepository.Saved saved = Refusals.said(() -> moderation.addOfComment(r, c.id(), now));
        roundIfReviewed(c.pageId(), now);
        return announced(Saved.of(saved));
    }

    /** «Нарушений нет»: the comments are looked at and nothing is recorded; the round as above. */
    public int noViolations(long pageId, Collection<Long> commentIds, LocalDateTime now) {
        int marked = Refusals.said(() -> synced.markReviewed(commentIds, now));
        roundIfReviewed(pageId, now);
        return announced(marked);
    }

    /** Reviewing a page's new comments counts as that day's check of the page (issue 17 item 3). */
    private void roundIfReviewed(long pageId, LocalDateTime now) {
        boolean left = synced.unreviewed(pageId).stream().anyMatch(c -> CommentReview.isNew(c, now));
        if (!left && !moderation.checkedOn(now.toLocalDate()).containsKey(pageId)) {
            Refusals.said(() -> {
                moderation.check(pageId, now.toLocalDate(), now);
                return pageId;
            });
        }
    }

    private <T> T announced(T result) {
        changes.announce(Change.MODERATION);
        return result;
    }
}
