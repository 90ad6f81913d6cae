package ru.officialpages.domain.transfer;

import java.util.List;
import java.util.stream.Stream;

/**
 * The whole data read for the full export: what report's writer takes, answered by storage inside
 * one read transaction and handed over by the transfer desk (issue 15).
 */
public interface TableDump {
    /** Every table of the schema, in the order the export writes them. */
    List<DataTable> tables();

    /** The schema version of the data. */
    int schemaVersion();

    long count(DataTable table);

    /** The rows of {@code table} in key order, one value per column of the table. */
    Stream<Object[]> rows(DataTable table);
}
