package ru.officialpages.domain.transfer;

import java.util.List;
import java.util.Optional;

/** A table of the schema as the full export writes it: its columns and the order of its rows. */
public record DataTable(String name, List<DataColumn> columns, String orderBy) {
    public DataTable {
        columns = List.copyOf(columns);
    }

    public Optional<DataColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
