package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The SQL that differs between SQLite (one settlement's file) and PostgreSQL (a district's server):
 * the one seam the repositories go through (design.md, «Two engines, one program»). Everything else
 * they say is portable SQL.
 */
interface Dialect {
    /** "column contains the parameter", a plain substring test (no pattern, no escaping). */
    String contains(String column);

    /**
     * The column with Latin capitals lowered and nothing else: what SQLite's LOWER does, said so
     * that a search gives the same rows on both engines whatever the server's locale.
     */
    String lowerLatin(String column);

    /** "the post's text has these words (or words starting so)"; binds {@link #wordsQuery}. */
    String postTextHasWords(String idColumn);

    /**
     * The value bound for {@link #postTextHasWords} for what the user typed (already lower-cased,
     * ё as е); empty when there is no word in it.
     */
    String wordsQuery(String typed);

    /** The values of {@code column} in a group, joined with commas. */
    String groupConcat(String column);

    /** Whole days from ISO date {@code from} to ISO date {@code to} (each an SQL expression). */
    String daysBetween(String from, String to);

    /** One row per column of {@code table}, with its {@code name} and {@code notnull} (1 or 0). */
    String columnsOf(String table);

    /** The newest applied migration version and the number of failed ones; no row if Flyway never ran. */
    String appliedVersionQuery();

    /** What made a transaction fail, when it is a reason the user can act on; empty for anything else. */
    Optional<StorageException.Failure> failure(Throwable error);

    /** True when the error means the database itself is damaged (the window offers a sound copy). */
    boolean meansDamaged(SQLException e);

    /** True when a row was refused because its unique key is taken (two first saves of one row at once). */
    boolean meansDuplicateKey(SQLException e);

    /** After a failed rollback: puts the connection back into the state the driver expects. */
    void afterFailedRollback(Connection c);

    /**
     * Readies the current transaction for inserting thousands of rows into tables whose references are
     * checked row by row (an import), to the end of the transaction; answers the column each such row
     * names its owner in, with this login's value, or empty when rows have no owner column (a file).
     */
    Optional<RowOwner> beforeManyRows(Connection c) throws SQLException;

    /**
     * Whose a row is: on a district's server the settlement of the login ({@code null} for the owner of the
     * tables), bound with each row of a bulk insert instead of the column's default, which the server would
     * work out again for every row.
     */
    record RowOwner(String column, Integer value) {
    }

    /** True when a statement takes a column of many rows as one array parameter (PostgreSQL's {@code unnest}). */
    boolean takesArrays();

    /**
     * {@code SELECT columns FROM table}: every row of {@code table} this login may see, said so that a settlement's
     * login on a district's server finds its own rows through the settlement's index.
     */
    String everyRow(String columns, String table);

    /** Called after rows were loaded with their own ids, so that new rows get ids above them. */
    void afterIdsLoaded(Connection c, Iterable<String> tables) throws SQLException;

    /**
     * What a loaded file's ids are moved up by so that they take no id another row has: 0 for a file of its
     * own; on a district's server the highest id of the server (every settlement's file starts at 1).
     */
    long idsShift(Connection c) throws SQLException;
}
