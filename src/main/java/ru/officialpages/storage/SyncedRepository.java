package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.domain.PageSync;
import ru.officialpages.domain.PostReach;
import ru.officialpages.domain.SyncedComment;

/**
 * What reading the platforms keeps (V19): posts' reach, comments read for the moderation round,
 * and each page's last sync. Reads and writes only; the sync decides.
 */
public final class SyncedRepository {
    private static final String COMMENT_COLUMNS = "id, page_id, platform_key, post_link, link, author_name,"
            + " author_link, written_at, text, parent_id, reviewed_at, record_id";
    private final Database db;

    public SyncedRepository(Database db) {
        this.db = db;
    }

    /** Stores the figures read now; a post read again is no longer marked gone. */
    public void saveReach(long postId, PostReach r) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO post_reach (post_id, views, likes, reposts, comments, approximate, as_of, gone_since)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id) DO UPDATE SET views = excluded.views,"
                            + " likes = excluded.likes, reposts = excluded.reposts, comments = excluded.comments,"
                            + " approximate = excluded.approximate, as_of = excluded.as_of, gone_since = excluded.gone_since")) {
                ps.setLong(1, postId);
                if (r.views() == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setLong(2, r.views());
                }
                ps.setLong(3, r.likes());
                ps.setLong(4, r.reposts());
                ps.setLong(5, r.comments());
                ps.setInt(6, r.approximate() ? 1 : 0);
                ps.setString(7, Iso.minute(r.asOf()));
                ps.setString(8, r.goneSince() == null ? null : Iso.minute(r.goneSince()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks a post as no longer on the platform, from {@code since}; the figures last read stay. A
     * post already marked keeps its first date. False when the post has no reach row yet.
     */
    public boolean markGone(long postId, LocalDateTime since) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE post_reach SET gone_since = ? WHERE post_id = ? AND gone_since IS NULL")) {
                ps.setString(1, Iso.minute(since));
                ps.setLong(2, postId);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM post_reach WHERE post_id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public Optional<PostReach> reach(long postId) {
        return Optional.ofNullable(reachOf(List.of(postId)).get(postId));
    }

    /** The reach of the given posts that have one (for a week's report: a few hundred ids at most). */
    public Map<Long, PostReach> reachOf(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, PostReach> found = new HashMap<>();
            List<Long> ids = new ArrayList<>(postIds);
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT post_id, views, likes, reposts, comments,"
                        + " approximate, as_of, gone_since FROM post_reach WHERE post_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long views = rs.getLong(2);
                            Long v = rs.wasNull() ? null : views;
                            found.put(rs.getLong(1), new PostReach(v, rs.getLong(3), rs.getLong(4), rs.getLong(5),
                                    rs.getInt(6) != 0, Iso.moment(rs.getString(7)), Iso.moment(rs.getString(8))));
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * Keeps the comments read from a page, in one transaction: new ones are added, ones already kept
     * get their current text and author (edited on the platform) and keep their review mark.
     * Replies name their parent by its platform key; a parent must come before its replies or be
     * kept already (a reply whose parent is gone from the platform is kept without one). Returns how many
     * were new.
     */
    public int saveComments(long pageId, List<SyncedComment.Read> comments) {
        return db.write(c -> {
            int added = 0;
            Map<String, Long> ids = new HashMap<>();
            for (SyncedComment.Read r : comments) {
                Long parent = r.parentKey() == null ? null : ids.get(r.parentKey());
                if (r.parentKey() != null && parent == null) {
                    parent = idOf(c, pageId, r.parentKey());
                }
                Long existing = idOf(c, pageId, r.platformKey());
                if (existing == null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO synced_comment (page_id, platform_key,"
                            + " post_link, link, author_name, author_link, written_at, text, parent_id, search)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bind(ps, pageId, r, parent);
                        ps.executeUpdate();
                    }
                    existing = idOf(c, pageId, r.platformKey());
                    added++;
                } else {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE synced_comment SET page_id = ?,"
                            + " platform_key = ?, post_link = ?, link = ?, author_name = ?, author_link = ?,"
                            + " written_at = ?, text = ?, parent_id = ?, search = ? WHERE id = ?")) {
                        bind(ps, pageId, r, parent);
                        ps.setLong(11, existing);
                        ps.executeUpdate();
                    }
                }
                ids.put(r.platformKey(), existing);
            }
            return added;
        });
    }

    private static void bind(PreparedStatement ps, long pageId, SyncedComment.Read r, Long parent) throws SQLException {
        ps.setLong(1, pageId);
        ps.setString(2, r.platformKey());
        ps.setString(3, r.postLink());
        ps.setString(4, nonNull(r.link()));
        ps.setString(5, nonNull(r.authorName()));
        ps.setString(6, nonNull(r.authorLink()));
        ps.setString(7, Iso.minute(r.writtenAt()));
        ps.setString(8, nonNull(r.text()));
        if (parent == null) {
            ps.setNull(9, Types.INTEGER);
        } else {
            ps.setLong(9, parent);
        }
        ps.setString(10, (nonNull(r.authorName()) + "\n" + nonNull(r.text())).toLowerCase(Locale.ROOT));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Long idOf(Connection c, long pageId, String platformKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM synced_comment WHERE page_id = ? AND platform_key = ?")) {
            ps.setLong(1, pageId);
            ps.setString(2, platformKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The page's comments the clerk has not looked at yet, oldest first (threads follow their parent by time). */
    public List<SyncedComment> unreviewed(long pageId) {
        return comments("WHERE page_id = ? AND reviewed_at IS NULL ORDER BY written_at, id", pageId);
    }

    /** The page's comments written from {@code since} on, reviewed or not, oldest first. */
    public List<SyncedComment> commentsSince(long pageId, LocalDateTime since) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMENT_COLUMNS
                    + " FROM synced_comment WHERE page_id = ? AND written_at >= ? ORDER BY written_at, id")) {
                ps.setLong(1, pageId);
                ps.setString(2, Iso.minute(since));
                return commentRows(ps);
            }
        });
    }

    /** Every page's comments not looked at yet and written from {@code since} on, oldest first: one query for the list. */
    public List<SyncedComment> unreviewedSince(LocalDateTime since) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMENT_COLUMNS
                    + " FROM synced_comment WHERE reviewed_at IS NULL AND written_at >= ? ORDER BY written_at, id")) {
                ps.setString(1, Iso.minute(since));
                return commentRows(ps);
            }
        });
    }

    /** True once any page has been read from its platform (a sync noted, or a comment kept). */
    public boolean anyRead() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM page_sync)"
                    + " + (SELECT COUNT(*) FROM (SELECT 1 FROM synced_comment LIMIT 1) AS one)");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    private List<SyncedComment> comments(String where, long pageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COMMENT_COLUMNS + " FROM synced_comment " + where)) {
                ps.setLong(1, pageId);
                return commentRows(ps);
            }
        });
    }

    private static List<SyncedComment> commentRows(PreparedStatement ps) throws SQLException {
        List<SyncedComment> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(10);
                Long p = rs.wasNull() ? null : parent;
                long record = rs.getLong(12);
                Long r = rs.wasNull() ? null : record;
                list.add(new SyncedComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), Iso.moment(rs.getString(8)), rs.getString(9),
                        p, Iso.moment(rs.getString(11)), r));
            }
        }
        return list;
    }

    /** Marks comments as looked at (a comment already marked keeps its first time). */
    public int markReviewed(Collection<Long> commentIds, LocalDateTime at) {
        return db.write(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE synced_comment SET reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL")) {
                for (long id : commentIds) {
                    ps.setString(1, Iso.minute(at));
                    ps.setLong(2, id);
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
    }

    /** Ties a comment to the moderation record made of it; that also counts as looking at it. */
    public void linkRecord(long commentId, long recordId, LocalDateTime at) {
        db.write(c -> {
            link(c, commentId, recordId, at);
            return null;
        });
    }

    /** {@link #linkRecord} inside a caller's transaction (the record made of the comment is written in the same). */
    static void link(Connection c, long commentId, long recordId, LocalDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE synced_comment SET record_id = ?,"
                + " reviewed_at = COALESCE(reviewed_at, ?) WHERE id = ?")) {
            ps.setLong(1, recordId);
            ps.setString(2, Iso.minute(at));
            ps.setLong(3, commentId);
            if (ps.executeUpdate() != 1) {
                throw new StorageException(StorageException.Failure.BROKEN, "no synced comment " + commentId);
            }
        }
    }

    /** A read of the page went through: its time, and the note is cleared. */
    public void synced(long pageId, LocalDateTime at) {
        saveSync(pageId, at, "", null);
    }

    /** A read of the page stopped with a note (access denied, no preview…); the last good time stays. */
    public void noted(long pageId, String note, LocalDateTime at) {
        saveSync(pageId, null, note, at);
    }

    private void saveSync(long pageId, LocalDateTime syncedAt, String note, LocalDateTime notedAt) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO page_sync (page_id, synced_at, note, noted_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (page_id) DO UPDATE SET"
                    + " synced_at = COALESCE(excluded.synced_at, page_sync.synced_at), note = excluded.note,"
                    + " noted_at = excluded.noted_at")) {
                ps.setLong(1, pageId);
                ps.setString(2, syncedAt == null ? null : Iso.minute(syncedAt));
                ps.setString(3, note);
                ps.setString(4, notedAt == null ? null : Iso.minute(notedAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<PageSync> sync(long pageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT synced_at, note, noted_at FROM page_sync WHERE page_id = ?")) {
                ps.setLong(1, pageId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new PageSync(pageId, Iso.moment(rs.getString(1)), rs.getString(2),
                            Iso.moment(rs.getString(3)))) : Optional.empty();
                }
            }
        });
    }

    /** A post as a platform gives it, to be kept as one post-log entry with its reach. */
    public record ReadPost(long pageId, String url, LocalDateTime publishedAt, ru.officialpages.domain.PostFormat format,
            String topic, String text, PostReach reach) {
        public ReadPost {
            java.util.Objects.requireNonNull(url, "url");
            java.util.Objects.requireNonNull(publishedAt, "publishedAt");
            java.util.Objects.requireNonNull(format, "format");
            java.util.Objects.requireNonNull(reach, "reach");
            topic = topic == null ? "" : topic.strip();
            text = text == null ? "" : text.strip();
        }
    }

    /**
     * What became of one read post: its entry, whether it was new or changed, whether it fulfils a plan
     * item already, and the reach kept before this read (null when none).
     */
    public record Kept(long postId, String url, boolean added, boolean changed, boolean planned, PostReach before) {
    }

    /**
     * Keeps the posts read from a page as post-log entries, in one transaction (all or none): a link
     * not in the log becomes a new entry; a link already there (logged by hand, imported or synced
     * before) stays that one entry, with the platform's time and, where it kept none or the last
     * one was read, the platform's text. The clerk's page, format, topic and plan item stay as they
     * are. Each gets its reach as read now (no longer marked gone).
     */
    public List<Kept> savePosts(List<ReadPost> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        // One post a link: a platform that gives a post twice gets one entry.
        Map<String, ReadPost> byUrl = new java.util.LinkedHashMap<>();
        posts.forEach(p -> byUrl.putIfAbsent(p.url(), p));
        List<String> urls = new ArrayList<>(byUrl.keySet());
        return db.write(c -> {
            // Looked up, inserted and updated in batches: a statement a post made 10,000 posts take 2.7 s.
            // The new entries' ids come back with their insert (reading them back was a fifth more).
            Map<String, Stored> stored = stored(c, urls);
            Map<String, Long> added = insertNew(c, urls.stream().filter(u -> !stored.containsKey(u)).map(byUrl::get).toList());
            List<Kept> kept = new ArrayList<>(urls.size());
            try (PreparedStatement update = c.prepareStatement("UPDATE post SET published_at = ?, text = ? WHERE id = ?");
                 PreparedStatement reach = c.prepareStatement("INSERT INTO post_reach (post_id, views, likes, reposts,"
                         + " comments, approximate, as_of, gone_since) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"
                         + " ON CONFLICT (post_id) DO UPDATE SET views = excluded.views, likes = excluded.likes,"
                         + " reposts = excluded.reposts, comments = excluded.comments,"
                         + " approximate = excluded.approximate, as_of = excluded.as_of, gone_since = NULL")) {
                boolean updates = false;
                for (String url : urls) {
                    ReadPost p = byUrl.get(url);
                    Stored old = stored.get(url);
                    boolean changed = false;
                    long id;
                    if (old == null) {
                        id = added.get(url);
                    } else {
                        id = old.id();
                        String at = Iso.minute(p.publishedAt());
                        // The clerk's own text of a post is kept; one read before follows the platform's edits.
                        String text = (old.text().isEmpty() || old.reach() != null) && !p.text().isEmpty()
                                ? p.text() : old.text();
                        if (!at.equals(old.publishedAt()) || !text.equals(old.text())) {
                            update.setString(1, at);
                            update.setString(2, text);
                            update.setLong(3, id);
                            update.addBatch();
                            updates = true;
                            changed = true;
                        }
                    }
                    PostReach r = p.reach();
                    reach.setLong(1, id);
                    if (r.views() == null) {
                        reach.setNull(2, Types.INTEGER);
                    } else {
                        reach.setLong(2, r.views());
                    }
                    reach.setLong(3, r.likes());
                    reach.setLong(4, r.reposts());
                    reach.setLong(5, r.comments());
                    reach.setInt(6, r.approximate() ? 1 : 0);
                    reach.setString(7, Iso.minute(r.asOf()));
                    reach.addBatch();
                    kept.add(new Kept(id, url, old == null, changed, old != null && old.planned(),
                            old == null ? null : old.reach()));
                }
                if (updates) {
                    update.executeBatch();
                }
                reach.executeBatch();
            }
            return kept;
        });
    }

    /** Inserts posts new to the log ({@link NewPosts}); the new entries' ids by link. */
    private Map<String, Long> insertNew(Connection c, List<ReadPost> posts) throws SQLException {
        return NewPosts.insert(c, db.dialect(), posts.stream().map(p -> new ru.officialpages.domain.Post(0, p.pageId(),
                p.publishedAt(), p.url(), p.format(), p.topic(), p.text())).toList(), java.util.Optional.empty());
    }

    /** A post-log entry as the sync finds it before writing. */
    private record Stored(long id, String publishedAt, String text, boolean planned, PostReach reach) {
    }

    private static Map<String, Stored> stored(Connection c, List<String> urls) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < urls.size(); from += 500) {
            List<String> chunk = urls.subList(from, Math.min(urls.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.url, p.published_at, p.text, p.plan_item_id,"
                    + " r.views, r.likes, r.reposts, r.comments, r.approximate, r.as_of, r.gone_since"
                    + " FROM post p LEFT JOIN post_reach r ON r.post_id = p.id WHERE p.url IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(5);
                        boolean planned = !rs.wasNull();
                        PostReach reach = null;
                        String asOf = rs.getString(11);
                        if (asOf != null) {
                            long views = rs.getLong(6);
                            Long v = rs.wasNull() ? null : views;
                            reach = new PostReach(v, rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getInt(10) != 0,
                                    Iso.moment(asOf), Iso.moment(rs.getString(12)));
                        }
                        String text = rs.getString(4);
                        found.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3), text == null ? "" : text,
                                planned, reach));
                    }
                }
            }
        }
        return found;
    }

    /** The links and ids of the page's entries published in {@code [from, to)}: what a complete read should have met. */
    public Map<String, Long> linksOf(long pageId, LocalDateTime from, LocalDateTime to) {
        return db.read(c -> {
            Map<String, Long> links = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT url, id FROM post WHERE page_id = ? AND published_at >= ? AND published_at < ?")) {
                ps.setLong(1, pageId);
                ps.setString(2, Iso.minute(from));
                ps.setString(3, Iso.minute(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        links.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return links;
        });
    }

    /** How many comments are kept per post of the page (by post link), for posts with comments written since then. */
    public Map<String, Integer> commentCounts(long pageId, LocalDateTime since) {
        return db.read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT post_link, COUNT(*) FROM synced_comment"
                    + " WHERE page_id = ? AND post_link IN (SELECT post_link FROM synced_comment"
                    + " WHERE page_id = ? AND written_at >= ?) GROUP BY post_link")) {
                ps.setLong(1, pageId);
                ps.setLong(2, pageId);
                ps.setString(3, Iso.minute(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }
}
