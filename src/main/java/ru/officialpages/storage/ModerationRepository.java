package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.officialpages.domain.BlacklistEntry;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.rules.AuthorKey;
import ru.officialpages.rules.BlacklistPolicy;

/**
 * Moderation records, their grounds, the blacklist and the daily round (V8, V11). A record whose
 * action restricts the author puts them on the blacklist in the same transaction, so the two
 * never disagree.
 */
public final class ModerationRepository {
    private static final String PAGE_JOIN = " JOIN page g ON g.id = r.page_id JOIN organization o ON o.id = g.organization_id";

    private final Database db;

    public ModerationRepository(Database db) {
        this.db = db;
    }

    /** A record and the blacklist entry its action made (null when it made none). */
    /** The comments read from the pages, kept in the same database: the moderation round reviews them. */
    public SyncedRepository syncedComments() {
        return new SyncedRepository(db);
    }

    public record Saved(ModerationRecord record, BlacklistEntry entry) {
    }

    /** Adds a record; blacklisting or restricting also lists the author, all in one transaction. */
    public Saved add(ModerationRecord r) {
        return db.write(c -> insert(c, r));
    }

    /**
     * Adds a record made of a comment read from a page and ties the comment to it (so it is looked at
     * from {@code at}), in one transaction: never a record whose comment still shows as new.
     */
    public Saved addOfComment(ModerationRecord r, long commentId, LocalDateTime at) {
        return db.write(c -> {
            Saved saved = insert(c, r);
            SyncedRepository.link(c, commentId, saved.record().id(), at);
            return saved;
        });
    }

    /** Adds records in one transaction: all of them or, on any failure, none. */
    public int addAll(Collection<ModerationRecord> records) {
        return db.write(c -> {
            for (ModerationRecord r : records) {
                insert(c, r);
            }
            return records.size();
        });
    }

