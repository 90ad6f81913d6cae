package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostSort;
import ru.officialpages.domain.PostFormat;

public final class PostRepository {
    private final Database db;

    public PostRepository(Database db) {
        this.db = db;
    }

    /** Adds posts in one transaction: all of them or, on any failure, none; with their texts. */
    public List<Post> addAll(Collection<Post> posts) {
        return db.write(c -> {
            // Many rows a statement, the new ids coming back with them: a row at a time with its generated key made
            // an import of 100,000 posts take 18 s (issue 10); reading them back by MAX(id) made the server walk the
            // whole district's ids past the policy of a settlement's login (issue 20, five imports at once).
            Optional<Dialect.RowOwner> owner = db.dialect().beforeManyRows(c);
            java.util.Map<String, Long> ids = NewPosts.insert(c, db.dialect(), List.copyOf(posts), owner);
            List<Post> saved = new ArrayList<>(posts.size());
            for (Post p : posts) {
                saved.add(new Post(ids.get(p.url()), p.pageId(), p.publishedAt(), p.url(), p.format(), p.topic(), p.text()));
            }
            return saved;
        });
    }

    static PreparedStatement insert(java.sql.Connection c) throws SQLException {
        return c.prepareStatement(
                "INSERT INTO post (page_id, published_at, url, format, topic, search, plan_item_id, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
    }

    /** Inserts one post with a statement from {@link #insert(java.sql.Connection)}, inside the caller's transaction. */
    static Post insert(PreparedStatement ps, Post p, Long planItemId) throws SQLException {
        ps.setLong(1, p.pageId());
        ps.setString(2, Iso.minute(p.publishedAt()));
        ps.setString(3, p.url());
        ps.setString(4, p.format().name());
        ps.setString(5, p.topic());
        ps.setString(6, searchOf(p.topic(), p.url()));
        ps.setObject(7, planItemId);
        ps.setString(8, p.text());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return new Post(keys.getLong(1), p.pageId(), p.publishedAt(), p.url(), p.format(), p.topic(), p.text());
        }
    }

    /**
     * The search column: topic and link, searched as substrings. The post's text is searched by
     * its words through the full-text index (V14) instead: a substring scan over every text of a
     * large log took seconds (docs/performance.md, «Поиск по журналу…»).
     */
    static String searchOf(String topic, String url) {
        return searchText(topic + " " + url);
    }

