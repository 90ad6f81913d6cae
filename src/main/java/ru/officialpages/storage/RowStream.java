package ru.officialpages.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open result set as a stream, for exports that must not hold a whole register in memory
 * (200,000 moderation records, 50,000 messages). The stream is valid only while the result set
 * is open, i.e. inside the repository's read.
 */
final class RowStream {
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private RowStream() {
    }

    static <T> Stream<T> of(ResultSet rs, RowMapper<T> mapper) {
        Iterator<T> it = new Iterator<>() {
            private Boolean ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = rs.next();
                    } catch (SQLException e) {
                        throw new IllegalStateException("reading rows failed", e); // the transaction says it in Russian
                    }
                }
                return ahead;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ahead = null;
                try {
                    return mapper.map(rs);
                } catch (SQLException e) {
                    throw new IllegalStateException("reading rows failed", e); // the transaction says it in Russian
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
