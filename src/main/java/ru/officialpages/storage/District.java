package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.util.PasswordUtil;

/**
 * A district's server set up for several settlements and a coordinator (issue 19): the group roles,
 * their grants and the row-level policies of V25, the settlements and the logins. Run with the
 * database owner's login. Logins are PostgreSQL roles; their passwords go to the server already
 * hashed (SCRAM), so they appear in no table and no server log.
 */
public final class District {
    /** The group role every settlement's login is in: may change rows, the policies keep it to its own. */
    static final String SETTLEMENT_ROLE = "official_pages_settlement";
    /** The group role of coordinators: may read every settlement's rows, change none. */
    static final String COORDINATOR_ROLE = "official_pages_coordinator";
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** A login of the district: a settlement's specialist, or a coordinator (no settlement). */
    public record Member(String login, String settlement, boolean coordinator) {
    }

    private final Database db;

    public District(Database db) {
        if (db.server().isEmpty()) {
            throw new IllegalArgumentException("a district lives on a PostgreSQL server");
        }
        this.db = db;
    }

    /** The district's name once {@link #init} has run. */
    public Optional<String> name() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM district_info")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /**
     * Sets the server up for the district: the group roles, their grants, the policies on every table,
     * no creating of anything by anyone but the owner. False (and nothing changed) when it was done before.
     */
    public boolean init(String name, LocalDateTime now) {
        if (name().isPresent()) {
            return false;
        }
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String role : List.of(SETTLEMENT_ROLE, COORDINATOR_ROLE)) {
                    if (!roleExists(c, role)) {
                        s.execute("CREATE ROLE " + role + " NOLOGIN");
                    }
                }
                // PostgreSQL 14 lets everyone create tables in the public schema: a settlement's login may not.
                s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                s.execute("REVOKE ALL ON DATABASE " + quoted(c.getCatalog()) + " FROM PUBLIC");
                for (String role : List.of(SETTLEMENT_ROLE, COORDINATOR_ROLE)) {
                    s.execute("GRANT CONNECT ON DATABASE " + quoted(c.getCatalog()) + " TO " + role);
                    s.execute("GRANT USAGE ON SCHEMA public TO " + role);
                    s.execute("GRANT SELECT ON network, flyway_schema_history TO " + role);
                }
                s.execute("GRANT SELECT ON district_info, district_settlement TO " + COORDINATOR_ROLE);
                s.execute("SELECT district_protect_tables()");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO district_info (id, name, created_at) VALUES (1, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, Iso.minute(now));
                ps.executeUpdate();
            }
            return null;
        });
        return true;
    }

    /**
     * Adds a settlement and its specialist's login; {@code data}, when given, loads the settlement's
     * full export as that login, in the same transaction: any refused row and nothing is kept, login
     * included.
     */
    public void addSettlement(String name, String login, String password, LocalDateTime now,
            Optional<DataTransfer.LoadWork> data) {
        checkLogin(login, password);
        // The file reader's own refusal (its sheet and line) comes out as it is, after the rollback.
        RuntimeException[] own = new RuntimeException[1];
        try {
            addSettlement(name, login, password, now, data, own);
        } catch (StorageException e) {
            if (own[0] != null) {
                throw own[0];
            }
            throw e;
        }
    }

    private void addSettlement(String name, String login, String password, LocalDateTime now,
            Optional<DataTransfer.LoadWork> data, RuntimeException[] own) {
        db.write(c -> {
            requireInit(c);
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM district_settlement WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new StorageException(StorageException.Failure.SETTLEMENT_TAKEN, name);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO district_settlement (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong("id");
                }
            }
            createLogin(c, login, password, SETTLEMENT_ROLE, id, now);
            data.ifPresent(work -> {
                try {
                    load(c, login, work);
                } catch (StorageException e) {
                    throw e;
                } catch (RuntimeException e) {
                    own[0] = e;
                    throw new StorageException(StorageException.Failure.BROKEN, "settlement's export refused by the file reader: "
                            + e.getClass().getSimpleName());
                }
            });
            return null;
        });
    }

    /** Adds a coordinator's login: reads every settlement, changes none. */
    public void addCoordinator(String login, String password, LocalDateTime now) {
        checkLogin(login, password);
        db.write(c -> {
            requireInit(c);
            createLogin(c, login, password, COORDINATOR_ROLE, null, now);
            return null;
        });
    }

    /** Every login of the district, settlements first by name, then the coordinators. */
    public List<Member> members() {
        return db.read(c -> {
            List<Member> list = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT m.login, COALESCE(s.name, ''), m.coordinator FROM district_member m"
                         + " LEFT JOIN district_settlement s ON s.id = m.settlement_id"
                         + " ORDER BY m.coordinator, s.name, m.login")) {
                while (rs.next()) {
                    list.add(new Member(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return list;
        });
    }

    /** True when the connected login is a coordinator's: it reads every settlement and changes none. */
    public boolean coordinatorLogin() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district_coordinator(current_user)")) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** The settlements' names, with none of their logins. */
    public List<String> settlements() {
        return db.read(c -> {
            List<String> list = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM district_settlement ORDER BY name")) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return list;
        });
    }

    /**
     * The export's rows written as the settlement's own login (SET LOCAL ROLE): its rows take its
     * settlement by the column's default, and the policies refuse anything else. The built-in networks
     * are the district's, shared: the file's copy of them is skipped.
     */
    private void load(Connection c, String login, DataTransfer.LoadWork work) {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL ROLE " + quoted(login));
            FullLoad load = new FullLoad(c, db.dialect(), java.util.Set.of("network"));
            try {
                work.run(load);
            } finally {
                load.finish();
            }
            s.execute("RESET ROLE");
            load.idsTaken();
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.TABLE_REFUSED, e, e.getMessage());
        }
    }

    private static void checkLogin(String login, String password) {
        if (!LOGIN.matcher(login).matches()) {
            throw new StorageException(StorageException.Failure.LOGIN_INVALID, login);
        }
        if (password.length() < 8) {
            throw new StorageException(StorageException.Failure.PASSWORD_SHORT);
        }
    }

    private static void requireInit(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM district_info")) {
            if (!rs.next()) {
                throw new StorageException(StorageException.Failure.DISTRICT_NOT_SET_UP);
            }
        }
    }

    private static void createLogin(Connection c, String login, String password, String group, Long settlement,
            LocalDateTime now) throws SQLException {
        if (roleExists(c, login)) {
            throw new StorageException(StorageException.Failure.LOGIN_TAKEN, login);
        }
        String hashed = PasswordUtil.encodePassword(login, password.toCharArray(), "scram-sha-256");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + quoted(login) + " LOGIN PASSWORD '" + hashed.replace("'", "''") + "'");
            // The login's rights are its group's; which rows it reaches, the policies decide by its name.
            s.execute("GRANT " + group + " TO " + quoted(login));
            // The owner loads a settlement's export as its login (SET ROLE needs membership).
            s.execute("GRANT " + quoted(login) + " TO CURRENT_USER");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO district_member (login, settlement_id, coordinator, added_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, login);
            ps.setObject(2, settlement);
            ps.setBoolean(3, settlement == null);
            ps.setString(4, Iso.minute(now));
            ps.executeUpdate();
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
