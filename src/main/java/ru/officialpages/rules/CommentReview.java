package ru.officialpages.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.SyncedComment;

/**
 * The review of comments read from the pages (issue 17 item 3): which are new, in what order the
 * clerk reads them (threads under their post, a reply under what it answers), and which decisions
 * need a ground. A record of a deletion or a restriction names its ground because every seed's
 * order lists the grounds a comment may be deleted on (minvody order §8, novoaltaysk §2.5,
 * novokubansky app.2 §14, ishtan §8).
 */
public final class CommentReview {
    /** Comments older than this are not offered as new: the round looks back two weeks (issue 17 item 3). */
    public static final Duration NEW_FOR = Duration.ofDays(14);

    private CommentReview() {
    }

    /** A comment in reading order: {@code depth} 0 for a comment on the post, 1 and more for replies. */
    public record Line(SyncedComment comment, int depth) {
    }

    /** True when the decision must name a ground: a deletion, a blacklisting or a restriction. */
    public static boolean needsGround(ModerationAction action) {
        return action == ModerationAction.DELETED || action.restrictsAuthor();
    }

    /** Not yet looked at, and written within {@link #NEW_FOR} before {@code now}. */
    public static boolean isNew(SyncedComment c, LocalDateTime now) {
        return c.reviewedAt() == null && !c.writtenAt().isBefore(now.minus(NEW_FOR));
    }

    /**
     * The comments in the order they are read: posts by their earliest comment here; under a post,
     * each comment followed by its replies (oldest first), at any depth. A reply whose parent is not
     * among {@code comments} (looked at already, or gone) stands on its own at depth 1, so it still
     * reads as a reply.
     */
    public static List<Line> threads(List<SyncedComment> comments) {
        List<SyncedComment> sorted = new ArrayList<>(comments);
        sorted.sort(Comparator.comparing(SyncedComment::writtenAt).thenComparingLong(SyncedComment::id));
        Set<Long> here = new HashSet<>();
        sorted.forEach(c -> here.add(c.id()));
        Map<Long, List<SyncedComment>> replies = new HashMap<>();
        Map<String, List<SyncedComment>> roots = new LinkedHashMap<>();
        for (SyncedComment c : sorted) {
            if (c.parentId() != null && here.contains(c.parentId()) && !c.parentId().equals(c.id())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            } else {
                roots.computeIfAbsent(c.postLink(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Line> lines = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (List<SyncedComment> post : roots.values()) {
            for (SyncedComment root : post) {
                add(root, root.parentId() == null ? 0 : 1, replies, lines, placed);
            }
        }
        // A cycle of parents (a hostile answer) has no root: its comments still show, at depth 0.
        for (SyncedComment c : sorted) {
            if (!placed.contains(c.id())) {
                add(c, 0, replies, lines, placed);
            }
        }
        return lines;
    }

    private static void add(SyncedComment c, int depth, Map<Long, List<SyncedComment>> replies, List<Line> lines,
            Set<Long> placed) {
        if (!placed.add(c.id())) {
            return;
        }
        lines.add(new Line(c, depth));
        for (SyncedComment r : replies.getOrDefault(c.id(), List.of())) {
            add(r, depth + 1, replies, lines, placed);
        }
    }
}
