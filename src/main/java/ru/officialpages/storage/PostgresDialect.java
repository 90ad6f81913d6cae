package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A district's PostgreSQL server: the statements that differ from SQLite's ({@link SqliteDialect}).
 * Searches never lean on the server's locale (a server made with the C locale lowers no Cyrillic):
 * the program keeps the search columns lower-cased, and what is lowered here is lowered by
 * {@code translate} with the alphabets spelt out, so both engines find the same rows.
 */
final class PostgresDialect implements Dialect {
    static final PostgresDialect POSTGRESQL = new PostgresDialect();

    private static final String LATIN_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String CYRILLIC_UPPER = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЁё";
    private static final String CYRILLIC_LOWER = "абвгдежзийклмнопрстуфхцчшщъыьэюяее";
    /** What is not part of a word, as SQLite's unicode61 tokenizer splits (Latin, Cyrillic, digits). */
    private static final String NOT_WORD = "[^0-9a-z\u00c0-\u024f\u0400-\u04ff]";

    private PostgresDialect() {
    }

    @Override
    public String contains(String column) {
        return "strpos(" + column + ", ?) > 0";
    }

    @Override
    public String lowerLatin(String column) {
        return "translate(" + column + ", '" + LATIN_UPPER + "', '" + LATIN_LOWER + "')";
    }

    /**
     * Each word of the query as the start of a word of the text, all required, the text folded as
     * SQLite's index folds it (case, ё as е). A scan of the district's posts, not an index: the words
     * are searched within one settlement's few thousand posts.
     */
    @Override
    public String postTextHasWords(String idColumn) {
        return idColumn + " IN (SELECT t.id FROM post t WHERE t.text <> '' AND translate(t.text, '"
                + LATIN_UPPER + CYRILLIC_UPPER + "', '" + LATIN_LOWER + CYRILLIC_LOWER + "') ~ ?)";
    }

    @Override
    public String wordsQuery(String typed) {
        StringBuilder q = new StringBuilder();
        for (String word : typed.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                // Letters and digits only: nothing in a word means anything to the pattern.
                q.append("(?=.*(^|").append(NOT_WORD).append(')').append(word).append(')');
            }
        }
        return q.length() == 0 ? "" : "^" + q;
    }

    @Override
    public String groupConcat(String column) {
        return "string_agg(" + column + ", ',')";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "(CAST(" + to + " AS DATE) - CAST(" + from + " AS DATE))";
    }

    @Override
    public String columnsOf(String table) {
        return "SELECT column_name AS name, CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS notnull"
                + " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '"
                + table.replace("'", "''") + "' ORDER BY ordinal_position";
    }

    @Override
    public String appliedVersionQuery() {
        return "SELECT MAX(CASE WHEN success THEN CAST(version AS INTEGER) END),"
                + " SUM(CASE WHEN success THEN 0 ELSE 1 END) FROM flyway_schema_history"
                + " WHERE version IS NOT NULL HAVING COUNT(*) > 0";
    }

    @Override
    public Optional<StorageException.Failure> failure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                String state = e.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")) {
                    return Optional.of(StorageException.Failure.SERVER_LOST);
                }
                if (state.equals("42501")) {
                    return Optional.of(StorageException.Failure.SERVER_NO_RIGHTS);
                }
                if (state.equals("53100")) {
                    return Optional.of(StorageException.Failure.SERVER_DISK_FULL);
                }
                if (state.equals("25006")) {
                    return Optional.of(StorageException.Failure.SERVER_READ_ONLY);
                }
                if (state.equals("40P01") || state.equals("55P03") || state.equals("40001")) {
                    return Optional.of(StorageException.Failure.SERVER_BUSY);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean meansDamaged(SQLException e) {
        // XX001/XX002: data or index corrupted; the administrator's to mend, but said the same way.
        return "XX001".equals(e.getSQLState()) || "XX002".equals(e.getSQLState());
    }

    @Override
    public boolean meansDuplicateKey(SQLException e) {
        return "23505".equals(e.getSQLState()); // unique_violation
    }

    @Override
    public void afterFailedRollback(Connection c) {
        // The driver ends the transaction itself.
    }

    /**
     * Moves every id sequence past the ids there are (V25's district_ids_taken, which runs as the
     * owner: a settlement's login sees only its rows and may not set a sequence).
     */
    @Override
    public void afterIdsLoaded(Connection c, Iterable<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SELECT district_ids_taken()");
        }
    }

    /**
     * Every inserted row has its references checked by the server, one query per reference (a post: its page
     * twice, with and without the settlement (V28), and its settlement). Planned on a district's few hundred
     * pages, which fit in three or four disk pages, that query read the whole page table for each row: in an
     * import of 20,000 posts, 40,000 times, a third of the server's work (issue 20, five imports at once).
     * With random reads priced as what they are on a server whose tables sit in memory, the check goes through
     * the primary key. The plans the connection had already made for these checks (a post added by hand
     * before the import) are dropped, so that they are made again under this setting; they are kept after it.
     * The settlement (V25's column default, a function call per row) is asked once, in the same round trip.
     */
    @Override
    public Optional<RowOwner> beforeManyRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL random_page_cost = 1.1; DISCARD PLANS; SELECT district_settlement_of(current_user)");
            while (s.getResultSet() == null) {
                if (!s.getMoreResults() && s.getUpdateCount() == -1) {
                    throw new SQLException("no settlement answered");
                }
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                int settlement = rs.getInt(1);
                return Optional.of(new RowOwner("settlement_id", rs.wasNull() ? null : settlement));
            }
        }
    }

    @Override
    public boolean takesArrays() {
        return true;
    }

    /**
     * A settlement's login sees only its rows (V25's policies), yet the server cannot find them by the settlement's
     * index: a policy that lets a coordinator read everything is joined to the settlement's by OR, and a condition
     * with OR in it is no index's. Named here as well, the settlement is the index's; for a login of no settlement (the
     * owner, a coordinator) the second half answers, with the rows its policies let through, as before. A settlement's
     * 20,000 posts were read out of the district's 320,000 (issue 20, five imports at once: a fifth of the server's work).
     */
    @Override
    public String everyRow(String columns, String table) {
        return "SELECT " + columns + " FROM " + table + " WHERE settlement_id = district_settlement_of(current_user)"
                + " UNION ALL SELECT " + columns + " FROM " + table + " WHERE district_settlement_of(current_user) IS NULL";
    }

    /** V28's district_ids_free: the server's highest id, whoever's row; locked to the end of the load. */
    @Override
    public long idsShift(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district_ids_free()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The query named a table the database does not have (42P01, undefined_table). */
    static boolean meansNoSuchTable(SQLException e) {
        return "42P01".equals(e.getSQLState());
    }
}
