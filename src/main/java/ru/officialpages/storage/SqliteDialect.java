package ru.officialpages.storage;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQLite-only statements, kept in one place so that the rest of the SQL stays portable
 * ({@link PostgresDialect} says the same for a district's server). The static ones concern the
 * file itself (checks, copies, pragmas) and have no PostgreSQL counterpart.
 */
final class SqliteDialect implements Dialect {
    static final SqliteDialect SQLITE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String appliedVersionQuery() {
        return schemaVersionQuery();
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
    @Override
    public String contains(String column) {
        return "instr(" + column + ", ?) > 0";
    }

    /**
     * "the post's text has these words (or words starting so)", through the full-text index of
     * V14; binds {@link #wordsQuery}. PostgreSQL would use to_tsvector(text) @@ to_tsquery(?).
     */
    @Override
    public String postTextHasWords(String idColumn) {
        return idColumn + " IN (SELECT rowid FROM post_text_index WHERE post_text_index MATCH ?)";
    }

    /**
     * The index's query for what the user typed: each word as a quoted prefix, all required
     * ("ярмарк мёд" finds "Ярмарка мёда"); empty when there is no word in it.
     */
    @Override
    public String wordsQuery(String typed) {
        StringBuilder q = new StringBuilder();
        for (String word : typed.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                q.append(q.length() == 0 ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return q.toString();
    }

    @Override
    public String lowerLatin(String column) {
        return "LOWER(" + column + ")";
    }

    @Override
    public String groupConcat(String column) {
        return "GROUP_CONCAT(" + column + ")";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "CAST(julianday(" + to + ") - julianday(" + from + ") AS INTEGER)";
    }

    @Override
    public String columnsOf(String table) {
        return tableInfo(table);
    }

    @Override
    public boolean meansDamaged(SQLException e) {
        return damaged(e);
    }

    @Override
    public boolean meansDuplicateKey(SQLException e) {
        // SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY, or the plain SQLITE_CONSTRAINT when the driver
        // reports no extended codes (it then names the kind only in the message).
        int code = e.getErrorCode();
        return code == 2067 || code == 1555
                || (code & 0xff) == 19 && String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
    }

    @Override
    public void afterFailedRollback(java.sql.Connection c) {
        reopenTransaction(c);
    }

    @Override
    public java.util.Optional<RowOwner> beforeManyRows(java.sql.Connection c) {
        // A reference is checked through the parent's primary key whatever the table's size; a file is one
        // settlement's, its rows name no owner.
        return java.util.Optional.empty();
    }

    @Override
    public void afterIdsLoaded(java.sql.Connection c, Iterable<String> tables) {
        // INTEGER PRIMARY KEY takes the largest id plus one by itself.
    }

    @Override
    public long idsShift(java.sql.Connection c) {
        // A load goes into an empty file only: its ids are free.
        return 0;
    }

    /** Writes a consistent, compacted copy of the open database to the file bound as parameter 1. */
    static String copyInto() {
        return "VACUUM INTO ?";
    }

    /** One row "ok" when the file's structure is sound; a few milliseconds for a year of work. */
    static String quickCheck() {
        return "PRAGMA quick_check";
    }

    /** One row per column of {@code table}, with its {@code name} and {@code notnull} (1 or 0). */
    static String tableInfo(String table) {
        return "PRAGMA table_info(" + table + ")";
    }

    /**
     * The user's tables, for the test that the full export covers them all. Left out: Flyway's and
     * SQLite's own, and full-text indexes with their shadow tables ({@code post_text_index_data} …),
     * which are derived from the tables and rebuilt by their triggers when rows are loaded.
     */
    static String userTables() {
        return "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                + " AND m.name <> 'flyway_schema_history' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                + " AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table'"
                + " AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')"
                + " ORDER BY m.name";
    }

    /** The thorough check, reading every page: for tests and the crash test. */
    static String integrityCheck() {
        return "PRAGMA integrity_check";
    }

    /** SQLite's error codes for a file that is damaged or not a database at all. */
    static boolean damaged(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
    }

    /**
     * The message key for a write that failed for a reason the user can act on: a full disk, a
     * file made read-only, a file held by another program. Empty for anything else.
     */
    @Override
    public java.util.Optional<StorageException.Failure> failure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                switch (e.getErrorCode() & 0xff) {
                    case 13: return java.util.Optional.of(StorageException.Failure.DISK_FULL); // SQLITE_FULL
                    case 8: return java.util.Optional.of(StorageException.Failure.READ_ONLY); // SQLITE_READONLY
                    case 5, 6: return java.util.Optional.of(StorageException.Failure.BUSY); // SQLITE_BUSY, SQLITE_LOCKED
                    case 10: return java.util.Optional.of(StorageException.Failure.DISK_ERROR); // SQLITE_IOERR
                    default: break;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** After SQLite ended a transaction on its own, starts the one the driver expects to be open. */
    static void reopenTransaction(java.sql.Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");
        } catch (SQLException e) {
            // Already inside a transaction: nothing to mend.
        }
    }

    static void configure(Statement s) throws SQLException {
        // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA busy_timeout=5000");
        // FULL: a committed change survives a power cut too; the user's writes are few and small.
        s.execute("PRAGMA synchronous=FULL");
    }

    @Override
    public boolean takesArrays() {
        return false;
    }

    /** A file is one settlement's: every row is its own. */
    @Override
    public String everyRow(String columns, String table) {
        return "SELECT " + columns + " FROM " + table;
    }
}
