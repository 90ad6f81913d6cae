package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;

public final class OrganizationRepository {
    private static final String COLUMNS =
            "id, kind, name, postal_address, email, phones, website, exempt, exempt_basis, archived";
    private final Database db;

    public OrganizationRepository(Database db) {
        this.db = db;
    }

    /** Inserts a new organization (id 0) or updates an existing one; returns it with its id. */
    public Organization save(Organization o) {
        return save(o, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #save(Organization)}; an update is made on the version {@code expected} (read with the list it was
     * opened from): an organisation another user has changed since is refused with {@link ChangedMeanwhileException}.
     */
    public Organization save(Organization o, java.util.OptionalLong expected) {
        return db.write(c -> {
            if (o.id() != 0) {
                Versions.claim(c, RecordGoneException.Kind.ORGANIZATION, o.id(), expected);
            }
            if (o.id() == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO organization (kind, name, postal_address, email, phones, website, exempt,"
                                + " exempt_basis, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    bind(ps, o);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return o.withId(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE organization SET kind = ?, name = ?, postal_address = ?, email = ?, phones = ?,"
                            + " website = ?, exempt = ?, exempt_basis = ?, archived = ? WHERE id = ?")) {
                bind(ps, o);
                ps.setLong(10, o.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no organization with id " + o.id());
                }
                return o;
            }
        });
    }

    /** Each organisation's version (V28), read before the list so it is never newer than what is shown. */
    public java.util.Map<Long, Long> versions() {
        return db.read(c -> {
            java.util.Map<Long, Long> versions = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM organization");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return versions;
        });
    }

    /** Every organization, archived ones too, in the order the user reads them. */
    public List<Organization> all() {
        return db.read(c -> {
            List<Organization> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM organization ORDER BY archived, name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(map(rs));
                }
            }
            return list;
        });
    }

    public Optional<Organization> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM organization WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, Organization o) throws SQLException {
        ps.setString(1, o.kind().name());
        ps.setString(2, o.name());
        ps.setString(3, o.postalAddress());
        ps.setString(4, o.email());
        ps.setString(5, o.phones());
        ps.setString(6, o.website());
        ps.setInt(7, o.exempt() ? 1 : 0);
        ps.setString(8, o.exemptBasis());
        ps.setInt(9, o.archived() ? 1 : 0);
    }

    private static Organization map(ResultSet rs) throws SQLException {
        return new Organization(
                rs.getLong(1),
                OrganizationKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8) != 0,
                rs.getString(9),
                rs.getInt(10) != 0);
    }
}
