package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

/** The user's own words for the spelling check. */
public final class DictionaryRepository {
    private final Database db;

    public DictionaryRepository(Database db) {
        this.db = db;
    }

    public Set<String> words() {
        return db.read(c -> {
            Set<String> words = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT word FROM dictionary_word");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
            return words;
        });
    }

    public void add(String word) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dictionary_word WHERE word = ?")) {
                ps.setString(1, word);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dictionary_word (word) VALUES (?)")) {
                ps.setString(1, word);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
