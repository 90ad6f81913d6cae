package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;

/**
 * Known data for the report tests: week 47 of 2026 (Mon 16.11 – Sun 22.11), which has five
 * working days and the default office hours 9–18 with lunch 13–14. Pages, posts and the plan go
 * through their repositories; moderation and messages, whose repositories belong to other
 * screens, are written with plain SQL into the V8/V9 tables.
 *
 * <p>What the week holds, and so what the report must say:
 * <ul>
 * <li>Администрация, VK, norm 3, all week: 2 posts (photo, text) → 2 of 3, 1 missing. Its address
 *     changed on 25.11, after the week: the report shows the old one.
 * <li>Дом культуры, OK, norm 7, created Thursday 19.11 (4 days of 7 → norm 4): 4 posts (2 video,
 *     2 photo) → met; a post of 18.11, before the page existed, does not count.
 * <li>Библиотека, VK, deleted on 10.11: not in the week.
 * <li>Plan: 4 items — 1 published, 1 cancelled, 2 open and so overdue on 23.11, one of them moved
 *     from 17.11 to 18.11.
 * <li>Moderation: 3 records (deleted for spam + advertising; blacklisted for obscene language; left),
 *     1 author blacklisted; rounds on Mon, Tue, Thu (one page of two), Fri (both), Sat → 3 of 5 days.
 * <li>Messages: 5 received — in time (Mon), one working hour late with an interim answer still
 *     awaiting the final one (Tue), closed with no answer (Wed), open and overdue by 8 working
 *     hours (Thu 16:00, high importance, due Fri 9:00), open not yet due (Sun 20:00).
 * </ul>
 */
public final class ReportFixture {
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    public final Page admin;
    public final Page culture;
    public final Page library;
    private final Database db;

    private ReportFixture(Database db, Page admin, Page culture, Page library) {
        this.db = db;
        this.admin = admin;
        this.culture = culture;
        this.library = library;
    }

    public static ReportFixture week47(Database db) {
        OrganizationRepository orgs = new OrganizationRepository(db);
        PageRepository pages = new PageRepository(db);
        PostRepository posts = new PostRepository(db);
        PlanRepository plan = new PlanRepository(db, java.time.Clock.systemDefaultZone());
        Organization a = orgs.save(org(OrganizationKind.ADMINISTRATION, "Администрация Берёзовского сельского поселения"));
        Organization dk = orgs.save(org(OrganizationKind.INSTITUTION, "Дом культуры"));
        Organization lib = orgs.save(org(OrganizationKind.INSTITUTION, "Библиотека"));
        Page admin = pages.add(new Page(0, a.id(), Network.VK, "https://vk.com/berezovka_adm", LocalDate.of(2025, 1, 10), null, 3));
        Page culture = pages.add(new Page(0, dk.id(), Network.OK, "https://ok.ru/group/70000001", LocalDate.of(2026, 11, 19), null, 7));
        Page library = pages.add(new Page(0, lib.id(), Network.VK, "https://vk.com/berezovka_lib", LocalDate.of(2024, 3, 1), null, 2));
        pages.delete(library.id(), LocalDate.of(2026, 11, 10));
        pages.changeAddress(admin.id(), "https://vk.com/berezovka", LocalDate.of(2026, 11, 25));

        posts.addAll(List.of(
                post(admin, "2026-11-15T12:00", PostFormat.PHOTO, 1), // the week before
                post(admin, "2026-11-17T10:00", PostFormat.PHOTO, 2),
                post(admin, "2026-11-20T16:30", PostFormat.TEXT, 3),
                post(admin, "2026-11-23T09:00", PostFormat.TEXT, 4), // the week after
                post(culture, "2026-11-18T10:00", PostFormat.PHOTO, 5), // before the page existed
                post(culture, "2026-11-19T11:00", PostFormat.VIDEO, 6),
                post(culture, "2026-11-20T11:00", PostFormat.PHOTO, 7),
                post(culture, "2026-11-21T11:00", PostFormat.VIDEO, 8),
                post(culture, "2026-11-22T23:59", PostFormat.PHOTO, 9)));

        plan.save(item(admin, "2026-11-16", "Приём граждан", PlanStatus.PUBLISHED));
        plan.save(item(admin, "2026-11-18", "Субботник", PlanStatus.CANCELLED));
        PlanItem moved = plan.save(item(admin, "2026-11-17", "Ремонт дороги", PlanStatus.PLANNED));
        plan.move(moved.id(), LocalDate.of(2026, 11, 18));
        plan.save(item(culture, "2026-11-21", "Концерт", PlanStatus.READY));
        plan.save(item(culture, "2026-11-23", "Выставка", PlanStatus.PLANNED)); // next week

        ReportFixture f = new ReportFixture(db, admin, culture, library);
        long r1 = f.moderation(admin, "2026-11-16T11:00", "DELETED", "SPAM", "ADVERTISING");
        f.moderation(admin, "2026-11-18T15:00", "BLACKLISTED", "OBSCENE_LANGUAGE");
        f.moderation(culture, "2026-11-20T09:30", "LEFT");
        f.moderation(admin, "2026-11-13T09:30", "DELETED", "SPAM"); // the week before
        f.blacklist(admin, "https://vk.com/id1", "2026-11-18", r1);
        f.blacklist(admin, "https://vk.com/id2", "2026-11-10", null); // the week before
        f.round(admin, "2026-11-16");
        f.round(admin, "2026-11-17");
        f.round(admin, "2026-11-19");
        f.round(admin, "2026-11-20");
        f.round(culture, "2026-11-20");
        f.round(admin, "2026-11-21");

        f.message(admin, "2026-11-16T10:00", false, "2026-11-16T13:00", null, "2026-11-16T12:00", null, "Вывоз мусора");
        f.message(admin, "2026-11-17T10:00", false, "2026-11-17T13:00", "2026-11-17T15:00", null, null, "Освещение улицы");
        f.message(culture, "2026-11-18T11:00", false, "2026-11-18T14:00", null, null, "2026-11-18T11:30", "Оскорбление");
        f.message(admin, "2026-11-19T16:00", true, "2026-11-20T09:00", null, null, null, "Прорыв водопровода");
        f.message(culture, "2026-11-22T20:00", false, "2026-11-23T12:00", null, null, null, "Расписание кружков");
        f.message(admin, "2026-11-13T10:00", false, "2026-11-13T13:00", null, null, null, "Прошлая неделя");
        return f;
    }

