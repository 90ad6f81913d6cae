package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.officialpages.domain.Page;

public final class PageRepository {
    private final Database db;

    public PageRepository(Database db) {
        this.db = db;
    }

    /** Adds a page and opens its address history with the creation date. */
    public Page add(Page p) {
        return db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page (organization_id, network_code, address, created_on, deleted_on, weekly_norm)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, p.organizationId());
                ps.setString(2, p.networkCode());
                ps.setString(3, p.address());
                ps.setString(4, p.createdOn().toString());
                ps.setString(5, p.deletedOn() == null ? null : p.deletedOn().toString());
                if (p.weeklyNorm() == null) {
                    ps.setNull(6, Types.INTEGER);
                } else {
                    ps.setInt(6, p.weeklyNorm());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO page_address (page_id, address, valid_from, valid_to) VALUES (?, ?, ?, NULL)")) {
                ps.setLong(1, id);
                ps.setString(2, p.address());
                ps.setString(3, p.createdOn().toString());
                ps.executeUpdate();
            }
            return new Page(id, p.organizationId(), p.networkCode(), p.address(), p.createdOn(), p.deletedOn(),
                    p.weeklyNorm());
        });
    }

    public List<Page> all() {
        return db.read(c -> {
            List<Page> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, organization_id, network_code, address, created_on, deleted_on, weekly_norm"
                            + " FROM page ORDER BY organization_id, network_code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(map(rs));
                }
            }
            return list;
        });
    }

    private static Page map(ResultSet rs) throws SQLException {
        String deleted = rs.getString(6);
        int norm = rs.getInt(7);
        Integer weeklyNorm = rs.wasNull() ? null : norm;
        return new Page(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)), deleted == null ? null : LocalDate.parse(deleted), weeklyNorm);
    }
}
