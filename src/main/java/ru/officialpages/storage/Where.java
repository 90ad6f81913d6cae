package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A register's filter as SQL: the WHERE clause (empty when nothing filters) and its parameters in order. */
record Where(String sql, List<Object> args) {
    static Where of(List<String> conditions, List<Object> args) {
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }
}