    /**
     * True when a record of the same comment is already in the journal: same page, moment, author,
     * text and action. What the import of a file already loaded asks (issue 21).
     */
    public boolean isRecorded(ModerationRecord r) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM moderation_record WHERE page_id = ?"
                    + " AND noticed_at = ? AND author_name = ? AND author_link = ? AND text = ? AND action = ? LIMIT 1")) {
                bindComment(ps, r);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static Saved insert(Connection c, ModerationRecord r) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO moderation_record (page_id, noticed_at, author_name, author_link, text, action, note, recorded_at, search)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bindComment(ps, r);
            ps.setString(7, r.note());
            ps.setString(8, Iso.minute(r.recordedAt()));
            ps.setString(9, searchText(r));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertGrounds(c, "moderation_ground", "record_id", id, r.grounds());
        ModerationRecord saved = r.withId(id);
        BlacklistEntry entry = null;
        if (BlacklistPolicy.onAdd(saved, r.action().restrictsAuthor() && alreadyListed(c, r))
                instanceof BlacklistPolicy.Enlist list) {
            entry = insertEntry(c, list.entry());
        }
        return new Saved(saved, entry);
    }

    /** An author listed on the same page with the same restriction that day is not listed twice. */
    private static boolean alreadyListed(Connection c, ModerationRecord r) throws SQLException {
        String day = r.noticedAt().toLocalDate().toString();
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM blacklist_entry WHERE page_id = ? AND author_key = ?"
                + " AND restriction = ? AND since <= ? AND (until IS NULL OR until > ?)")) {
            ps.setLong(1, r.pageId());
            ps.setString(2, AuthorKey.of(r.authorName(), r.authorLink()));
            ps.setString(3, r.action().name());
            ps.setString(4, day);
            ps.setString(5, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertGrounds(Connection c, String table, String column, long id, Set<DeletionGround> grounds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + column + ", ground) VALUES (?, ?)")) {
            for (DeletionGround g : grounds) {
                ps.setLong(1, id);
                ps.setString(2, g.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static BlacklistEntry insertEntry(Connection c, BlacklistEntry e) throws SQLException {
        boolean keepId = e.id() > 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO blacklist_entry (" + (keepId ? "id, " : "")
                + "page_id, author_name, author_link, author_key, restriction, since, until, record_id, note, name_key)"
                + " VALUES (" + (keepId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            if (keepId) {
                ps.setLong(i++, e.id());
            }
            ps.setLong(i++, e.pageId());
            ps.setString(i++, e.authorName());
            ps.setString(i++, e.authorLink());
            ps.setString(i++, AuthorKey.of(e.authorName(), e.authorLink()));
            ps.setString(i++, e.restriction().name());
            ps.setString(i++, e.since().toString());
            ps.setString(i++, e.until() == null ? null : e.until().toString());
            ps.setObject(i++, e.recordId());
            ps.setString(i++, e.note());
            ps.setString(i, AuthorKey.name(e.authorName()));
            ps.executeUpdate();
            long id = e.id();
            if (!keepId) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertGrounds(c, "blacklist_ground", "entry_id", id, e.grounds());
            return new BlacklistEntry(id, e.pageId(), e.authorName(), e.authorLink(), e.restriction(), e.since(), e.until(),
                    e.recordId(), e.grounds(), e.note());
        }
    }

    /**
     * Changes a record in one transaction: its fields, its grounds (replaced), and the blacklist
     * entry it made, so that the list still says what the record says. While the action restricts
     * the author, that entry follows the record (page, author, restriction, since, grounds, note;
     * a "taken off" day stays as it was); when the action no longer restricts, the entry goes, as
     * on {@link #delete}: the record was the reason for it. A restriction newly chosen lists the
     * author as a new record would. Entries other records made are not touched.
     */
    public Saved update(ModerationRecord r) {
        return update(r, java.util.OptionalLong.empty());
    }

    /** The record's version now (V26), to name when it is edited; empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return db.read(c -> Versions.of(c, RecordGoneException.Kind.MODERATION_RECORD, id));
    }

    /**
     * As {@link #update(ModerationRecord)}, made on the record's version {@code expected} (read when it was
     * opened): one another user has changed since is refused with {@link ChangedMeanwhileException}.
     */
    public Saved update(ModerationRecord r, java.util.OptionalLong expected) {
        return db.write(c -> {
            record(c, r.id()); // a record deleted meanwhile is refused
            Versions.claim(c, RecordGoneException.Kind.MODERATION_RECORD, r.id(), expected);
            try (PreparedStatement ps = c.prepareStatement("UPDATE moderation_record SET page_id = ?, noticed_at = ?,"
                    + " author_name = ?, author_link = ?, text = ?, action = ?, note = ?, search = ? WHERE id = ?")) {
                bindComment(ps, r);
                ps.setString(7, r.note());
                ps.setString(8, searchText(r));
                ps.setLong(9, r.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM moderation_ground WHERE record_id = ?")) {
                ps.setLong(1, r.id());
                ps.executeUpdate();
            }
            insertGrounds(c, "moderation_ground", "record_id", r.id(), r.grounds());
            List<Long> made = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM blacklist_entry WHERE record_id = ? ORDER BY id")) {
                ps.setLong(1, r.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        made.add(rs.getLong(1));
                    }
                }
            }
            boolean listed = r.action().restrictsAuthor() && made.isEmpty() && alreadyListed(c, r);
            BlacklistPolicy.Decision decision = BlacklistPolicy.onUpdate(r, !made.isEmpty(), listed);
            if (decision instanceof BlacklistPolicy.Unlist) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM blacklist_entry WHERE record_id = ?")) {
                    ps.setLong(1, r.id());
                    ps.executeUpdate();
                }
            } else if (decision instanceof BlacklistPolicy.Enlist list) {
                return new Saved(r, insertEntry(c, list.entry()));
            } else if (decision instanceof BlacklistPolicy.Follow follow) {
                for (long entryId : made) {
                    follow(c, entryId, follow.template());
                }
            }
            return new Saved(r, null);
        });
    }

    /** An entry takes the corrected record's fields; a day taken off stays as the policy says. */
    private static void follow(Connection c, long entryId, BlacklistEntry e) throws SQLException {
        LocalDate until = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT until FROM blacklist_entry WHERE id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    until = LocalDate.parse(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE blacklist_entry SET page_id = ?, author_name = ?,"
                + " author_link = ?, author_key = ?, restriction = ?, since = ?, note = ?, name_key = ?, until = ?"
                + " WHERE id = ?")) {
            ps.setLong(1, e.pageId());
            ps.setString(2, e.authorName());
            ps.setString(3, e.authorLink());
            ps.setString(4, AuthorKey.of(e.authorName(), e.authorLink()));
            ps.setString(5, e.restriction().name());
            ps.setString(6, e.since().toString());
            ps.setString(7, e.note());
            ps.setString(8, AuthorKey.name(e.authorName()));
            LocalDate kept = BlacklistPolicy.keptUntil(until, e.since());
            ps.setString(9, kept == null ? null : kept.toString());
            ps.setLong(10, entryId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blacklist_ground WHERE entry_id = ?")) {
            ps.setLong(1, entryId);
            ps.executeUpdate();
        }
        insertGrounds(c, "blacklist_ground", "entry_id", entryId, e.grounds());
    }

    /** What a deletion removed, to put back on undo. */
    public record Deleted(ModerationRecord record, List<BlacklistEntry> entries) {
    }

    /**
     * Deletes a record and the blacklist entries it made (a record entered by mistake should not
     * keep its author listed); {@link #restore} puts both back with their ids.
     */
    public Deleted delete(long recordId) {
        return db.write(c -> {
            ModerationRecord r = record(c, recordId);
            List<BlacklistEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(entrySelect() + " WHERE e.record_id = ?")) {
                ps.setLong(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(mapEntry(rs));
                    }
                }
            }
            fillEntryGrounds(c, entries);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM blacklist_entry WHERE record_id = ?")) {
                ps.setLong(1, recordId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM moderation_record WHERE id = ?")) {
                ps.setLong(1, recordId);
                ps.executeUpdate();
            }
            return new Deleted(r, List.copyOf(entries));
        });
    }

    /** Puts a deleted record and its blacklist entries back as they were. */
    public void restore(Deleted d) {
        db.write(c -> {
            ModerationRecord r = d.record();
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO moderation_record (id, page_id, noticed_at, author_name, author_link, text, action, note, recorded_at, search)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, r.id());
                ps.setLong(2, r.pageId());
                ps.setString(3, Iso.minute(r.noticedAt()));
                ps.setString(4, r.authorName());
                ps.setString(5, r.authorLink());
                ps.setString(6, r.text());
                ps.setString(7, r.action().name());
                ps.setString(8, r.note());
                ps.setString(9, Iso.minute(r.recordedAt()));
                ps.setString(10, searchText(r));
                ps.executeUpdate();
            }
            insertGrounds(c, "moderation_ground", "record_id", r.id(), r.grounds());
            for (BlacklistEntry e : d.entries()) {
                insertEntry(c, e);
            }
            return null;
        });
    }

    private static ModerationRecord record(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT r.id, r.page_id, r.noticed_at, r.author_name, r.author_link, r.text, r.action, r.note, r.recorded_at"
                        + " FROM moderation_record r WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new RecordGoneException(RecordGoneException.Kind.MODERATION_RECORD, id);
                }
                ModerationRecord r = mapRecord(rs, Set.of());
                return withGrounds(r, grounds(c, "moderation_ground", "record_id", List.of(id)).getOrDefault(id, Set.of()));
            }
        }
    }

    /** How many records the filter lets through. */
    public int count(ModerationFilter f) {
        return db.read(c -> {
            Where w = where(f);
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM moderation_record r" + w.sql())) {
                w.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** One page of the filtered records, newest first. */
    public List<ModerationEntry> slice(ModerationFilter f, int offset, int limit) {
        return db.read(c -> {
            // The ground as EXISTS: the rows are then walked newest first and the walk stops at the block.
            Where w = where(f, true);
            // The block's ids first, from the time index alone; only those 200 rows are then read and joined,
            // so scrolling to the middle of 200,000 records does not read the 100,000 before it.
            String sql = "SELECT r.id, r.page_id, r.noticed_at, r.author_name, r.author_link, r.text, r.action, r.note,"
                    + " r.recorded_at, g.address, g.network_code, o.name FROM moderation_record r" + PAGE_JOIN
                    + " WHERE r.id IN (SELECT r.id FROM moderation_record r" + w.sql()
                    // The id breaks ties so that paging through equal times is stable.
                    + " ORDER BY r.noticed_at DESC, r.id DESC LIMIT ? OFFSET ?) ORDER BY r.noticed_at DESC, r.id DESC";
            List<ModerationEntry> list = new ArrayList<>(Math.min(limit, 1000));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = w.bind(ps, 1);
                ps.setInt(i, limit);
                ps.setInt(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new ModerationEntry(mapRecord(rs, Set.of()), rs.getString(10), rs.getString(11), rs.getString(12)));
                    }
                }
            }
            Map<Long, Set<DeletionGround>> grounds = grounds(c, "moderation_ground", "record_id",
                    list.stream().map(e -> e.record().id()).toList());
            List<ModerationEntry> filled = new ArrayList<>(list.size());
            for (ModerationEntry e : list) {
                filled.add(new ModerationEntry(withGrounds(e.record(), grounds.getOrDefault(e.record().id(), Set.of())),
                        e.pageAddress(), e.networkCode(), e.organizationName()));
            }
            return filled;
        });
    }

    /**
     * The whole filtered list, newest first as the screen shows it, streamed to {@code use} while
     * the cursor is open: an export of 200,000 records never holds them all (issue 7). The grounds
     * come in the same row, so the walk is one query. Valid only inside {@code use}.
     */
    public void stream(ModerationFilter f, java.util.function.Consumer<java.util.stream.Stream<ModerationEntry>> use) {
        db.readWithCursor(c -> {
            Where w = where(f, true);
            String sql = "SELECT r.id, r.page_id, r.noticed_at, r.author_name, r.author_link, r.text, r.action, r.note,"
                    + " r.recorded_at, g.address, g.network_code, o.name,"
                    + " (SELECT " + db.dialect().groupConcat("mg.ground") + " FROM moderation_ground mg WHERE mg.record_id = r.id)"
                    + " FROM moderation_record r" + PAGE_JOIN + w.sql() + " ORDER BY r.noticed_at DESC, r.id DESC";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                w.bind(ps, 1);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    use.accept(RowStream.of(rs, row -> {
                        Set<DeletionGround> grounds = EnumSet.noneOf(DeletionGround.class);
                        String list = row.getString(13);
                        if (list != null) {
                            for (String g : list.split(",")) {
                                grounds.add(DeletionGround.valueOf(g));
                            }
                        }
                        return new ModerationEntry(mapRecord(row, grounds), row.getString(10), row.getString(11),
                                row.getString(12));
                    }));
                }
            }
            return null;
        });
    }

    public int countRecords() {
        return count(ModerationFilter.ALL);
    }

    /** Records noticed in {@code [from, toExclusive)} with their grounds, oldest first (for reports). */
    public List<ModerationRecord> between(LocalDateTime from, LocalDateTime toExclusive) {
        return db.read(c -> {
            List<ModerationRecord> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT r.id, r.page_id, r.noticed_at, r.author_name, r.author_link, r.text, r.action, r.note, r.recorded_at"
                            + " FROM moderation_record r WHERE r.noticed_at >= ? AND r.noticed_at < ? ORDER BY r.noticed_at, r.id")) {
                ps.setString(1, Iso.minute(from));
                ps.setString(2, Iso.minute(toExclusive));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(mapRecord(rs, Set.of()));
                    }
                }
            }
            Map<Long, Set<DeletionGround>> grounds = grounds(c, "moderation_ground", "record_id",
                    list.stream().map(ModerationRecord::id).toList());
            return list.stream().map(r -> withGrounds(r, grounds.getOrDefault(r.id(), Set.of()))).toList();
        });
    }

    private Where where(ModerationFilter f) {
        return where(f, false);
    }

    /**
     * {@code groundAsExists}: a count reads the ground's short list of ids once (IN); a block walks
     * the newest records and looks each one's ground up (EXISTS), stopping when the block is full.
     */
    private Where where(ModerationFilter f, boolean groundAsExists) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (f.pageId() != null) {
            parts.add("r.page_id = ?");
            args.add(f.pageId());
        }
        if (f.from() != null) {
            parts.add("r.noticed_at >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            parts.add("r.noticed_at < ?");
            args.add(f.to().plusDays(1).toString());
        }
        if (f.ground() != null) {
            parts.add(groundAsExists
                    ? "EXISTS (SELECT 1 FROM moderation_ground mg WHERE mg.record_id = r.id AND mg.ground = ?)"
                    : "r.id IN (SELECT record_id FROM moderation_ground WHERE ground = ?)");
            args.add(f.ground().name());
        }
        if (f.action() != null) {
            parts.add("r.action = ?");
            args.add(f.action().name());
        }
        if (!f.text().isEmpty()) {
            parts.add(db.dialect().contains("r.search"));
            args.add(PostRepository.searchText(f.text()));
        }
        return Where.of(parts, args);
    }

    private static String searchText(ModerationRecord r) {
        return PostRepository.searchText(String.join(" ", r.authorName(), r.authorLink(), r.text(), r.note()));
    }

    private static ModerationRecord mapRecord(ResultSet rs, Set<DeletionGround> grounds) throws SQLException {
        return new ModerationRecord(rs.getLong(1), rs.getLong(2), Iso.moment(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), grounds, ModerationAction.valueOf(rs.getString(7)), rs.getString(8),
                Iso.moment(rs.getString(9)));
    }

    private static ModerationRecord withGrounds(ModerationRecord r, Set<DeletionGround> grounds) {
        return new ModerationRecord(r.id(), r.pageId(), r.noticedAt(), r.authorName(), r.authorLink(), r.text(), grounds,
                r.action(), r.note(), r.recordedAt());
    }

    /** The grounds of the given ids, in one query per few hundred ids. */
    private static Map<Long, Set<DeletionGround>> grounds(Connection c, String table, String column, List<Long> ids)
            throws SQLException {
        Map<Long, Set<DeletionGround>> map = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + column + ", ground FROM " + table + " WHERE " + column + " IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        map.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(DeletionGround.class))
                                .add(DeletionGround.valueOf(rs.getString(2)));
                    }
                }
            }
        }
        return map;
    }

    // --- The blacklist ---

    private static String entrySelect() {
        return "SELECT e.id, e.page_id, e.author_name, e.author_link, e.restriction, e.since, e.until, e.record_id, e.note,"
                + " g.address, g.network_code, o.name FROM blacklist_entry e JOIN page g ON g.id = e.page_id"
                + " JOIN organization o ON o.id = g.organization_id";
    }

    private static BlacklistEntry mapEntry(ResultSet rs) throws SQLException {
        String until = rs.getString(7);
        long recordId = rs.getLong(8);
        Long record = rs.wasNull() ? null : recordId;
        return new BlacklistEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                ModerationAction.valueOf(rs.getString(5)), Iso.date(rs.getString(6)),
                until == null ? null : Iso.date(until), record, Set.of(), rs.getString(9));
    }

    private static void fillEntryGrounds(Connection c, List<BlacklistEntry> entries) throws SQLException {
        Map<Long, Set<DeletionGround>> g = grounds(c, "blacklist_ground", "entry_id", entries.stream().map(BlacklistEntry::id).toList());
        entries.replaceAll(e -> new BlacklistEntry(e.id(), e.pageId(), e.authorName(), e.authorLink(), e.restriction(),
                e.since(), e.until(), e.recordId(), g.getOrDefault(e.id(), Set.of()), e.note()));
    }

    private static List<BlacklistListing> listings(Connection c, String sql, List<Object> args) throws SQLException {
        List<BlacklistEntry> entries = new ArrayList<>();
        List<String[]> pages = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(mapEntry(rs));
                    pages.add(new String[] {rs.getString(10), rs.getString(11), rs.getString(12)});
                }
            }
        }
        fillEntryGrounds(c, entries);
        List<BlacklistListing> list = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String[] p = pages.get(i);
            list.add(new BlacklistListing(entries.get(i), p[0], p[1], p[2]));
        }
        return list;
    }

    /**
     * The blacklist, newest first: entries whose author's name, link or note contains
     * {@code search} (any case, ё as е); taken-off entries only with {@code withTakenOff}.
     */
    public List<BlacklistListing> blacklist(String search, boolean withTakenOff, LocalDate today) {
        return db.read(c -> {
            List<String> parts = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (!withTakenOff) {
                parts.add("(e.until IS NULL OR e.until > ?)");
                args.add(today.toString());
            }
            String term = search == null ? "" : search.strip();
            if (!term.isEmpty()) {
                // Names are few thousand at most: the key columns are already lower case.
                parts.add("(" + db.dialect().contains("e.name_key") + " OR " + db.dialect().contains("e.author_key")
                        + " OR " + db.dialect().contains(db.dialect().lowerLatin("e.author_link")) + ")");
                String name = AuthorKey.name(term);
                args.add(name);
                args.add(AuthorKey.link(term));
                args.add(term.toLowerCase(java.util.Locale.ROOT));
            }
            String sql = entrySelect() + (parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts))
                    + " ORDER BY e.since DESC, e.id DESC";
            return listings(c, sql, args);
        });
    }

    /**
     * The entries, listed on {@code day}, of the author a new record names: by the profile link
     * when it has one (or by name against entries that have no link), else by name.
     */
    public List<BlacklistListing> listed(String name, String link, LocalDate day) {
        String linkKey = AuthorKey.link(link);
        String nameKey = AuthorKey.name(name);
        if (linkKey.isEmpty() && nameKey.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<Object> args = new ArrayList<>();
            String who;
            if (!linkKey.isEmpty()) {
                who = "(e.author_key = ? OR (e.author_link = '' AND e.name_key = ? AND e.name_key <> ''))";
                args.add(linkKey);
                args.add(nameKey);
            } else {
                who = "e.name_key = ?";
                args.add(nameKey);
            }
            args.add(day.toString());
            args.add(day.toString());
            return listings(c, entrySelect() + " WHERE " + who + " AND e.since <= ? AND (e.until IS NULL OR e.until > ?)"
                    + " ORDER BY e.since, e.id", args);
        });
    }

    /** Takes an author off the list from {@code until} (the entry stays, as history). */
    public void takeOff(long entryId, LocalDate until) {
        db.write(c -> {
            // Only an author still listed (issue 19 item 7): of two users taking the same author off, the second
            // would write its day over the first one's; refused instead, and the list is read again.
            try (PreparedStatement ps = c.prepareStatement("UPDATE blacklist_entry SET until = ? WHERE id = ?"
                    + (until == null ? "" : " AND until IS NULL"))) {
                ps.setString(1, until == null ? null : until.toString());
                ps.setLong(2, entryId);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM blacklist_entry WHERE id = ?")) {
                ps.setLong(1, entryId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new ChangedMeanwhileException(RecordGoneException.Kind.BLACKLIST_ENTRY, entryId);
                    }
                }
            }
            throw new RecordGoneException(RecordGoneException.Kind.BLACKLIST_ENTRY, entryId);
        });
    }

    /** How many entries there are, listed or not. */
    public int blacklistSize() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM blacklist_entry"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    // --- The daily round ---

    /** Marks a page checked on {@code day} at {@code at} (checking again keeps the later time). */
    public void check(long pageId, LocalDate day, LocalDateTime at) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM moderation_round WHERE page_id = ? AND day = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO moderation_round (page_id, day, checked_at) VALUES (?, ?, ?)")) {
                del.setLong(1, pageId);
                del.setString(2, day.toString());
                del.executeUpdate();
                ins.setLong(1, pageId);
                ins.setString(2, day.toString());
                ins.setString(3, Iso.minute(at));
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Marks pages checked in one transaction (the demo's past rounds, "all checked"). */
    public void checkAll(Collection<ru.officialpages.domain.RoundCheck> checks) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM moderation_round WHERE page_id = ? AND day = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO moderation_round (page_id, day, checked_at) VALUES (?, ?, ?)")) {
                for (ru.officialpages.domain.RoundCheck e : checks) {
                    String day = e.checkedAt().toLocalDate().toString();
                    del.setLong(1, e.pageId());
                    del.setString(2, day);
                    del.executeUpdate();
                    ins.setLong(1, e.pageId());
                    ins.setString(2, day);
                    ins.setString(3, Iso.minute(e.checkedAt()));
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Unmarks a page for {@code day}. */
    public void uncheck(long pageId, LocalDate day) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM moderation_round WHERE page_id = ? AND day = ?")) {
                ps.setLong(1, pageId);
                ps.setString(2, day.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The pages checked on {@code day} and when. */
    public Map<Long, LocalDateTime> checkedOn(LocalDate day) {
        return db.read(c -> {
            Map<Long, LocalDateTime> map = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT page_id, checked_at FROM moderation_round WHERE day = ?")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        map.put(rs.getLong(1), Iso.moment(rs.getString(2)));
                    }
                }
            }
            return map;
        });
    }

    /** The pages checked on each day from {@code from} to {@code to} inclusive. */
    public Map<LocalDate, Set<Long>> rounds(LocalDate from, LocalDate to) {
        return db.read(c -> {
            Map<LocalDate, Set<Long>> map = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day, page_id FROM moderation_round WHERE day >= ? AND day <= ?")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        map.computeIfAbsent(Iso.date(rs.getString(1)), k -> new HashSet<>()).add(rs.getLong(2));
                    }
                }
            }
            return map;
        });
    }

    /**
     * Binds the six columns that say which comment a record is of (page, moment, author name and link,
     * text, action) to parameters 1–6: the insert, the update and the repeat check name them in this order.
     */
    private static void bindComment(PreparedStatement ps, ModerationRecord r) throws SQLException {
        ps.setLong(1, r.pageId());
        ps.setString(2, Iso.minute(r.noticedAt()));
        ps.setString(3, r.authorName());
        ps.setString(4, r.authorLink());
        ps.setString(5, r.text());
        ps.setString(6, r.action().name());
    }
}
