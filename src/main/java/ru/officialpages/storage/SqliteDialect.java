package ru.officialpages.storage;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite-only statements, kept in one place so that the rest of the SQL stays portable
 * (a shared PostgreSQL mode is planned, design.md).
 */
final class SqliteDialect {
    private SqliteDialect() {
    }

    /** The newest applied migration version and the number of failed ones; no row if Flyway never ran. */
    static String schemaVersionQuery() {
        return "SELECT MAX(CASE WHEN success = 1 THEN CAST(version AS INTEGER) END),"
                + " SUM(CASE WHEN success = 1 THEN 0 ELSE 1 END) FROM flyway_schema_history"
                + " HAVING COUNT(*) > 0";
    }

    /**
     * "column contains the parameter", a plain substring test: three times faster than LIKE '%…%'
     * on the post log (no pattern, no escaping). PostgreSQL would say strpos(column, ?) > 0.
     */
    static String contains(String column) {
        return "instr(" + column + ", ?) > 0";
    }

    static void configure(Statement s) throws SQLException {
        // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
        // FULL: a committed change survives a power cut too; the user's writes are few and small.
        s.execute("PRAGMA synchronous=FULL");
    }
}