    private static Organization org(OrganizationKind kind, String name) {
        return new Organization(0, kind, name, "", "", "", "", false, "", false);
    }

    private static Post post(Page p, String at, PostFormat f, int n) {
        return new Post(0, p.id(), LocalDateTime.parse(at), p.address() + "?w=wall_" + n, f, "Тема " + n);
    }

    private static PlanItem item(Page p, String day, String topic, PlanStatus status) {
        return new PlanItem(0, LocalDate.parse(day), LocalTime.of(10, 0), List.of(p.id()), topic, "", PostFormat.PHOTO, "",
                status, null);
    }

    /** A moderation record (V8): when the comment was noticed, the action code, the ground codes. */
    public long moderation(Page page, String noticedAt, String action, String... grounds) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO moderation_record (page_id, noticed_at, author_name,"
                    + " text, action, recorded_at) VALUES (?, ?, 'Автор', 'Комментарий', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, page.id());
                ps.setString(2, noticedAt);
                ps.setString(3, action);
                ps.setString(4, noticedAt);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO moderation_ground (record_id, ground) VALUES (?, ?)")) {
                for (String g : grounds) {
                    ps.setLong(1, id);
                    ps.setString(2, g);
                    ps.executeUpdate();
                }
            }
            return id;
        });
    }

    /** An author put on the blacklist (V8) on {@code since}. */
    public void blacklist(Page page, String authorLink, String since, Long recordId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO blacklist_entry (page_id, author_link, author_key,"
                    + " restriction, since, record_id) VALUES (?, ?, ?, 'BLACKLISTED', ?, ?)")) {
                ps.setLong(1, page.id());
                ps.setString(2, authorLink);
                ps.setString(3, authorLink);
                ps.setString(4, since);
                ps.setObject(5, recordId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The daily round (V8): the page's comments checked that day. */
    public void round(Page page, String day) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO moderation_round (page_id, day, checked_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, page.id());
                ps.setString(2, day);
                ps.setString(3, day + "T17:00");
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A message (V9) with its stored answer deadline and the times of its course: an interim
     * answer, a final answer, or closing with no answer (§21, stage CLOSED). Null: not (yet).
     */
    public void message(Page page, String detectedAt, boolean high, String answerDue, String interimAt, String finalAt,
            String closedAt, String topic) {
        String stage = closedAt != null ? "CLOSED" : finalAt != null ? "FINAL" : interimAt != null ? "INTERIM" : "NEW";
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (page_id, network_code, author_name, text,"
                    + " detected_at, importance, topic, stage, interim_at, final_at, closed_at, no_answer_ground, answer_due,"
                    + " final_due, due_at) VALUES (?, ?, 'Житель', 'Текст', ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
                ps.setLong(1, page.id());
                ps.setString(2, page.networkCode());
                ps.setString(3, detectedAt);
                ps.setString(4, high ? "HIGH" : "ORDINARY");
                ps.setString(5, topic);
                ps.setString(6, stage);
                ps.setString(7, interimAt);
                ps.setString(8, finalAt);
                ps.setString(9, closedAt);
                ps.setString(10, closedAt != null ? "INSULT" : null);
                ps.setString(11, answerDue);
                ps.setString(12, finalAt == null && closedAt == null ? answerDue : null);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * A plain count of the post log, apart from the report's queries: posts dated on {@code from} …
     * {@code to} on a day their page existed (a post logged before its page was created counts
     * nowhere).
     */
    public static int postsLogged(Database db, LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM post po JOIN page p ON p.id = po.page_id"
                    + " WHERE substr(po.published_at, 1, 10) BETWEEN ? AND ?"
                    + " AND substr(po.published_at, 1, 10) >= p.created_on"
                    + " AND (p.deleted_on IS NULL OR substr(po.published_at, 1, 10) < p.deleted_on)")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
