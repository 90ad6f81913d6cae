package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.ReportFigures;

/**
 * The figures of the weekly and period reports, aggregated in SQL: counts per page, plan status,
 * moderation ground and action, and the messages of a week. The moderation and message tables are
 * read directly (V8, V9), so a report needs nothing of their screens' repositories.
 * Rules (norms, working time) are applied above, in {@code report}, which reads these figures as
 * {@link ReportFigures} handed over by the report desk, never this class.
 */
public final class ReportRepository implements ReportFigures {
    private final Database db;

    public ReportRepository(Database db) {
        this.db = db;
    }

    /** How many pages are kept at all, deleted ones included: none means there is nothing to report. */
    public int pageCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM page"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The first day anything was kept: the earliest page creation; null without pages. */
    public LocalDate firstDay() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(created_on) FROM page"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                String d = rs.getString(1);
                return d == null ? null : Iso.date(d);
            }
        });
    }

    /**
     * The first day anything was recorded: the earliest post, plan item, moderation record or
     * message; null when nothing is. Weeks before it are unknown, not weeks of zero posts.
     */
    public LocalDate firstRecordDay() {
        return db.read(c -> {
            String first = null;
            // One query, not four: on a district's server each is a round trip (issue 20).
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT MIN(published_at) FROM post),"
                    + " (SELECT MIN(day) FROM plan_item), (SELECT MIN(noticed_at) FROM moderation_record),"
                    + " (SELECT MIN(detected_at) FROM message)"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 1; i <= 4; i++) {
                    String d = rs.getString(i);
                    if (d != null && d.length() >= 10 && (first == null || d.substring(0, 10).compareTo(first) < 0)) {
                        first = d.substring(0, 10);
                    }
                }
            }
            return first == null ? null : Iso.date(first);
        });
    }

    /**
     * Pages active on at least one day of the week from {@code monday}: created on or before
     * Sunday and not deleted on or before Monday. Only posts of the days a page existed count.
     */
    public List<PageWeek> pagesOfWeek(LocalDate monday) {
        return pagesOfDays(monday, monday.plusDays(6));
    }

    /**
     * Pages active on at least one day of {@code first} … {@code last} (a week, or the part of a
     * week inside a period), with the posts of those days on which the page existed.
     */
    public List<PageWeek> pagesOfDays(LocalDate first, LocalDate last) {
        return db.read(c -> pagesOfDays(c, first, last));
    }

    private static List<PageWeek> pagesOfDays(Connection c, LocalDate first, LocalDate last) throws SQLException {
        String mon = first.toString();
        String nextMon = last.plusDays(1).toString();
        Map<Long, PageWeek> pages = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT p.id, o.name, o.kind, p.network_code, p.created_on, p.deleted_on, p.weekly_norm,"
                        // The address of the page's last day in the span: its last day, or the day before its deletion.
                        + " COALESCE((SELECT a.address FROM page_address a WHERE a.page_id = p.id AND a.valid_from <= ?"
                        + " AND (p.deleted_on IS NULL OR a.valid_from < p.deleted_on)"
                        + " ORDER BY a.valid_from DESC LIMIT 1), p.address)"
                        + " FROM page p JOIN organization o ON o.id = p.organization_id"
                        + " JOIN network n ON n.code = p.network_code"
                        + " WHERE p.created_on < ? AND (p.deleted_on IS NULL OR p.deleted_on > ?)"
                        + " ORDER BY o.name, n.position, p.id")) {
            ps.setString(1, last.toString());
            ps.setString(2, nextMon);
            ps.setString(3, mon);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pages.put(rs.getLong(1), pageWeek(rs, new EnumMap<>(PostFormat.class)));
                }
            }
        }
        // One pass over the week's posts (index post_time), counted per page and format; a post
        // before the page's creation or on/after its deletion day does not count (as WeeklyNorm).
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT po.page_id, po.format, COUNT(*) FROM post po JOIN page p ON p.id = po.page_id"
                        + " WHERE po.published_at >= ? AND po.published_at < ?"
                        + " AND po.published_at >= p.created_on AND (p.deleted_on IS NULL OR po.published_at < p.deleted_on)"
                        + " GROUP BY po.page_id, po.format")) {
            ps.setString(1, mon);
            ps.setString(2, nextMon);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PageWeek p = pages.get(rs.getLong(1));
                    if (p != null) {
                        p.formats().merge(PostFormat.valueOf(rs.getString(2)), rs.getInt(3), Integer::sum);
                    }
                }
            }
        }
        List<PageWeek> list = new ArrayList<>(pages.size());
        for (PageWeek p : pages.values()) {
            int published = p.formats().values().stream().mapToInt(Integer::intValue).sum();
            list.add(new PageWeek(p.pageId(), p.organization(), p.kind(), p.networkCode(), p.address(), p.createdOn(),
                    p.deletedOn(), p.weeklyNorm(), published, Map.copyOf(p.formats())));
        }
        return list;
    }

    /**
     * The pages that existed on any day of the {@code weeks} weeks from {@code firstMonday}, with
     * what the norm needs (their address is the current one and their posts are not counted): a
     * trend over many weeks reads them once instead of once a week.
     */
    public List<PageWeek> pagesOfWeeks(LocalDate firstMonday, int weeks) {
        return db.read(c -> {
            List<PageWeek> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.id, o.name, o.kind, p.network_code, p.created_on, p.deleted_on, p.weekly_norm, p.address"
                            + " FROM page p JOIN organization o ON o.id = p.organization_id"
                            + " WHERE p.created_on < ? AND (p.deleted_on IS NULL OR p.deleted_on > ?) ORDER BY p.id")) {
                ps.setString(1, firstMonday.plusWeeks(weeks).toString());
                ps.setString(2, firstMonday.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(pageWeek(rs, Map.of()));
                    }
                }
            }
            return list;
        });
    }

    /**
     * Posts of each of the {@code weeks} weeks from {@code firstMonday}, counted as
     * {@link #pagesOfWeek} counts them (none before its page's creation or from its deletion on),
     * in one statement.
     */
    public int[] postsOfWeeks(LocalDate firstMonday, int weeks) {
        return db.read(c -> {
            int[] counts = new int[weeks];
            if (weeks <= 0) {
                return counts;
            }
            // Each week counted over the index post_time alone (no row of post read, no day computed per
            // post), then the few posts outside their page's life taken off: only a page created or deleted
            // inside the span can have any. Counting per post with a day computed took half of the weekly
            // report's time (issue 20 item 5). One statement, so the report's round trips stay as they were;
            // CROSS JOIN keeps SQLite on the page's index of posts.
            String from = firstMonday.toString();
            String to = firstMonday.plusWeeks(weeks).toString();
            StringBuilder sql = new StringBuilder();
            for (int w = 0; w < weeks; w++) {
                sql.append("SELECT ").append(w).append(", COUNT(*) FROM post WHERE published_at >= ? AND published_at < ?")
                        .append(" UNION ALL ");
            }
            sql.append("SELECT ").append(db.dialect().daysBetween("?", "substr(po.published_at, 1, 10)")).append(" / 7, -COUNT(*)")
                    .append(" FROM page p CROSS JOIN post po WHERE (p.created_on > ? OR p.deleted_on < ?) AND po.page_id = p.id")
                    .append(" AND po.published_at >= ? AND po.published_at < ?")
                    .append(" AND (po.published_at < p.created_on OR (p.deleted_on IS NOT NULL AND po.published_at >= p.deleted_on))")
                    .append(" GROUP BY 1");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 0;
                for (int w = 0; w < weeks; w++) {
                    ps.setString(++i, firstMonday.plusWeeks(w).toString());
                    ps.setString(++i, firstMonday.plusWeeks(w + 1L).toString());
                }
                for (String arg : new String[] {from, from, to, from, to}) {
                    ps.setString(++i, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts[rs.getInt(1)] += rs.getInt(2);
                    }
                }
            }
            return counts;
        });
    }

    /**
     * The plan of the week by status. Overdue: still open and its day before {@code today}.
     * Moved: items whose day was changed away from a day of this week (V13 plan_item_move).
     */
    public PlanWeek planOfWeek(LocalDate monday, LocalDate today) {
        return planOfDays(monday, monday.plusDays(6), today);
    }

    /** The plan items of the days {@code first} … {@code last}, as {@link #planOfWeek}. */
    public PlanWeek planOfDays(LocalDate first, LocalDate last, LocalDate today) {
        String mon = first.toString();
        String sun = last.toString();
        return db.read(c -> {
            int planned = 0;
            int published = 0;
            int cancelled = 0;
            int open = 0;
            int overdue = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT status, CASE WHEN day < ? THEN 1 ELSE 0 END, COUNT(*) FROM plan_item"
                            + " WHERE day >= ? AND day <= ? GROUP BY 1, 2")) {
                ps.setString(1, today.toString());
                ps.setString(2, mon);
                ps.setString(3, sun);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        PlanStatus status = PlanStatus.valueOf(rs.getString(1));
                        int n = rs.getInt(3);
                        planned += n;
                        if (status == PlanStatus.PUBLISHED) {
                            published += n;
                        } else if (status == PlanStatus.CANCELLED) {
                            cancelled += n;
                        } else {
                            open += n;
                            if (rs.getInt(2) == 1) {
                                overdue += n;
                            }
                        }
                    }
                }
            }
            int moved;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(DISTINCT plan_item_id) FROM plan_item_move WHERE from_day >= ? AND from_day <= ?")) {
                ps.setString(1, mon);
                ps.setString(2, sun);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    moved = rs.getInt(1);
                }
            }
            return new PlanWeek(planned, published, cancelled, open, overdue, moved);
        });
    }

    /** Moderation of the week from {@code monday}: records noticed that week, blacklist additions, rounds. */
    public ModerationWeek moderationOfWeek(LocalDate monday) {
        return moderationOfDays(monday, monday.plusDays(6));
    }

    /** Moderation of the days {@code first} … {@code last}, as {@link #moderationOfWeek}. */
    public ModerationWeek moderationOfDays(LocalDate first, LocalDate last) {
        String from = first.toString();
        String to = last.plusDays(1).toString();
        return db.read(c -> {
            int records = count(c, "SELECT COUNT(*) FROM moderation_record WHERE noticed_at >= ? AND noticed_at < ?", from, to);
            Map<String, Integer> byGround = grouped(c, "SELECT g.ground, COUNT(*) FROM moderation_ground g"
                    + " JOIN moderation_record r ON r.id = g.record_id WHERE r.noticed_at >= ? AND r.noticed_at < ?"
                    + " GROUP BY g.ground", from, to);
            Map<String, Integer> byAction = grouped(c, "SELECT action, COUNT(*) FROM moderation_record"
                    + " WHERE noticed_at >= ? AND noticed_at < ? GROUP BY action", from, to);
            // An author listed on two pages is one author: the report names people, not entries.
            int blacklisted = count(c, "SELECT COUNT(DISTINCT author_key) FROM blacklist_entry WHERE since >= ? AND since < ?",
                    from, to);
            Map<LocalDate, Integer> checked = new TreeMap<>();
            grouped(c, "SELECT day, COUNT(DISTINCT page_id) FROM moderation_round WHERE day >= ? AND day < ? GROUP BY day",
                    from, to).forEach((d, n) -> checked.put(Iso.date(d.substring(0, 10)), n));
            return new ModerationWeek(records, byGround, byAction, blacklisted, checked);
        });
    }

    /** Messages detected in [{@code from}, {@code to}), oldest first. */
    public List<MessageCourse> messagesDetected(LocalDateTime from, LocalDateTime to) {
        return db.read(c -> {
            List<MessageCourse> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT m.id, m.detected_at, m.network_code, COALESCE(p.address, ''), m.topic, m.importance,"
                            + " m.answer_due, m.interim_at, m.final_at, m.closed_at, COALESCE(o.name, '')"
                            + " FROM message m LEFT JOIN page p ON p.id = m.page_id"
                            + " LEFT JOIN organization o ON o.id = p.organization_id"
                            + " WHERE m.detected_at >= ? AND m.detected_at < ? ORDER BY m.detected_at, m.id")) {
                ps.setString(1, Iso.minute(from));
                ps.setString(2, Iso.minute(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new MessageCourse(rs.getLong(1), time(rs.getString(2)), rs.getString(3), rs.getString(11),
                                rs.getString(4),
                                rs.getString(5), "HIGH".equals(rs.getString(6)), time(rs.getString(7)), time(rs.getString(8)),
                                time(rs.getString(9)), time(rs.getString(10))));
                    }
                }
            }
            return list;
        });
    }

    /**
     * A page as both page queries read it: id, organization name and kind, network, created, deleted,
     * weekly norm, address; no posts counted yet.
     */
    private static PageWeek pageWeek(ResultSet rs, Map<PostFormat, Integer> formats) throws SQLException {
        int norm = rs.getInt(7);
        Integer weeklyNorm = rs.wasNull() ? null : norm;
        String deleted = rs.getString(6);
        return new PageWeek(rs.getLong(1), rs.getString(2), OrganizationKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(8), Iso.date(rs.getString(5)), deleted == null ? null : Iso.date(deleted), weeklyNorm, 0, formats);
    }

    private static LocalDateTime time(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        return iso.length() == 10 ? Iso.date(iso).atStartOfDay() : Iso.moment(iso);
    }

    private static int count(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Map<String, Integer> grouped(Connection c, String sql, String... args) throws SQLException {
        Map<String, Integer> map = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return map;
    }


    /**
     * The reach of each page's posts of {@code first} … {@code last} that has any (the posts
     * counted as pagesOfDays counts them); a page without a reach row is absent: unknown, not 0.
     */
    public Map<Long, ReachDays> reachOfDays(LocalDate first, LocalDate last) {
        return db.read(c -> {
            Map<Long, ReachDays> reach = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT po.page_id, COUNT(*), COUNT(r.views), COALESCE(SUM(r.views), 0), SUM(r.likes), SUM(r.reposts),"
                            + " SUM(r.comments), MAX(r.approximate)"
                            + " FROM post po JOIN page p ON p.id = po.page_id JOIN post_reach r ON r.post_id = po.id"
                            + " WHERE po.published_at >= ? AND po.published_at < ?"
                            + " AND po.published_at >= p.created_on AND (p.deleted_on IS NULL OR po.published_at < p.deleted_on)"
                            + " GROUP BY po.page_id")) {
                ps.setString(1, first.toString());
                ps.setString(2, last.plusDays(1).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reach.put(rs.getLong(1), new ReachDays(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getInt(8) != 0));
                    }
                }
            }
            return reach;
        });
    }
}
