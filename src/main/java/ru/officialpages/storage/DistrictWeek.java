package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;

/**
 * What a district's coordinator reads for a week (issue 19): every settlement's pages with their posts,
 * its settings (the norms), its moderation and its messages. Only a coordinator's login (or the owner)
 * may: a settlement's login is refused with «нет прав» before anything is read.
 */
public final class DistrictWeek {
    /** A page of a settlement, with the times of its posts in the week. */
    public record PageWeek(String settlement, Settings settings, OrganizationKind kind, String organization, Page page,
            String network, List<LocalDateTime> posts) {
    }

    /**
     * A settlement's moderation records of the week, its messages still open (and of those, overdue) at {@code now},
     * how many of its pages the quarterly registry drawn up as of the given day holds, and the day the settlement
     * marked that registry placed on the website (V27), if it did.
     */
    public record SettlementWeek(String settlement, int moderationRecords, int messagesOpen, int messagesLate,
            int registryPages, java.util.Optional<LocalDate> registryPlacedOn) {
    }

    public record Data(List<PageWeek> pages, List<SettlementWeek> settlements) {
    }

    private final Database db;

    public DistrictWeek(Database db) {
        this.db = db;
    }

    /**
     * The week from {@code monday}; {@code registryAsOf} is the last day of the quarter whose registry
     * (novoaltaysk-608 §3.3) the coordinator checks: pages active that day are counted per settlement.
     */
    public Data read(LocalDate monday, LocalDateTime now, LocalDate registryAsOf) {
        if (db.server().isEmpty()) {
            throw new StorageException(StorageException.Failure.NOT_ON_SERVER);
        }
        String from = monday.toString();
        String to = monday.plusDays(7).toString();
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT district_coordinator(current_user)"
                    + " OR (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'page') = current_user")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new StorageException(StorageException.Failure.COORDINATOR_ONLY);
                }
            }
            Map<Integer, String> names = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM district_settlement ORDER BY name")) {
                while (rs.next()) {
                    names.put(rs.getInt(1), rs.getString(2));
                }
            }
            Map<Integer, Map<String, String>> settingValues = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT settlement_id, key, value FROM setting"
                    + " WHERE settlement_id IS NOT NULL")) {
                while (rs.next()) {
                    settingValues.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            Map<Long, List<LocalDateTime>> posts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT page_id, published_at FROM post WHERE published_at >= ? AND published_at < ?")) {
                ps.setString(1, from);
                ps.setString(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        posts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Iso.moment(rs.getString(2)));
                    }
                }
            }
            List<PageWeek> pages = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.settlement_id, o.kind, o.name, p.id, p.organization_id,"
                    + " p.network_code, p.address, p.created_on, p.deleted_on, p.weekly_norm, n.name FROM page p"
                    + " JOIN organization o ON o.id = p.organization_id JOIN network n ON n.code = p.network_code"
                    + " WHERE p.settlement_id IS NOT NULL AND p.created_on < ? AND (p.deleted_on IS NULL OR p.deleted_on > ?)"
                    + " ORDER BY o.name, p.address")) {
                ps.setString(1, to);
                ps.setString(2, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int settlement = rs.getInt(1);
                        String deleted = rs.getString(9);
                        int norm = rs.getInt(10);
                        Integer weeklyNorm = rs.wasNull() ? null : norm;
                        Page page = new Page(rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                                Iso.date(rs.getString(8)), deleted == null ? null : Iso.date(deleted), weeklyNorm);
                        pages.add(new PageWeek(names.getOrDefault(settlement, ""),
                                SettingsRepository.of(settingValues.getOrDefault(settlement, Map.of())),
                                OrganizationKind.valueOf(rs.getString(2)), rs.getString(3), page, rs.getString(11),
                                posts.getOrDefault(page.id(), List.of())));
                    }
                }
            }
            pages.sort(java.util.Comparator.comparing(PageWeek::settlement));
            Map<Integer, int[]> counts = new HashMap<>();
            count(c, "SELECT settlement_id, COUNT(*) FROM moderation_record WHERE noticed_at >= ? AND noticed_at < ?"
                    + " GROUP BY settlement_id", counts, 0, from, to);
            count(c, "SELECT settlement_id, COUNT(*) FROM message WHERE due_at IS NOT NULL GROUP BY settlement_id", counts, 1);
            count(c, "SELECT settlement_id, COUNT(*) FROM message WHERE due_at IS NOT NULL AND due_at < ? GROUP BY settlement_id",
                    counts, 2, Iso.minute(now));
            count(c, "SELECT settlement_id, COUNT(*) FROM page WHERE created_on <= ? AND (deleted_on IS NULL OR deleted_on > ?)"
                    + " GROUP BY settlement_id", counts, 3, registryAsOf.toString(), registryAsOf.toString());
            Map<Integer, LocalDate> placed = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT settlement_id, placed_on FROM registry_placement"
                    + " WHERE year = ? AND quarter = ?")) {
                ps.setInt(1, registryAsOf.getYear());
                ps.setInt(2, (registryAsOf.getMonthValue() - 1) / 3 + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        placed.put(rs.getInt(1), Iso.date(rs.getString(2)));
                    }
                }
            }
            List<SettlementWeek> settlements = new ArrayList<>();
            names.forEach((id, name) -> {
                int[] n = counts.getOrDefault(id, new int[4]);
                settlements.add(new SettlementWeek(name, n[0], n[1], n[2], n[3], java.util.Optional.ofNullable(placed.get(id))));
            });
            return new Data(pages, settlements);
        });
    }

    private static void count(java.sql.Connection c, String sql, Map<Integer, int[]> counts, int slot, String... args)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getInt(1), k -> new int[4])[slot] = rs.getInt(2);
                }
            }
        }
    }
}
