package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;

public final class PostRepository {
    private final Database db;

    public PostRepository(Database db) {
        this.db = db;
    }

    /** Adds posts in one transaction: all of them or, on any failure, none. */
    public List<Post> addAll(Collection<Post> posts) {
        return db.write(c -> {
            List<Post> saved = new ArrayList<>(posts.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO post (page_id, published_at, url, format, topic) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (Post p : posts) {
                    ps.setLong(1, p.pageId());
                    ps.setString(2, Iso.minute(p.publishedAt()));
                    ps.setString(3, p.url());
                    ps.setString(4, p.format().name());
                    ps.setString(5, p.topic());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        saved.add(new Post(keys.getLong(1), p.pageId(), p.publishedAt(), p.url(), p.format(), p.topic()));
                    }
                }
            }
            return saved;
        });
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

    private static Post map(ResultSet rs) throws SQLException {
        return new Post(rs.getLong(1), rs.getLong(2), LocalDateTime.parse(rs.getString(3)), rs.getString(4),
                PostFormat.valueOf(rs.getString(5)), rs.getString(6));
    }
}
