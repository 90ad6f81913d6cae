package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.domain.WeeklyNorms;

/** Settings as key-value rows, so a new setting needs no migration. */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Settings load() {
        Map<String, String> v = db.read(c -> {
            Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
        return of(v);
    }

    /** The settings kept as these keys and values (a district's coordinator reads each settlement's). */
    static Settings of(Map<String, String> v) {
        Settings d = Settings.initial();
        NormPreset preset = parsePreset(v.get("preset"), d.preset());
        WeeklyNorms norms = new WeeklyNorms(
                intOr(v.get("norm.administration"), preset.norms().administration()),
                intOr(v.get("norm.head"), preset.norms().head()),
                intOr(v.get("norm.department"), preset.norms().department()),
                intOr(v.get("norm.institution"), preset.norms().institution()));
        return new Settings(
                v.getOrDefault("municipality", d.municipality()),
                v.getOrDefault("head.name", d.headName()),
                v.getOrDefault("head.position", d.headPosition()),
                v.getOrDefault("preparer.name", d.preparerName()),
                v.getOrDefault("preparer.position", d.preparerPosition()),
                preset,
                norms,
                intOr(v.get("coordinator.noticeDays"), preset.coordinatorNoticeDays()),
                "true".equals(v.get("norm.scaleByWorkingDays")),
                "true".equals(v.get("setup.done")));
    }

    public void save(Settings s) {
        save(s, java.util.OptionalLong.empty());
    }

    /**
     * The settings' version (issue 19 item 7): one more with every save. It is kept as a key among the settings
     * (each settlement's own on a district's server), so it needs no column; settings never saved are version 0.
     */
    static final String VERSION_KEY = "settings.version";

    /** The settings' version now, to name when they are saved from what was shown. */
    public java.util.OptionalLong version() {
        return java.util.OptionalLong.of(db.read(SettingsRepository::version));
    }

    private static long version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, VERSION_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? intOr(rs.getString(1), 0) : 0;
            }
        }
    }

    /**
     * As {@link #save(Settings)}, made on the settings' version {@code expected} (read when they were shown):
     * settings another user has saved since are refused with {@link ChangedMeanwhileException} (kind SETTINGS)
     * and nothing is written. The version's row is updated first, so of two saves made on the same version
     * the second waits for the first and is then refused, on either engine.
     */
    public void save(Settings s, java.util.OptionalLong expected) {
        db.write(c -> {
            long was = expected.isPresent() ? expected.getAsLong() : version(c);
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE setting SET value = ? WHERE key = ? AND value = ?")) {
                ps.setString(1, String.valueOf(was + 1));
                ps.setString(2, VERSION_KEY);
                ps.setString(3, String.valueOf(was));
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                if (was != 0 || version(c) != 0) {
                    throw new ChangedMeanwhileException(RecordGoneException.Kind.SETTINGS, 0);
                }
                try {
                    put(c, VERSION_KEY, "1");
                } catch (SQLException e) {
                    // Two first saves at once on a server: the other one's version row was written first.
                    if (db.dialect().meansDuplicateKey(e)) {
                        throw new ChangedMeanwhileException(RecordGoneException.Kind.SETTINGS, 0);
                    }
                    throw e;
                }
            }
            put(c, "municipality", s.municipality());
            put(c, "head.name", s.headName());
            put(c, "head.position", s.headPosition());
            put(c, "preparer.name", s.preparerName());
            put(c, "preparer.position", s.preparerPosition());
            put(c, "preset", s.preset().name());
            put(c, "norm.administration", String.valueOf(s.norms().administration()));
            put(c, "norm.head", String.valueOf(s.norms().head()));
            put(c, "norm.department", String.valueOf(s.norms().department()));
            put(c, "norm.institution", String.valueOf(s.norms().institution()));
            put(c, "coordinator.noticeDays", String.valueOf(s.coordinatorNoticeDays()));
            put(c, "norm.scaleByWorkingDays", String.valueOf(s.scaleNormByWorkingDays()));
            put(c, "setup.done", String.valueOf(s.setupDone()));
            return null;
        });
    }

    private static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static NormPreset parsePreset(String s, NormPreset fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return NormPreset.valueOf(s);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int intOr(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
