package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a login is on a district's server, asked before the window connects (issue 19 item 1): the
 * window's own connection migrates the schema, which only the database's owner may, and on a database
 * that is not a district's it would create the program's tables there. So the probe reads the catalogue
 * only and changes nothing.
 */
public final class ServerProbe {
    /** The answer: a login the window works with, or why not. */
    public enum Answer {
        SETTLEMENT, COORDINATOR,
        /** The server refused the login or the password. */
        WRONG_LOGIN,
        /** Nothing answers at that host and port (or the name is unknown). */
        UNREACHABLE,
        /** The server has no database of that name. */
        NO_DATABASE,
        /** The database has no district set up by the program ({@code district init}). */
        NOT_DISTRICT,
        /** The login is neither a settlement's nor a coordinator's of the district. */
        NOT_MEMBER,
        /** The database's owner (or a superuser): the administrator's login, for the {@code district} commands. */
        OWNER
    }

    private ServerProbe() {
    }

    /** Connects as the address's login, reads who it is and disconnects; a failure of another kind is a {@link StorageException}. */
    public static Answer probe(ServerAddress address) {
        Connection c;
        try {
            c = address.open();
        } catch (StorageException e) {
            // The address has already said what failed; only the missing right to connect is the probe's own word.
            switch (e.failure()) {
                case SERVER_LOGIN, SERVER_NEEDS_PASSWORD:
                    return Answer.WRONG_LOGIN;
                case SERVER_NO_DATABASE:
                    return Answer.NO_DATABASE;
                case SERVER_UNREACHABLE:
                    return Answer.UNREACHABLE;
                default:
                    break;
            }
            if (e.getCause() instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                // `district init` takes the right to connect from everyone but the district's logins.
                return Answer.NOT_MEMBER;
            }
            throw e;
        }
        try (c; Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d"
                    + " WHERE r.rolname = current_user AND d.datname = current_database()")) {
                if (rs.next() && rs.getBoolean(1)) {
                    return Answer.OWNER;
                }
            }
            // From the catalogue, which every login may read: a login outside the district has no use of the schema.
            try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = 'district_member')")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return Answer.NOT_DISTRICT;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT g.rolname FROM pg_roles g WHERE g.rolname IN ('"
                    + District.SETTLEMENT_ROLE + "', '" + District.COORDINATOR_ROLE + "')"
                    + " AND pg_has_role(current_user, g.oid, 'MEMBER') ORDER BY g.rolname DESC")) {
                if (!rs.next()) {
                    return Answer.NOT_MEMBER;
                }
                return rs.getString(1).equals(District.SETTLEMENT_ROLE) ? Answer.SETTLEMENT : Answer.COORDINATOR;
            }
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.SERVER_OPEN, e, address.display());
        }
    }
}
