package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.rules.PageRules;

/**
 * Pages, their address history, people and checklist marks. Nothing is ever removed: a deleted
 * page keeps its rows and stays in the registry for the days it existed; an old address keeps
 * its row with the day it changed (novoaltaysk-608 §3.3).
 */
public final class PageRepository {
    private static final String COLUMNS = "id, organization_id, network_code, address, created_on, deleted_on, weekly_norm";
    private final Database db;

    public PageRepository(Database db) {
        this.db = db;
    }

    /**
     * Adds a page and opens its address history with the creation date.
     *
     * @throws PageConflictException when the organization already has a page in that network (novoaltaysk-608 §1.5)
     */
    public Page add(Page p) {
        return db.write(c -> insert(c, p));
    }

    private static Page insert(Connection c, Page p) throws SQLException {
        refuseSecond(c, p);
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO page (organization_id, network_code, address, created_on, deleted_on, weekly_norm)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, p.organizationId());
            ps.setString(2, p.networkCode());
            ps.setString(3, p.address());
            ps.setString(4, p.createdOn().toString());
            ps.setString(5, p.deletedOn() == null ? null : p.deletedOn().toString());
            setNorm(ps, 6, p.weeklyNorm());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO page_address (page_id, address, valid_from, valid_to) VALUES (?, ?, ?, NULL)")) {
            ps.setLong(1, id);
            ps.setString(2, p.address());
            ps.setString(3, p.createdOn().toString());
            ps.executeUpdate();
        }
        return new Page(id, p.organizationId(), p.networkCode(), p.address(), p.createdOn(), p.deletedOn(),
                p.weeklyNorm());
    }

    // novoaltaysk-608 §1.5: one account per network per body; checked in the writing transaction.
    private static void refuseSecond(Connection c, Page p) throws SQLException {
        List<Page> same = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM page WHERE organization_id = ? AND network_code = ?")) {
            ps.setLong(1, p.organizationId());
            ps.setString(2, p.networkCode());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    same.add(map(rs));
                }
            }
        }
        Optional<Page> existing = PageRules.existingInNetwork(same, p.id(), p.organizationId(), p.networkCode(),
                p.createdOn(), p.deletedOn());
        if (existing.isPresent()) {
            throw new PageConflictException(text(c, "SELECT name FROM organization WHERE id = ?", p.organizationId()),
                    text(c, "SELECT name FROM network WHERE code = ?", p.networkCode()), existing.get());
        }
    }

    private static String text(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : String.valueOf(key);
            }
        }
    }

    /** The page's version now (V26), to name when it is edited; empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return db.read(c -> Versions.of(c, RecordGoneException.Kind.PAGE, id));
    }

    /** Changes the organization or the weekly norm; the address and dates have their own methods. */
    public Page update(Page p) {
        return update(p, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #update(Page)}, made on the page's version {@code expected} (read when it was opened): a page
     * another user has changed since is refused with {@link ChangedMeanwhileException} and nothing is written.
     */
    public Page update(Page p, java.util.OptionalLong expected) {
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PAGE, p.id(), expected);
            refuseSecond(c, p);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE page SET organization_id = ?, weekly_norm = ? WHERE id = ?")) {
                ps.setLong(1, p.organizationId());
                setNorm(ps, 2, p.weeklyNorm());
                ps.setLong(3, p.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no page with id " + p.id());
                }
            }
            return find(c, p.id()).orElseThrow();
        });
    }

    /**
     * The page moved to {@code newAddress} on {@code on}: the old address is closed with that day
     * and kept; the new one is valid from it (novoaltaysk-608 §3.3).
     */
    public Page changeAddress(long pageId, String newAddress, LocalDate on) {
        return changeAddress(pageId, newAddress, on, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #changeAddress(long, String, LocalDate)}, made on the page's version {@code expected}: a page another
     * user has changed since (its address moved too) is refused with {@link ChangedMeanwhileException}.
     */
    public Page changeAddress(long pageId, String newAddress, LocalDate on, java.util.OptionalLong expected) {
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PAGE, pageId, expected);
            Page page = find(c, pageId).orElseThrow(() -> new SQLException("no page with id " + pageId));
            List<AddressPeriod> history = addresses(c, pageId);
            AddressPeriod current = history.get(history.size() - 1);
            if (!on.isAfter(current.validFrom())) {
                throw new PageChangeRefusedException(PageChangeRefusedException.Reason.CHANGE_BEFORE_CURRENT, current.validFrom());
            }
            if (page.deletedOn() != null) {
                throw new PageChangeRefusedException(PageChangeRefusedException.Reason.CHANGE_DELETED, page.deletedOn());
            }
            if (newAddress.equals(page.address())) {
                throw new PageChangeRefusedException(PageChangeRefusedException.Reason.SAME_ADDRESS, null);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE page_address SET valid_to = ? WHERE page_id = ? AND valid_to IS NULL")) {
                ps.setString(1, on.toString());
                ps.setLong(2, pageId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page_address (page_id, address, valid_from, valid_to) VALUES (?, ?, ?, NULL)")) {
                ps.setLong(1, pageId);
                ps.setString(2, newAddress);
                ps.setString(3, on.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE page SET address = ? WHERE id = ?")) {
                ps.setString(1, newAddress);
                ps.setLong(2, pageId);
                ps.executeUpdate();
            }
            return find(c, pageId).orElseThrow();
        });
    }

    /** Marks the page deleted on {@code on}; it stays in the history and in registries up to that day. */
    public Page delete(long pageId, LocalDate on) {
        return delete(pageId, on, java.util.OptionalLong.empty());
    }

    /** As {@link #delete(long, LocalDate)}, made on the page's version {@code expected}. */
    public Page delete(long pageId, LocalDate on, java.util.OptionalLong expected) {
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PAGE, pageId, expected);
            Page page = find(c, pageId).orElseThrow(() -> new SQLException("no page with id " + pageId));
            if (page.deletedOn() != null) {
                throw new PageChangeRefusedException(PageChangeRefusedException.Reason.ALREADY_DELETED, page.deletedOn());
            }
            if (on.isBefore(page.createdOn())) {
                throw new PageChangeRefusedException(PageChangeRefusedException.Reason.DELETE_BEFORE_CREATED, page.createdOn());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE page SET deleted_on = ? WHERE id = ?")) {
                ps.setString(1, on.toString());
                ps.setLong(2, pageId);
                ps.executeUpdate();
            }
            return find(c, pageId).orElseThrow();
        });
    }

    public List<Page> all() {
        return db.read(c -> {
            List<Page> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM page ORDER BY organization_id, network_code, created_on");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(map(rs));
                }
            }
            return list;
        });
    }

    public Optional<Page> find(long id) {
        return db.read(c -> find(c, id));
    }

    private static Optional<Page> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM page WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** The platform numbers known for pages (V16), whatever taught them. */
    public List<PageIdentity> identities() {
        return db.read(c -> {
            List<PageIdentity> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT page_id, network_code, owner_id, learned_from FROM page_identity ORDER BY page_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new PageIdentity(rs.getLong(1), rs.getString(2), rs.getLong(3),
                            PageIdentity.Source.valueOf(rs.getString(4))));
                }
            }
            return list;
        });
    }

    /**
     * Keeps a page's platform number, replacing the one it had; a number another page of the
     * network holds is refused ({@link IdentityTakenException}) and nothing changes.
     */
    public void saveIdentity(PageIdentity identity) {
        saveIdentities(List.of(identity));
    }

    /** As {@link #saveIdentity}, for several pages in one transaction: all or none. */
    public void saveIdentities(java.util.Collection<PageIdentity> identities) {
        db.write(c -> {
            for (PageIdentity identity : identities) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT page_id FROM page_identity WHERE network_code = ? AND owner_id = ? AND page_id <> ?")) {
                    ps.setString(1, identity.networkCode());
                    ps.setLong(2, identity.ownerId());
                    ps.setLong(3, identity.pageId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            throw new IdentityTakenException(rs.getLong(1));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_identity WHERE page_id = ?")) {
                    ps.setLong(1, identity.pageId());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO page_identity (page_id, network_code, owner_id, learned_from) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, identity.pageId());
                    ps.setString(2, identity.networkCode());
                    ps.setLong(3, identity.ownerId());
                    ps.setString(4, identity.learnedFrom().name());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Forgets a page's platform number. */
    public void forgetIdentity(long pageId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_identity WHERE page_id = ?")) {
                ps.setLong(1, pageId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every address the page has had, oldest first; the last one is in use. */
    public List<AddressPeriod> addresses(long pageId) {
        return db.read(c -> addresses(c, pageId));
    }

    private static List<AddressPeriod> addresses(Connection c, long pageId) throws SQLException {
        List<AddressPeriod> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT address, valid_from, valid_to FROM page_address WHERE page_id = ? ORDER BY valid_from, id")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(period(rs, 1));
                }
            }
        }
        return list;
    }

    public List<ResponsiblePerson> people(long pageId) {
        return db.read(c -> people(c, pageId));
    }

    private static List<ResponsiblePerson> people(Connection c, long pageId) throws SQLException {
        List<ResponsiblePerson> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, position, phone, email, responsible, has_access"
                + " FROM page_person WHERE page_id = ? ORDER BY ordinal")) {
            ps.setLong(1, pageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(person(rs, 1));
                }
            }
        }
        return list;
    }

    private static ResponsiblePerson person(ResultSet rs, int from) throws SQLException {
        return new ResponsiblePerson(rs.getString(from), rs.getString(from + 1), rs.getString(from + 2), rs.getString(from + 3),
                rs.getInt(from + 4) != 0, rs.getInt(from + 5) != 0);
    }

    private static AddressPeriod period(ResultSet rs, int from) throws SQLException {
        String to = rs.getString(from + 2);
        return new AddressPeriod(rs.getString(from), Iso.date(rs.getString(from + 1)), to == null ? null : Iso.date(to));
    }

    /** Replaces the page's people with {@code people}, in this order. */
    public void savePeople(long pageId, List<ResponsiblePerson> people) {
        savePeople(pageId, people, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #savePeople(long, List)}, the list edited on the page's version {@code expected} (read with its
     * card): the people are part of the page's card, so a change of them takes the page's next version, and a list
     * another user has changed since (or the page itself) is refused with {@link ChangedMeanwhileException}
     * rather than written over — a person they added would be lost.
     */
    public void savePeople(long pageId, List<ResponsiblePerson> people, java.util.OptionalLong expected) {
        db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PAGE, pageId, expected);
            writePeople(c, pageId, people);
            return null;
        });
    }

    private static void writePeople(Connection c, long pageId, List<ResponsiblePerson> people) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_person WHERE page_id = ?")) {
            ps.setLong(1, pageId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO page_person (page_id, ordinal, name, position,"
                + " phone, email, responsible, has_access) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ResponsiblePerson p : people) {
                ps.setLong(1, pageId);
                ps.setInt(2, i++);
                ps.setString(3, p.name());
                ps.setString(4, p.position());
                ps.setString(5, p.phone());
                ps.setString(6, p.email());
                ps.setInt(7, p.responsible() ? 1 : 0);
                ps.setInt(8, p.hasAccess() ? 1 : 0);
                ps.executeUpdate();
            }
        }
    }

    /** The user's checklist marks of one page; items never marked are absent. */
    public Map<ChecklistItem, ChecklistMark> marks(long pageId) {
        // One page's rows only: its card reads them each time it is opened.
        return marksOf(pageId).getOrDefault(pageId, new EnumMap<>(ChecklistItem.class));
    }

    /** The marks of every page, by page id: the table shows each page's progress. */
    public Map<Long, Map<ChecklistItem, ChecklistMark>> allMarks() {
        return marksOf(null);
    }

    /** The marks of page {@code pageId}, or of every page when it is null. */
    private Map<Long, Map<ChecklistItem, ChecklistMark>> marksOf(Long pageId) {
        return db.read(c -> {
            Map<Long, Map<ChecklistItem, ChecklistMark>> all = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT page_id, item, state, checked_on, note FROM page_check"
                    + (pageId == null ? "" : " WHERE page_id = ?"))) {
                if (pageId != null) {
                    ps.setLong(1, pageId);
                }
                ResultSet rs = ps.executeQuery();
                while (rs.next()) {
                    ChecklistItem item;
                    try {
                        item = ChecklistItem.valueOf(rs.getString(2));
                    } catch (IllegalArgumentException e) {
                        continue; // an item a later version added; this one does not know it
                    }
                    String on = rs.getString(4);
                    all.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(ChecklistItem.class)).put(item,
                            new ChecklistMark(item, CheckState.valueOf(rs.getString(3)),
                                    on == null ? null : Iso.date(on), rs.getString(5)));
                }
            }
            return all;
        });
    }

    public void saveMark(long pageId, ChecklistMark mark) {
        saveMark(pageId, mark, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #saveMark(long, ChecklistMark)}, made on the page's version {@code expected} (read with its card,
     * the marks with it): a mark takes the page's next version, and a card another user has changed since is
     * refused with {@link ChangedMeanwhileException}, so their mark is not written over unseen.
     */
    public void saveMark(long pageId, ChecklistMark mark, java.util.OptionalLong expected) {
        db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.PAGE, pageId, expected);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM page_check WHERE page_id = ? AND item = ?")) {
                ps.setLong(1, pageId);
                ps.setString(2, mark.item().name());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page_check (page_id, item, state, checked_on, note) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, pageId);
                ps.setString(2, mark.item().name());
                ps.setString(3, mark.state().name());
                ps.setString(4, mark.date() == null ? null : mark.date().toString());
                ps.setString(5, mark.note());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The mark that the quarter's registry was placed on the website (V27), if the specialist made it. */
    public java.util.Optional<ru.officialpages.domain.RegistryPlacement> registryPlacement(int year, int quarter) {
        return new RegistryPlacementRepository(db).of(year, quarter);
    }

    /** Marks the quarter's registry placed on the website; a mark made before for the quarter is corrected. */
    public void markRegistryPlaced(ru.officialpages.domain.RegistryPlacement placement, java.time.LocalDateTime now) {
        new RegistryPlacementRepository(db).mark(placement, now);
    }

    /** Takes the quarter's placement mark back; false when there was none. */
    public boolean unmarkRegistryPlaced(int year, int quarter) {
        return new RegistryPlacementRepository(db).unmark(year, quarter);
    }

    /**
     * The registry as of {@code day} (novoaltaysk-608 §3.3): pages active that day with the
     * address they had that day and the addresses they had before; people as they are now.
     * Ordered by organization, then network.
     */
    public List<RegistryEntry> registry(LocalDate day) {
        String d = day.toString();
        return db.read(c -> {
            // The earlier addresses and the people of all pages in one query each, not two per page: on a
            // district's server each query is a round trip, 400 of them for 200 pages (issue 20).
            Map<Long, List<AddressPeriod>> earlierOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT page_id, address, valid_from, valid_to FROM page_address"
                    + " WHERE valid_to IS NOT NULL AND valid_to <= ? ORDER BY page_id, valid_from, id")) {
                ps.setString(1, d);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        earlierOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(period(rs, 2));
                    }
                }
            }
            Map<Long, List<ResponsiblePerson>> peopleOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT page_id, name, position, phone, email, responsible, has_access"
                    + " FROM page_person ORDER BY page_id, ordinal"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    peopleOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(person(rs, 2));
                }
            }
            List<RegistryEntry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.id, o.name, p.network_code, a.address, p.created_on, p.deleted_on, p.weekly_norm"
                            + " FROM page p"
                            + " JOIN organization o ON o.id = p.organization_id"
                            + " JOIN network n ON n.code = p.network_code"
                            + " JOIN page_address a ON a.page_id = p.id"
                            + "  AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)"
                            + " WHERE p.created_on <= ? AND (p.deleted_on IS NULL OR p.deleted_on > ?)"
                            + " ORDER BY o.name, n.position, p.id")) {
                for (int i = 1; i <= 4; i++) {
                    ps.setString(i, d);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        int norm = rs.getInt(7);
                        Integer weeklyNorm = rs.wasNull() ? null : norm;
                        String deleted = rs.getString(6);
                        list.add(new RegistryEntry(rs.getString(2), rs.getString(3), rs.getString(4),
                                Iso.date(rs.getString(5)), deleted == null ? null : Iso.date(deleted),
                                weeklyNorm, earlierOf.getOrDefault(id, List.of()), peopleOf.getOrDefault(id, List.of())));
                    }
                }
            }
            return list;
        });
    }

    /**
     * Adds the pages of an import, all or none, in one transaction. Organizations are found by
     * name whatever the case; unknown ones are created as institutions. Returns how many
     * organizations were created.
     *
     * @throws PageConflictException when a page doubles one already kept (novoaltaysk-608 §1.5)
     */
    public int importEntries(List<RegistryEntry> entries) {
        return db.write(c -> {
            Map<String, Long> orgs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM organization");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orgs.putIfAbsent(key(rs.getString(2)), rs.getLong(1));
                }
            }
            int created = 0;
            for (RegistryEntry e : entries) {
                Long orgId = orgs.get(key(e.organization()));
                if (orgId == null) {
                    orgId = createOrganization(c, e.organization());
                    orgs.put(key(e.organization()), orgId);
                    created++;
                }
                LocalDate createdOn = e.createdOn();
                String first = e.earlier().isEmpty() ? e.address() : e.earlier().get(0).address();
                Page page = insert(c, new Page(0, orgId, e.networkCode(), first, createdOn, e.deletedOn(),
                        e.weeklyNorm()));
                for (int i = 0; i < e.earlier().size(); i++) {
                    LocalDate changed = e.earlier().get(i).validTo();
                    String next = i + 1 < e.earlier().size() ? e.earlier().get(i + 1).address() : e.address();
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE page_address SET valid_to = ? WHERE page_id = ? AND valid_to IS NULL")) {
                        ps.setString(1, changed.toString());
                        ps.setLong(2, page.id());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO page_address (page_id, address, valid_from, valid_to) VALUES (?, ?, ?, NULL)")) {
                        ps.setLong(1, page.id());
                        ps.setString(2, next);
                        ps.setString(3, changed.toString());
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE page SET address = ? WHERE id = ?")) {
                    ps.setString(1, e.address());
                    ps.setLong(2, page.id());
                    ps.executeUpdate();
                }
                writePeople(c, page.id(), e.people());
            }
            return created;
        });
    }

    private static long createOrganization(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organization (kind, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, OrganizationKind.INSTITUTION.name());
            ps.setString(2, name.strip());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static void setNorm(PreparedStatement ps, int index, Integer norm) throws SQLException {
        if (norm == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, norm);
        }
    }

    private static Page map(ResultSet rs) throws SQLException {
        String deleted = rs.getString(6);
        int norm = rs.getInt(7);
        Integer weeklyNorm = rs.wasNull() ? null : norm;
        return new Page(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                Iso.date(rs.getString(5)), deleted == null ? null : Iso.date(deleted), weeklyNorm);
    }
}
