package ru.officialpages.desk;

import java.util.Optional;
import java.util.Set;
import ru.officialpages.storage.DictionaryRepository;
import ru.officialpages.text.UserLexicon;

/**
 * The clerk's own words for the speller and their own officialese phrases (Настройки → Проверка
 * текста, and «Добавить в словарь» in every text field). Kept with the data, so copies and a move to
 * a new PC carry them.
 */
public final class Dictionary {
    private final DictionaryRepository store;

    public Dictionary(DictionaryRepository store) {
        this.store = store;
    }

    public Set<String> words() {
        return Refusals.said(store::words);
    }

    public void add(String word) {
        Refusals.said(() -> {
            store.add(word);
            return null;
        });
    }

    public void remove(String word) {
        Refusals.said(() -> {
            store.remove(word);
            return null;
        });
    }

    /** The clerk's lexicon as they loaded it, if any. */
    public Optional<UserLexicon> lexicon() {
        return Refusals.said(store::lexicon).map(f -> new UserLexicon(f.name(), f.content()));
    }

    /** Keeps {@code lexicon} in place of the earlier one; null: back to the built-in phrases alone. */
    public void saveLexicon(UserLexicon lexicon) {
        Refusals.said(() -> {
            store.saveLexicon(lexicon == null ? null : new DictionaryRepository.LexiconFile(lexicon.name(), lexicon.content()));
            return null;
        });
    }
}
