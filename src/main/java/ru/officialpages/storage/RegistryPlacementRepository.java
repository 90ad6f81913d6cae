package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.officialpages.domain.RegistryPlacement;

/** The marks of the quarterly registry placed on the website (V27), one per quarter. */
public final class RegistryPlacementRepository {
    private final Database db;

    public RegistryPlacementRepository(Database db) {
        this.db = db;
    }

    public Optional<RegistryPlacement> of(int year, int quarter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT year, quarter, placed_on, url FROM registry_placement WHERE year = ? AND quarter = ?")) {
                ps.setInt(1, year);
                ps.setInt(2, quarter);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(placement(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every mark, the newest quarter first. */
    public List<RegistryPlacement> all() {
        return db.read(c -> {
            List<RegistryPlacement> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT year, quarter, placed_on, url FROM registry_placement ORDER BY year DESC, quarter DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(placement(rs));
                }
            }
            return list;
        });
    }

    /** Marks the quarter's registry placed; a mark made before for the quarter is corrected. */
    public void mark(RegistryPlacement placement, LocalDateTime now) {
        db.write(c -> {
            delete(c, placement.year(), placement.quarter());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO registry_placement (year, quarter, placed_on, url, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setInt(1, placement.year());
                ps.setInt(2, placement.quarter());
                ps.setString(3, placement.placedOn().toString());
                ps.setString(4, placement.url());
                ps.setString(5, Iso.minute(now));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Takes the quarter's mark back (made by mistake): the registry counts as not placed again. */
    public boolean unmark(int year, int quarter) {
        return db.write(c -> delete(c, year, quarter) > 0);
    }

    private static int delete(java.sql.Connection c, int year, int quarter) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM registry_placement WHERE year = ? AND quarter = ?")) {
            ps.setInt(1, year);
            ps.setInt(2, quarter);
            return ps.executeUpdate();
        }
    }

    private static RegistryPlacement placement(ResultSet rs) throws java.sql.SQLException {
        return new RegistryPlacement(rs.getInt(1), rs.getInt(2), Iso.date(rs.getString(3)), rs.getString(4));
    }
}
