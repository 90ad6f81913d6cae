package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import ru.officialpages.domain.Network;

public final class NetworkRepository {
    private final Database db;

    public NetworkRepository(Database db) {
        this.db = db;
    }

    public List<Network> all() {
        return db.read(c -> {
            List<Network> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name, host FROM network ORDER BY position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Network(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return list;
        });
    }
}
