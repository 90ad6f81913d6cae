package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import ru.officialpages.domain.transfer.DataColumn;
import ru.officialpages.domain.transfer.DataTable;
import ru.officialpages.domain.transfer.ValueKind;

/**
 * Inserts the rows of a full export, table by table in {@link DataTables#ALL} order, inside the one
 * transaction {@link DataTransfer#load} opened: any refused row undoes the whole load. Foreign keys
 * stay checked row by row, so a refusal can name the row that broke them.
 */
public final class FullLoad implements ru.officialpages.domain.transfer.TableLoad {
    private final Connection connection;
    private PreparedStatement insert;
    private int width;
    /** Text columns that may not be NULL: an empty cell there is an empty text (Excel drops empty strings on saving). */
    private boolean[] emptyIsBlank;
    private long rows;

    private final Dialect dialect;
    private final java.util.List<String> tables = new java.util.ArrayList<>();

    /** Columns of the current table that hold an id (the row's own or a reference): moved up by {@link #shift}. */
    private boolean[] isId;
    /** How far the file's ids are moved up (Dialect#idsShift); read at the first table. */
    private long shift = -1;

    /** Tables whose rows the file has but this load keeps what is there (a district's shared networks). */
    private final java.util.Set<String> skipped;
    private boolean skipping;

    FullLoad(Connection connection, Dialect dialect) {
        this(connection, dialect, java.util.Set.of());
    }

    FullLoad(Connection connection, Dialect dialect, java.util.Set<String> skipped) {
        this.connection = connection;
        this.dialect = dialect;
        this.skipped = skipped;
    }

    @Override
    public List<DataTable> tables() {
        return DataTables.ALL;
    }

    @Override
    public int schemaVersion() {
        return DataTransfer.programSchemaVersion();
    }

    /** Starts a table; {@code columns} are those the file has, in the order {@link #row} gives values. */
    public void begin(DataTable table, List<DataColumn> columns) {
        closeInsert();
        skipping = skipped.contains(table.name());
        if (skipping) {
            return;
        }
        tables.add(table.name());
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (DataColumn c : columns) {
            names.append(names.length() == 0 ? "" : ", ").append('"').append(c.name()).append('"');
            marks.append(marks.length() == 0 ? "?" : ", ?");
        }
        try {
            insert = connection.prepareStatement("INSERT INTO " + table.name() + " (" + names + ") VALUES (" + marks + ")");
            width = columns.size();
            java.util.Set<String> notNull = new java.util.HashSet<>();
            try (java.sql.Statement s = connection.createStatement();
                 java.sql.ResultSet rs = s.executeQuery(dialect.columnsOf(table.name()))) {
                while (rs.next()) {
                    if (rs.getInt("notnull") == 1) {
                        notNull.add(rs.getString("name"));
                    }
                }
            }
            emptyIsBlank = new boolean[width];
            isId = new boolean[width];
            for (int i = 0; i < width; i++) {
                DataColumn c = columns.get(i);
                emptyIsBlank[i] = c.kind() == ValueKind.TEXT && notNull.contains(c.name());
                isId[i] = holdsId(c);
            }
            if (shift < 0) {
                shift = dialect.idsShift(connection);
            }
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.TABLE_REFUSED, e, e.getMessage());
        }
    }

    /**
     * One row. A refusal (a repeated key, a reference to a row the file lacks, a missing required
     * value) comes back as a StorageException whose failure says which.
     */
    public void row(Object[] values) {
        if (skipping) {
            return;
        }
        try {
            for (int i = 0; i < width; i++) {
                Object v = values[i] == null && emptyIsBlank[i] ? "" : values[i];
                if (isId[i] && shift > 0 && v instanceof Number n) {
                    v = n.longValue() + shift;
                }
                insert.setObject(i + 1, StoredValue.stored(v));
            }
            insert.executeUpdate();
            rows++;
        } catch (SQLException e) {
            // A lost connection, missing rights or a busy server is not this row's fault: said as such.
            throw new StorageException(dialect.failure(e).orElseGet(() -> reason(e)), e);
        }
    }

    public long rowsLoaded() {
        return rows;
    }

    void finish() {
        closeInsert();
    }

    /** After the last row: the ids the rows came with are taken, new rows get ids above them. */
    void idsTaken() throws SQLException {
        dialect.afterIdsLoaded(connection, tables);
    }

    /**
     * A row's id or a reference to one ({@code page_id}, a comment's {@code parent_id}, a plan series): not a
     * platform's own number ({@code owner_id}).
     */
    private static boolean holdsId(DataColumn c) {
        return c.kind() == ValueKind.INTEGER && (c.name().equals("id") || c.name().endsWith("_id"))
                && !c.name().equals("owner_id");
    }

    private static StorageException.Failure reason(SQLException e) {
        String m = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        if (m.contains("FOREIGN KEY")) {
            return StorageException.Failure.ROW_REFERENCE;
        }
        if (m.contains("UNIQUE") || m.contains("PRIMARY KEY")) {
            return StorageException.Failure.ROW_DUPLICATE;
        }
        if (m.contains("NOT NULL")) {
            return StorageException.Failure.ROW_REQUIRED;
        }
        return StorageException.Failure.ROW_REFUSED;
    }

    private void closeInsert() {
        if (insert != null) {
            try {
                insert.close();
            } catch (SQLException e) {
                // Closing a finished statement cannot lose data.
            }
            insert = null;
        }
    }
}
