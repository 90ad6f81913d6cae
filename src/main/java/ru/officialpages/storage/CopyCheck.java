package ru.officialpages.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.storage.CopyRefusedException.Reason;

/**
 * Says whether a database file is a copy of this program's data, before it is put in place of the
 * live file (issue 21): a sound SQLite file, of a schema version this program shipped, whose
 * migration history is ours, whose schema (tables, columns, indexes, triggers, views) is exactly
 * what our migrations make at that version, and which passes SQLite's full {@code integrity_check}.
 * A planted trigger, a dropped table or another program's database is refused with a message
 * naming the file. The schema a version should have is built by running our migrations on a
 * scratch file, so the check can never drift from the migrations themselves.
 */
public final class CopyCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CopyCheck.class);
    private static final String HISTORY = "flyway_schema_history";

    /** Expected schema per version, built once per check (a restore looks at one copy, the offer at several). */
    private final Map<Integer, Map<String, String>> expected = new HashMap<>();

    /** Empty when {@code copy} may be restored; else why not (the desks say it in Russian, naming the file). */
    public Optional<CopyRefusedException> refusal(Path copy) {
        if (!Backups.isSound(copy)) {
            return Optional.of(CopyRefusedException.of(Reason.NOT_SOUND, copy));
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath(), config.toProperties())) {
            Map<String, String> schema = schemaOf(c);
            if (!schema.containsKey("table " + HISTORY)) {
                return Optional.of(CopyRefusedException.of(Reason.FOREIGN, copy));
            }
            int version = Backups.schemaVersion(copy);
            int latest = MigrationFiles.latestVersion();
            if (version > latest) {
                return Optional.of(new CopyRefusedException(Reason.NEWER, copy, "", version, latest));
            }
            if (!historyIsOurs(c, version)) {
                return Optional.of(CopyRefusedException.of(Reason.FOREIGN, copy));
            }
            Map<String, String> ours = expected(version);
            for (Map.Entry<String, String> e : schema.entrySet()) {
                if (!ours.containsKey(e.getKey())) {
                    LOG.warn("Copy {} has an object the migrations do not make: {}", copy, e.getKey());
                    return Optional.of(new CopyRefusedException(Reason.EXTRA, copy, e.getKey(), version, latest));
                }
                if (!ours.get(e.getKey()).equals(e.getValue())) {
                    LOG.warn("Copy {} has a changed object: {}", copy, e.getKey());
                    return Optional.of(new CopyRefusedException(Reason.CHANGED, copy, e.getKey(), version, latest));
                }
            }
            for (String name : ours.keySet()) {
                if (!schema.containsKey(name)) {
                    return Optional.of(new CopyRefusedException(Reason.MISSING, copy, name, version, latest));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SqliteDialect.integrityCheck())) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    return Optional.of(CopyRefusedException.of(Reason.NOT_SOUND, copy));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            LOG.warn("Could not check the copy {}", copy, e);
            return Optional.of(CopyRefusedException.of(Reason.NOT_SOUND, copy));
        }
    }

    /**
     * The schema as "type name" → normalised SQL. SQLite's own tables (statistics, sequences) are
     * left out; Flyway's history table is compared by name only, since its wording is Flyway's.
     */
    private static Map<String, String> schemaOf(Connection c) throws SQLException {
        Map<String, String> schema = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                String type = rs.getString(1);
                String name = rs.getString(2);
                String table = rs.getString(3);
                String sql = rs.getString(4);
                boolean internal = ("table".equals(type) || "index".equals(type)) && name.startsWith("sqlite_");
                if (internal) {
                    continue;
                }
                boolean flyway = HISTORY.equals(table) && !"trigger".equals(type) && !"view".equals(type);
                schema.put(type + " " + name, flyway || sql == null ? "" : sql.replaceAll("\\s+", " ").trim());
            }
        }
        return schema;
    }

    /** Every applied migration succeeded and they are exactly the ones this program ships up to {@code version}. */
    private static boolean historyIsOurs(Connection c, int version) throws SQLException {
        TreeSet<Integer> applied = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + HISTORY + " WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (rs.getInt(2) != 1) {
                    return false;
                }
                try {
                    applied.add(Integer.parseInt(rs.getString(1)));
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        TreeSet<Integer> shipped = new TreeSet<>();
        for (int v : MigrationFiles.versions()) {
            if (v <= version) {
                shipped.add(v);
            }
        }
        return version > 0 && applied.equals(shipped);
    }

    private Map<String, String> expected(int version) throws SQLException {
        Map<String, String> known = expected.get(version);
        if (known != null) {
            return known;
        }
        Path scratch;
        try {
            scratch = Files.createTempFile("official-pages-schema-", ".db");
        } catch (IOException e) {
            throw new SQLException("no scratch file for the schema check", e);
        }
        String url = "jdbc:sqlite:" + scratch.toAbsolutePath();
        try {
            Flyway.configure().dataSource(url, "", "").locations(Database.MIGRATIONS).target(String.valueOf(version))
                    .loggers("slf4j").load().migrate();
            try (Connection c = DriverManager.getConnection(url)) {
                known = schemaOf(c);
            }
        } catch (FlywayException e) {
            throw new SQLException("migrations did not run on the scratch file", e);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(Path.of(scratch + suffix));
                } catch (IOException e) {
                    LOG.debug("Scratch file {} left", scratch, e);
                }
            }
        }
        expected.put(version, known);
        return known;
    }
}
