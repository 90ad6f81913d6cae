package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tests' view of a whole database as text: every user table, every row with each value's SQL type. */
public final class SqlDumps {
    private SqlDumps() {
    }

    /** Table name → its rows, sorted by every column, each "typeof:value|…". */
    public static Map<String, List<String>> of(Database db) {
        return db.read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String table : userTables(c)) {
                out.put(table, rows(c, table));
            }
            return out;
        });
    }

    public static List<String> userTables(Database db) {
        return db.read(SqlDumps::userTables);
    }

    /** Makes the file look as if a newer program (schema 99) had migrated it. */
    public static void markAsNewer(Database db) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future',"
                        + " 'SQL', 'V99__future.sql', 0, '', CURRENT_TIMESTAMP, 0, 1)");
            }
            return null;
        });
    }

    public static void execute(Database db, String... statements) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.executeUpdate(sql);
                }
            }
            return null;
        });
    }

    static List<String> userTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SqliteDialect.userTables())) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.append(md.getColumnName(i)).append('=')
                            .append(v == null ? "NULL" : v.getClass().getSimpleName() + ":" + v).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
