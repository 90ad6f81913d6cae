package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;

/** The content plan: items by day, their pages, and publishing an item as posts in the log. */
public final class PlanRepository {
    private final Database db;
    private final java.time.Clock clock;

    /** {@code clock}: when a move is recorded (V13); the caller's (storage reads no clock of its own), so tests fix it. */
    public PlanRepository(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Inserts (id 0) or updates an item with its pages. */
    public PlanItem save(PlanItem item) {
        return save(item, null, java.util.OptionalLong.empty());
    }

    /**
     * Inserts (id 0) or updates an item with its pages and, unless {@code text} is null, the drafted text of its
     * post, in one transaction. An update is made on the item's version {@code expected} (read with the list the
     * item was opened from): an item another user has changed since is refused with {@link ChangedMeanwhileException}.
     */
    public PlanItem save(PlanItem item, String text, java.util.OptionalLong expected) {
        return db.write(c -> {
            if (item.id() != 0) {
                Versions.claim(c, RecordGoneException.Kind.PLAN_ITEM, item.id(), expected);
            }
            PlanItem saved = save(c, item, item.seriesId());
            if (text != null) {
                saveText(c, saved.id(), text);
            }
            return saved;
        });
    }

    /** The versions of the items between two days (V28), read before the items: an edit names the one it was made on. */
    public java.util.Map<Long, Long> versionsBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            java.util.Map<Long, Long> versions = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM plan_item WHERE day BETWEEN ? AND ?")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions.put(rs.getLong(1), rs.getLong(2));
                    }
                }
            }
            return versions;
        });
    }

    /** Inserts items made together ("every Monday") as one series, all or none. */
    public List<PlanItem> saveSeries(List<PlanItem> items) {
        return db.write(c -> {
            List<PlanItem> saved = new ArrayList<>();
            Long series = null;
            for (PlanItem i : items) {
                PlanItem s = save(c, i, series);
                if (series == null) {
                    series = s.id();
                    s = s.withId(s.id(), series);
                    setSeries(c, s.id(), series);
                }
                saved.add(s);
            }
            return saved;
        });
    }

    private static void setSeries(Connection c, long id, long series) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET series_id = ? WHERE id = ?")) {
            ps.setLong(1, series);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private PlanItem save(Connection c, PlanItem i, Long series) throws SQLException {
        long id = i.id();
        if (id == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item (day, time, topic, occasion, format, notes,"
                    + " status, series_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, i, series);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        } else {
            recordMove(c, id, i.day());
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET day = ?, time = ?, topic = ?, occasion = ?,"
                    + " format = ?, notes = ?, status = ?, series_id = ? WHERE id = ?")) {
                bind(ps, i, series);
                ps.setLong(9, id);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no plan item " + id);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_item_page WHERE plan_item_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item_page (plan_item_id, page_id) VALUES (?, ?)")) {
            for (Long page : i.pageIds()) {
                ps.setLong(1, id);
                ps.setLong(2, page);
                ps.executeUpdate();
            }
        }
        return i.withId(id, series);
    }

    private static void bind(PreparedStatement ps, PlanItem i, Long series) throws SQLException {
        ps.setString(1, i.day().toString());
        ps.setString(2, i.time() == null ? null : i.time().toString());
        ps.setString(3, i.topic());
        ps.setString(4, i.occasion());
        ps.setString(5, i.format().name());
        ps.setString(6, i.notes());
        ps.setString(7, i.status().name());
        ps.setObject(8, series);
    }

    /** Items of the days {@code from} … {@code to} inclusive, by day and time. */
    public List<PlanItem> between(LocalDate from, LocalDate to) {
        return between(from, to, EnumSet.allOf(PlanStatus.class));
    }

    /**
     * Items of the days {@code from} … {@code to} inclusive in one of {@code statuses}, by day and time:
     * Сегодня wants the few still open of three months, not the thousands published (issue 10).
     */
    public List<PlanItem> between(LocalDate from, LocalDate to, Set<PlanStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        boolean all = statuses.size() == PlanStatus.values().length;
        String inStatuses = all ? "" : " AND i.status IN (" + String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")) + ")";
        return db.read(c -> {
            Map<Long, PlanItem> items = new LinkedHashMap<>();
            Map<Long, List<Long>> pages = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.day, i.time, i.topic, i.occasion, i.format, i.notes,"
                    + " i.status, i.series_id, p.page_id FROM plan_item i LEFT JOIN plan_item_page p ON p.plan_item_id = i.id"
                    + " WHERE i.day >= ? AND i.day <= ?" + inStatuses + " ORDER BY i.day, i.time, i.id, p.page_id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                if (!all) {
                    int n = 3;
                    for (PlanStatus st : statuses) {
                        ps.setString(n++, st.name());
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (!items.containsKey(id)) {
                            String time = rs.getString(3);
                            long series = rs.getLong(9);
                            Long seriesId = rs.wasNull() ? null : series;
                            items.put(id, new PlanItem(id, Iso.date(rs.getString(2)),
                                    time == null ? null : LocalTime.parse(time), List.of(), rs.getString(4), rs.getString(5),
                                    PostFormat.valueOf(rs.getString(6)), rs.getString(7), PlanStatus.valueOf(rs.getString(8)),
                                    seriesId));
                            pages.put(id, new ArrayList<>());
                        }
                        long page = rs.getLong(10);
                        if (!rs.wasNull()) {
                            pages.get(id).add(page);
                        }
                    }
                }
            }
            List<PlanItem> list = new ArrayList<>();
            items.forEach((id, i) -> list.add(new PlanItem(id, i.day(), i.time(), pages.get(id), i.topic(), i.occasion(),
                    i.format(), i.notes(), i.status(), i.seriesId())));
            return list;
        });
    }

    /** The drafted post texts of the items of {@code from} … {@code to}, by item id. */
    public java.util.Map<Long, String> textsBetween(LocalDate from, LocalDate to) {
        return db.read(c -> {
            java.util.Map<Long, String> texts = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.plan_item_id, t.text FROM plan_item_text t"
                    + " JOIN plan_item i ON i.id = t.plan_item_id WHERE i.day >= ? AND i.day <= ?")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        texts.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return texts;
        });
    }

    /** Keeps the drafted text of the post an item will become; an empty text removes it. */
    public void saveText(long itemId, String text) {
        db.write(c -> {
            saveText(c, itemId, text);
            return null;
        });
    }

    private static void saveText(Connection c, long itemId, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_item_text WHERE plan_item_id = ?")) {
            ps.setLong(1, itemId);
            ps.executeUpdate();
        }
        if (!text.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item_text (plan_item_id, text) VALUES (?, ?)")) {
                ps.setLong(1, itemId);
                ps.setString(2, text);
                ps.executeUpdate();
            }
        }
    }

    /** Moves an item to another day (drag in the calendar), keeping the move for the weekly report. */
    public void move(long id, LocalDate day) {
        move(id, day, java.util.OptionalLong.empty());
    }

    /** As {@link #move(long, LocalDate)}, made on the item's version {@code expected}. */
    public void move(long id, LocalDate day, java.util.OptionalLong expected) {
        db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PLAN_ITEM, id, expected);
            recordMove(c, id, day);
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET day = ? WHERE id = ?")) {
                ps.setString(1, day.toString());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Keeps a change of an item's day (V13), so the weekly report can count moved items. */
    private void recordMove(Connection c, long id, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_item_move (plan_item_id, from_day, to_day, moved_at)"
                + " SELECT id, day, ?, ? FROM plan_item WHERE id = ? AND day <> ?")) {
            ps.setString(1, day.toString());
            ps.setString(2, Iso.minute(java.time.LocalDateTime.now(clock)));
            ps.setLong(3, id);
            ps.setString(4, day.toString());
            ps.executeUpdate();
        }
    }

    /** Deletes an item; the posts that fulfilled it stay in the log, untied. */
    public void delete(long id) {
        delete(id, java.util.OptionalLong.empty());
    }

    /** As {@link #delete(long)}, made on the item's version {@code expected}: one changed since is not deleted unseen. */
    public void delete(long id, java.util.OptionalLong expected) {
        db.write(c -> {
            if (expected.isPresent()) {
                Versions.claim(c, RecordGoneException.Kind.PLAN_ITEM, id, expected);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET plan_item_id = NULL WHERE plan_item_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_item_page WHERE plan_item_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_item_text WHERE plan_item_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_item WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Open items of a page within {@code days} days of a date: what a post in the log may fulfil. */
    public List<PlanItem> openNear(long pageId, LocalDate day, int days) {
        return between(day.minusDays(days), day.plusDays(days)).stream()
                .filter(i -> i.status().isOpen() && i.pageIds().contains(pageId)).toList();
    }

    /** Ties a post already in the log to the plan item it fulfils; the item turns published. */
    public void attach(long postId, long planItemId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE post SET plan_item_id = ? WHERE id = ?")) {
                ps.setLong(1, planItemId);
                ps.setLong(2, postId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no post " + postId);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET status = ? WHERE id = ?")) {
                ps.setString(1, PlanStatus.PUBLISHED.name());
                ps.setLong(2, planItemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks an item published and puts its posts in the log, in one transaction: a link already
     * in the log refuses the whole step, so the plan never says "published" without its posts.
     */
    public List<Post> publish(long itemId, List<Post> posts) {
        return db.write(c -> {
            List<Post> saved = new ArrayList<>();
            try (PreparedStatement ps = PostRepository.insert(c)) {
                for (Post p : posts) {
                    PostRepository.refuseDuplicate(c, p.url());
                    saved.add(PostRepository.insert(ps, p, itemId));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan_item SET status = ? WHERE id = ?")) {
                ps.setString(1, PlanStatus.PUBLISHED.name());
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return saved;
        });
    }
}