    /** What the post said; "" when no text is kept (or there is no such post). */
    public String text(long postId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM post WHERE id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    /** Keeps a post's text; the full-text index follows it (V14's triggers). */
    public void updateText(long postId, String text) {
        String clean = text == null ? "" : text.strip();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET text = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setLong(2, postId);
                if (ps.executeUpdate() == 0) {
                    throw new RecordGoneException(RecordGoneException.Kind.POST, postId);
                }
            }
            return null;
        });
    }

    /** A post taken out of the log, with the plan item it fulfilled: what an undo puts back. */
    public record Removed(Post post, Long planItemId) {
    }

    /** Takes a post out of the log (entered by mistake); the answer puts it back on undo. */
    public Removed delete(long postId) {
        return db.write(c -> {
            Removed removed;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, page_id, published_at, url, format, topic, text,"
                    + " plan_item_id FROM post WHERE id = ?")) {
                ps.setLong(1, postId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new RecordGoneException(RecordGoneException.Kind.POST, postId);
                    }
                    long plan = rs.getLong(8);
                    Long planItemId = rs.wasNull() ? null : plan;
                    removed = new Removed(new Post(rs.getLong(1), rs.getLong(2), Iso.moment(rs.getString(3)),
                            rs.getString(4), ru.officialpages.domain.PostFormat.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getString(7)), planItemId);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM post WHERE id = ?")) {
                ps.setLong(1, postId);
                ps.executeUpdate();
            }
            return removed;
        });
    }

    /** Puts a deleted post back as it was, with its number, text and plan item. */
    public void restore(Removed r) {
        db.write(c -> {
            refuseDuplicate(c, r.post().url());
            Post p = r.post();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO post (id, page_id, published_at, url, format, topic,"
                    + " search, plan_item_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, p.id());
                ps.setLong(2, p.pageId());
                ps.setString(3, Iso.minute(p.publishedAt()));
                ps.setString(4, p.url());
                ps.setString(5, p.format().name());
                ps.setString(6, p.topic());
                ps.setString(7, searchOf(p.topic(), p.url()));
                ps.setObject(8, r.planItemId());
                ps.setString(9, p.text());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Corrects a logged post: its page, time, link, format and topic (the text has
     * {@link #updateText}); a link another entry has is refused.
     */
    public Post update(Post p) {
        return update(p, java.util.OptionalLong.empty());
    }

    /** The post's version now (V26), to name when it is edited; empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return db.read(c -> Versions.of(c, RecordGoneException.Kind.POST, id));
    }

    /**
     * As {@link #update(Post)}, made on the post's version {@code expected} (read when it was opened): a post
     * another user has changed since is refused with {@link ChangedMeanwhileException} and nothing is written.
     */
    public Post update(Post p, java.util.OptionalLong expected) {
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.POST, p.id(), expected);
            refuseDuplicate(c, p.url(), p.id());
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET page_id = ?, published_at = ?, url = ?,"
                    + " format = ?, topic = ?, search = ? WHERE id = ?")) {
                ps.setLong(1, p.pageId());
                ps.setString(2, Iso.minute(p.publishedAt()));
                ps.setString(3, p.url());
                ps.setString(4, p.format().name());
                ps.setString(5, p.topic());
                ps.setString(6, searchOf(p.topic(), p.url()));
                ps.setLong(7, p.id());
                if (ps.executeUpdate() == 0) {
                    throw new RecordGoneException(RecordGoneException.Kind.POST, p.id());
                }
            }
            return p;
        });
    }

    /** Adds one post; a link already in the log is refused with a message naming its date. */
    public Post add(Post p) {
        return db.write(c -> {
            refuseDuplicate(c, p.url());
            try (PreparedStatement ps = insert(c)) {
                return insert(ps, p, null);
            }
        });
    }

    /** One post, one entry: a link already in the log is refused, naming when it was published. */
    static void refuseDuplicate(java.sql.Connection c, String url) throws SQLException {
        refuseDuplicate(c, url, 0);
    }

    /** As {@link #refuseDuplicate(java.sql.Connection, String)}, not counting the entry {@code except} itself. */
    private static void refuseDuplicate(java.sql.Connection c, String url, long except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT published_at FROM post WHERE url = ? AND id <> ?")) {
            ps.setString(1, url);
            ps.setLong(2, except);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new DuplicatePostException(url, Iso.moment(rs.getString(1)));
                }
            }
        }
    }

    /** Refuses {@code url} as {@link #add} would, if the log has it: said as soon as it is pasted. */
    public void refuseLogged(String url) {
        db.read(c -> {
            refuseDuplicate(c, url);
            return null;
        });
    }

    /** Every link in the log: an import refuses the ones already there. */
    public java.util.Set<String> links() {
        return db.read(c -> {
            java.util.Set<String> urls = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(db.dialect().everyRow("url", "post")); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    urls.add(rs.getString(1));
                }
            }
            return urls;
        });
    }

    /** How many posts the filter lets through. */
    public int count(PostFilter f) {
        return db.read(c -> {
            Where w = where(c, f);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM post p" + w.sql())) {
                w.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** One page of the filtered log: rows {@code offset}… in {@code sort} order. */
    public List<PostEntry> slice(PostFilter f, PostSort sort, int offset, int limit) {
        return db.read(c -> {
            Where w = where(c, f);
            // The block's ids first, from the post table alone (the page only when the order needs it),
            // then the joins for those 200 rows: joining every skipped row made row 150,000 take 0,8 s (issue 10).
            String from = sort == PostSort.PAGE ? " FROM post p JOIN page g ON g.id = p.page_id" : " FROM post p";
            String sql = "SELECT p.id, p.page_id, p.published_at, p.url, p.format, p.topic, g.address, g.network_code, o.name,"
                    + " p.plan_item_id, i.topic"
                    + " FROM (SELECT p.id" + from + w.sql() + " ORDER BY " + orderBy(sort) + " LIMIT ? OFFSET ?) s"
                    + " JOIN post p ON p.id = s.id JOIN page g ON g.id = p.page_id JOIN organization o ON o.id = g.organization_id"
                    + " LEFT JOIN plan_item i ON i.id = p.plan_item_id"
                    + " ORDER BY " + orderBy(sort);
            List<PostEntry> list = new ArrayList<>(limit);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = w.bind(ps, 1);
                ps.setInt(i, limit);
                ps.setInt(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String planTopic = rs.getString(11);
                        list.add(new PostEntry(map(rs), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                                planTopic == null ? "" : planTopic));
                    }
                }
            }
            return list;
        });
    }

    /**
     * The whole filtered log in {@code sort} order, streamed to {@code use} while the cursor is
     * open: an export of 300,000 posts never holds them all. The stream is valid only inside
     * {@code use}; the database is held for as long as it runs.
     */
    public void stream(PostFilter f, PostSort sort, java.util.function.Consumer<java.util.stream.Stream<PostEntry>> use) {
        db.readWithCursor(c -> {
            Where w = where(c, f);
            String sql = "SELECT p.id, p.page_id, p.published_at, p.url, p.format, p.topic, g.address, g.network_code, o.name,"
                    + " p.plan_item_id, i.topic"
                    + " FROM post p JOIN page g ON g.id = p.page_id JOIN organization o ON o.id = g.organization_id"
                    + " LEFT JOIN plan_item i ON i.id = p.plan_item_id"
                    + w.sql() + " ORDER BY " + orderBy(sort);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                w.bind(ps, 1);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.Iterator<PostEntry> it = new java.util.Iterator<>() {
                        private Boolean ahead;

                        @Override
                        public boolean hasNext() {
                            if (ahead == null) {
                                try {
                                    ahead = rs.next();
                                } catch (SQLException e) {
                                    throw new IllegalStateException("reading the post log failed", e); // the transaction says it in Russian
                                }
                            }
                            return ahead;
                        }

                        @Override
                        public PostEntry next() {
                            if (!hasNext()) {
                                throw new java.util.NoSuchElementException();
                            }
                            ahead = null;
                            try {
                                String planTopic = rs.getString(11);
                                return new PostEntry(map(rs), rs.getString(7), rs.getString(8), rs.getString(9),
                                        rs.getLong(10), planTopic == null ? "" : planTopic);
                            } catch (SQLException e) {
                                throw new IllegalStateException("reading the post log failed", e); // the transaction says it in Russian
                            }
                        }
                    };
                    use.accept(java.util.stream.StreamSupport.stream(
                            java.util.Spliterators.spliteratorUnknownSize(it, java.util.Spliterator.ORDERED), false));
                }
            }
            return null;
        });
    }

    private static String orderBy(PostSort sort) {
        // Every order ends on the id so that paging through equal values is stable.
        return switch (sort) {
            case NEWEST -> "p.published_at DESC, p.id DESC";
            case OLDEST -> "p.published_at, p.id";
            case PAGE -> "g.address, p.published_at DESC, p.id DESC";
            case FORMAT -> "p.format, p.published_at DESC, p.id DESC";
            case TOPIC -> "p.topic, p.published_at DESC, p.id DESC";
        };
    }

    /** The WHERE clause of a filter and its parameters, bound in order. */
    private Where where(java.sql.Connection c, PostFilter f) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (f.pageId() != null) {
            parts.add("p.page_id = ?");
            args.add(f.pageId());
        }
        if (f.from() != null) {
            parts.add("p.published_at >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            parts.add("p.published_at < ?");
            args.add(f.to().plusDays(1).toString());
        }
        if (f.format() != null) {
            parts.add("p.format = ?");
            args.add(f.format().name());
        }
        if (!f.text().isEmpty()) {
            // The page's address through a subquery, not a join: the count then reads the post table alone.
            String term = searchText(f.text());
            String words = db.dialect().wordsQuery(term);
            // The pages whose address matches, found once among a few hundred pages; with none, the
            // test on each post is the substring (and the text's words) alone.
            List<Long> pages = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM page WHERE " + db.dialect().contains(db.dialect().lowerLatin("address")))) {
                ps.setString(1, term);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        pages.add(rs.getLong(1));
                    }
                }
            }
            String match = db.dialect().contains("p.search");
            if (!pages.isEmpty()) {
                match += " OR p.page_id IN (" + String.join(", ", java.util.Collections.nCopies(pages.size(), "?")) + ")";
            }
            if (!words.isEmpty()) {
                match += " OR " + db.dialect().postTextHasWords("p.id");
            }
            parts.add("(" + match + ")");
            args.add(term);
            args.addAll(pages);
            if (!words.isEmpty()) {
                args.add(words);
            }
        }
        return Where.of(parts, args);
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM post");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public List<Post> between(LocalDateTime from, LocalDateTime toExclusive) {
        return db.read(c -> {
            List<Post> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, page_id, published_at, url, format, topic FROM post"
                            + " WHERE published_at >= ? AND published_at < ? ORDER BY published_at")) {
                ps.setString(1, Iso.minute(from));
                ps.setString(2, Iso.minute(toExclusive));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(map(rs));
                    }
                }
            }
            return list;
        });
    }

    /** Text as the search column keeps it: lower case, ё as е, so "Субботник" is found by "субботник". */
    static String searchText(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    private static Post map(ResultSet rs) throws SQLException {
        return new Post(rs.getLong(1), rs.getLong(2), Iso.moment(rs.getString(3)), rs.getString(4),
                PostFormat.valueOf(rs.getString(5)), rs.getString(6));
    }
}
