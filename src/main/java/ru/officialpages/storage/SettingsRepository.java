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
        db.write(c -> {
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
