package ru.officialpages.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hundreds of thousands of rows straight into the tables, for the large demonstration and the
 * benchmark fixture (issue 10): prepared-statement batches, one transaction per table. It skips
 * the repositories' one-row-at-a-time checks on purpose, so the caller must hand it rows that
 * already obey the rules; {@link #foreignKeyProblems()} tells afterwards whether they did.
 */
public final class BulkLoad {
    private static final int BATCH = 2_000;

    /** The tables it fills, in an order where every row refers only to rows already there. */
    public enum Table {
        ORGANIZATION("organization", "id", "kind", "name", "postal_address", "email", "phones", "website"),
        PAGE("page", "id", "organization_id", "network_code", "address", "created_on", "deleted_on", "weekly_norm"),
        PAGE_ADDRESS("page_address", "page_id", "address", "valid_from", "valid_to"),
        PAGE_PERSON("page_person", "page_id", "ordinal", "name", "position", "phone", "email", "responsible", "has_access"),
        PAGE_CHECK("page_check", "page_id", "item", "state", "checked_on"),
        PLAN_ITEM("plan_item", "id", "day", "time", "topic", "occasion", "format", "status", "series_id"),
        PLAN_ITEM_PAGE("plan_item_page", "plan_item_id", "page_id"),
        PLAN_ITEM_TEXT("plan_item_text", "plan_item_id", "text"),
        /** The search column is filled here from topic and link, as {@link PostRepository} keeps it. */
        POST("post", "id", "page_id", "published_at", "url", "format", "topic", "plan_item_id", "text", "search"),
        MODERATION_RECORD("moderation_record", "id", "page_id", "noticed_at", "author_name", "author_link", "text", "action",
                "recorded_at"),
        MODERATION_GROUND("moderation_ground", "record_id", "ground"),
        BLACKLIST_ENTRY("blacklist_entry", "id", "page_id", "author_name", "author_link", "author_key", "restriction", "since",
                "until", "record_id"),
        BLACKLIST_GROUND("blacklist_ground", "entry_id", "ground"),
        MODERATION_ROUND("moderation_round", "page_id", "day", "checked_at"),
        MESSAGE("message", "id", "page_id", "network_code", "author_name", "author_link", "link", "text", "detected_at",
                "importance", "topic", "executor", "stage", "sent_at", "interim_at", "final_at", "closed_at", "answer_due",
                "final_due", "due_at", "interim_text", "final_text"),
        MESSAGE_STEP("message_step", "message_id", "kind", "at", "reason");

        private final String name;
        private final List<String> columns;

        Table(String name, String... columns) {
            this.name = name;
            this.columns = List.of(columns);
        }

        public String sqlName() {
            return name;
        }

        /** The values a row is given in, in this order. */
        public List<String> columns() {
            return columns;
        }

        private String insert() {
            int values = this == POST ? columns.size() - 1 : columns.size();
            String marks = String.join(", ", java.util.Collections.nCopies(values, "?"));
            String extra = this == POST ? ", ?" : "";
            return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + marks + extra + ")";
        }
    }

    /** Takes rows one by one; the values in the order of {@link Table#columns()} (for a post, without the last). */
    @FunctionalInterface
    public interface Rows {
        void add(Object... values);
    }

    private final Database db;

    public BulkLoad(Database db) {
        this.db = db;
    }

    /** True when none of the tables it fills has a row: only then may it fill them. */
    public boolean isEmpty() {
        return db.read(c -> {
            for (Table t : Table.values()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t.name + ")")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** Fills one table in one transaction; returns the number of rows written. */
    public int fill(Table table, Consumer<Rows> source) {
        return db.write(c -> fillIn(c, table, source));
    }

    /** The rows of one table, for {@link #fillAll}. */
    @FunctionalInterface
    public interface Source {
        void rows(Table table, Rows out);
    }

    /** Told when a table is filled (still inside the transaction). */
    @FunctionalInterface
    public interface Filled {
        void tableDone(Table table, int rows);
    }

    /**
     * Fills {@code tables} in one transaction: a run killed or failing halfway leaves every table as
     * it was, so the same command can simply run again (issue 21, failure 6). Refused, writing
     * nothing, unless every table is still empty.
     */
    public void fillAll(List<Table> tables, Source source, Filled filled) {
        db.write(c -> {
            for (Table t : Table.values()) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t.name + ")")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        throw new IllegalStateException("bulk load only into empty tables; " + t.name + " has rows");
                    }
                }
            }
            for (Table t : tables) {
                filled.tableDone(t, fillIn(c, t, out -> source.rows(t, out)));
            }
            return null;
        });
    }

    private static int fillIn(Connection c, Table table, Consumer<Rows> source) throws SQLException {
        int[] count = {0};
        try (PreparedStatement ps = c.prepareStatement(table.insert())) {
            int width = table == Table.POST ? table.columns.size() - 1 : table.columns.size();
            SQLException[] failure = {null};
            source.accept(values -> {
                if (failure[0] != null) {
                    return;
                }
                if (values.length != width) {
                    throw new IllegalArgumentException(table + " takes " + width + " values, got " + values.length);
                }
                try {
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    if (table == Table.POST) {
                        ps.setString(width + 1, PostRepository.searchText(values[5] + " " + values[3]));
                    }
                    ps.addBatch();
                    if (++count[0] % BATCH == 0) {
                        ps.executeBatch();
                    }
                } catch (SQLException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            ps.executeBatch();
        }
        return count[0];
    }

    public int count(Table table) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** SQLite's own check of every reference; empty when all rows point at rows that exist. */
    public List<String> foreignKeyProblems() {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add(rs.getString(1) + " row " + rs.getLong(2) + " → " + rs.getString(3));
                }
            }
            return problems;
        });
    }

    /**
     * A digest of every row of the filled tables in key order: two fills with the same seed give
     * the same digest, which is how determinism is checked and the benchmark fixture recognised.
     */
    public String contentHash() {
        return db.read(c -> {
            MessageDigest digest = sha256();
            for (Table t : Table.values()) {
                digestTable(c, t, digest);
            }
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    private static void digestTable(Connection c, Table t, MessageDigest digest) throws SQLException {
        String columns = String.join(", ", t.columns);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + t.name + " ORDER BY " + columns)) {
            int n = t.columns.size();
            digest.update(t.name.getBytes(StandardCharsets.UTF_8));
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    digest.update((v == null ? "\u0000" : v).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
