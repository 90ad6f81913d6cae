package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * The version column of the records two users may edit at once (V26: page, post, message,
 * moderation_record; V28: plan_item, organization). Every edit adds one in its own transaction; an edit that names the version it was
 * made on is refused when the record has another one by then. The row's update holds it until the
 * transaction ends, so of two edits made on the same version exactly one is written, on either engine.
 */
final class Versions {
    private Versions() {
    }

    /** The table of each kind of record that carries a version. */
    static String table(RecordGoneException.Kind kind) {
        return switch (kind) {
            case PAGE -> "page";
            case POST -> "post";
            case MESSAGE -> "message";
            case MODERATION_RECORD -> "moderation_record";
            case PLAN_ITEM -> "plan_item";
            case ORGANIZATION -> "organization";
            // Taken off the list once, by whoever is first (ModerationRepository.takeOff): no version needed.
            case BLACKLIST_ENTRY -> throw new IllegalArgumentException("blacklist entries carry no version");
            // Key-value rows: their version is one of the keys (SettingsRepository.VERSION_KEY).
            case SETTINGS -> throw new IllegalArgumentException("the settings keep their version as a key");
        };
    }

    /** The record's version now; empty when it is gone. */
    static OptionalLong of(Connection c, RecordGoneException.Kind kind, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + table(kind) + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Takes the next version for an edit: made on {@code expected} (empty — on whatever is there). A record
     * gone is {@link RecordGoneException}; one changed since {@code expected}, {@link ChangedMeanwhileException}.
     */
    static void claim(Connection c, RecordGoneException.Kind kind, long id, OptionalLong expected) throws SQLException {
        String sql = "UPDATE " + table(kind) + " SET version = version + 1 WHERE id = ?"
                + (expected.isPresent() ? " AND version = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            if (expected.isPresent()) {
                ps.setLong(2, expected.getAsLong());
            }
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        if (of(c, kind, id).isEmpty()) {
            throw new RecordGoneException(kind, id);
        }
        throw new ChangedMeanwhileException(kind, id);
    }
}
