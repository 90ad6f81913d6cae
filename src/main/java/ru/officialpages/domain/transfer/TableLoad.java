package ru.officialpages.domain.transfer;

import java.util.List;

/**
 * An empty database taking a full export: what imports' reader fills, answered by storage inside
 * one write transaction and handed over by the transfer desk (issue 15). A refused row throws a
 * {@link StoreException}.
 */
public interface TableLoad {
    /** Every table of the program's schema, in the order they load (parents first). */
    List<DataTable> tables();

    /** The program's schema version: a file of a newer one is refused. */
    int schemaVersion();

    /** Starts a table; {@code columns} are those the file has, in the order {@link #row} gives values. */
    void begin(DataTable table, List<DataColumn> columns);

    /** One row of the table begun last. */
    void row(Object[] values);
}
