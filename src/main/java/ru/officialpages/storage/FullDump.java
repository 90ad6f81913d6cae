package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import ru.officialpages.domain.transfer.DataTable;

/**
 * Every table read whole, in key order, inside one read transaction: one consistent moment of
 * the data even if the export takes a while. Rows stream from the cursor, so 300,000 posts never
 * sit in memory at once.
 */
public final class FullDump implements ru.officialpages.domain.transfer.TableDump {
    private final Connection connection;
    private final Dialect dialect;

    FullDump(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public List<DataTable> tables() {
        return DataTables.ALL;
    }

    /** The schema version of the data (Flyway's newest applied migration). */
    public int schemaVersion() {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(dialect.appliedVersionQuery())) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.DRIVER_SAID, e, e.getMessage());
        }
    }

    public long count(DataTable table) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.DRIVER_SAID, e, e.getMessage());
        }
    }

    /**
     * The rows of {@code table}, one array per row in the order of its columns, with values as
     * {@link StoredValue#shown} makes them. The query runs when the first row is asked for; closing
     * the stream closes the cursor.
     */
    public Stream<Object[]> rows(DataTable table) {
        Cursor cursor = new Cursor(table);
        return StreamSupport.stream(cursor, false).onClose(cursor::close);
    }

    private final class Cursor extends Spliterators.AbstractSpliterator<Object[]> {
        private final DataTable table;
        private PreparedStatement statement;
        private ResultSet rs;

        Cursor(DataTable table) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.table = table;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Object[]> action) {
            try {
                if (statement == null) {
                    StringBuilder sql = new StringBuilder("SELECT ");
                    for (int i = 0; i < table.columns().size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append('"').append(table.columns().get(i).name()).append('"');
                    }
                    sql.append(" FROM ").append(table.name()).append(" ORDER BY ").append(table.orderBy());
                    statement = connection.prepareStatement(sql.toString());
                    rs = statement.executeQuery();
                }
                if (!rs.next()) {
                    return false;
                }
                Object[] row = new Object[table.columns().size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = StoredValue.shown(rs.getObject(i + 1), table.columns().get(i).kind());
                }
                action.accept(row);
                return true;
            } catch (SQLException e) {
                throw new StorageException(StorageException.Failure.DRIVER_SAID, e, e.getMessage());
            }
        }

        void close() {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException e) {
                // A cursor that will not close holds nothing the transaction's end does not release.
            }
        }
    }
}
