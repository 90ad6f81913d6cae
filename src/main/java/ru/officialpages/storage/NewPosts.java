package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.domain.Post;

/**
 * Posts new to the log, inserted many at a time inside the caller's transaction, each new entry's id coming back
 * with its insert (an import, a sync): the one insert of many posts both write through. Neither engine promises the
 * order of RETURNING's rows, so each id comes with its link (a link is one entry of a settlement's log).
 * <p>On a district's server the rows go as one array per column ({@code unnest}): one statement and one round trip
 * for {@value #ARRAY_ROWS} posts, the server parsing no long VALUES list; on SQLite as VALUES lists of
 * {@value #VALUES_ROWS} rows, its statements prepared once.
 */
final class NewPosts {
    /** Posts per statement on a server: a few megabytes of arrays at most. */
    static final int ARRAY_ROWS = 10_000;
    /** Rows per VALUES statement: 7 parameters each, well under SQLite's limit. */
    static final int VALUES_ROWS = 100;
    private static final String COLUMNS = "page_id, published_at, url, format, topic, search, plan_item_id, text";

    private NewPosts() {
    }

    /**
     * Inserts {@code posts} (their ids ignored) with no plan item; answers the new entries' ids by link.
     * {@code owner}: the settlement column and value bound for every row (see {@link Dialect#beforeManyRows}),
     * or empty to leave the column's default.
     */
    static Map<String, Long> insert(Connection c, Dialect dialect, List<Post> posts, Optional<Dialect.RowOwner> owner)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>(posts.size() * 2);
        if (posts.isEmpty()) {
            return ids;
        }
        if (dialect.takesArrays()) {
            for (int from = 0; from < posts.size(); from += ARRAY_ROWS) {
                byArrays(c, posts.subList(from, Math.min(posts.size(), from + ARRAY_ROWS)), owner, ids);
            }
            return ids;
        }
        PreparedStatement full = null;
        try {
            for (int from = 0; from < posts.size(); from += VALUES_ROWS) {
                List<Post> chunk = posts.subList(from, Math.min(posts.size(), from + VALUES_ROWS));
                if (chunk.size() == VALUES_ROWS) {
                    if (full == null) {
                        full = byValues(c, VALUES_ROWS, owner);
                    }
                    run(full, chunk, owner, ids);
                } else {
                    try (PreparedStatement rest = byValues(c, chunk.size(), owner)) {
                        run(rest, chunk, owner, ids);
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
        return ids;
    }

    private static PreparedStatement byValues(Connection c, int rows, Optional<Dialect.RowOwner> owner) throws SQLException {
        String row = "(?, ?, ?, ?, ?, ?, NULL, ?" + owner.map(o -> ", ?").orElse("") + ")";
        return c.prepareStatement("INSERT INTO post (" + COLUMNS + owner.map(o -> ", " + o.column()).orElse("") + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row)) + " RETURNING id, url");
    }

    private static void run(PreparedStatement ps, List<Post> chunk, Optional<Dialect.RowOwner> owner, Map<String, Long> ids)
            throws SQLException {
        int i = 0;
        for (Post p : chunk) {
            ps.setLong(++i, p.pageId());
            ps.setString(++i, Iso.minute(p.publishedAt()));
            ps.setString(++i, p.url());
            ps.setString(++i, p.format().name());
            ps.setString(++i, p.topic());
            ps.setString(++i, PostRepository.searchOf(p.topic(), p.url()));
            ps.setString(++i, p.text());
            if (owner.isPresent()) {
                ps.setObject(++i, owner.get().value(), Types.INTEGER);
            }
        }
        read(ps, ids);
    }

    private static void byArrays(Connection c, List<Post> chunk, Optional<Dialect.RowOwner> owner, Map<String, Long> ids)
            throws SQLException {
        int n = chunk.size();
        Long[] pages = new Long[n];
        String[] at = new String[n];
        String[] urls = new String[n];
        String[] formats = new String[n];
        String[] topics = new String[n];
        String[] searches = new String[n];
        String[] texts = new String[n];
        for (int k = 0; k < n; k++) {
            Post p = chunk.get(k);
            pages[k] = p.pageId();
            at[k] = Iso.minute(p.publishedAt());
            urls[k] = p.url();
            formats[k] = p.format().name();
            topics[k] = p.topic();
            searches[k] = PostRepository.searchOf(p.topic(), p.url());
            texts[k] = p.text();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO post (" + COLUMNS + owner.map(o -> ", " + o.column()).orElse("")
                + ") SELECT r.page_id, r.published_at, r.url, r.format, r.topic, r.search, NULL, r.text"
                + owner.map(o -> ", CAST(? AS INTEGER)").orElse("")
                + " FROM unnest(CAST(? AS BIGINT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),"
                + " CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS r (page_id, published_at, url, format, topic, search, text)"
                + " RETURNING id, url")) {
            int i = 0;
            if (owner.isPresent()) {
                ps.setObject(++i, owner.get().value(), Types.INTEGER);
            }
            ps.setArray(++i, c.createArrayOf("bigint", pages));
            for (String[] column : List.of(at, urls, formats, topics, searches, texts)) {
                ps.setArray(++i, c.createArrayOf("text", column));
            }
            read(ps, ids);
        }
    }

    private static void read(PreparedStatement ps, Map<String, Long> ids) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(2), rs.getLong(1));
            }
        }
    }
}
