package ru.officialpages.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user's own words for the spelling check, and their own officialese phrases (a lexicon
 * file's name and whole text, kept in the database so backups and a move to a new PC carry it).
 */
public final class DictionaryRepository {
    private static final String LEXICON_NAME = "text.userLexicon.name";
    private static final String LEXICON_TEXT = "text.userLexicon.text";
    private final Database db;

    /** A lexicon file as the user loaded it. */
    public record LexiconFile(String name, String content) {
    }

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

    /** Forgets a word: the speller questions it again. */
    public void remove(String word) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM dictionary_word WHERE word = ?")) {
                ps.setString(1, word);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The user's lexicon of officialese, if they loaded one. */
    public java.util.Optional<LexiconFile> lexicon() {
        return db.read(c -> {
            String name = null;
            String text = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE key IN (?, ?)")) {
                ps.setString(1, LEXICON_NAME);
                ps.setString(2, LEXICON_TEXT);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (LEXICON_NAME.equals(rs.getString(1))) {
                            name = rs.getString(2);
                        } else {
                            text = rs.getString(2);
                        }
                    }
                }
            }
            return name == null || text == null ? java.util.Optional.<LexiconFile>empty()
                    : java.util.Optional.of(new LexiconFile(name, text));
        });
    }

    /** Keeps {@code lexicon} in place of an earlier one; null removes it. */
    public void saveLexicon(LexiconFile lexicon) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key IN (?, ?)")) {
                ps.setString(1, LEXICON_NAME);
                ps.setString(2, LEXICON_TEXT);
                ps.executeUpdate();
            }
            if (lexicon != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?), (?, ?)")) {
                    ps.setString(1, LEXICON_NAME);
                    ps.setString(2, lexicon.name());
                    ps.setString(3, LEXICON_TEXT);
                    ps.setString(4, lexicon.content());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
