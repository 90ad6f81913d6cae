package ru.officialpages.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.Tr;
import ru.officialpages.desk.Dictionary;
import ru.officialpages.text.LexiconException;
import ru.officialpages.text.UserLexicon;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.common.TextCheckService;

/**
 * Настройки → Проверка текста: the user's own officialese phrases from a file (minvody order §7,
 * novokubansky app.2 §10 ask for posts "без канцеляризмов"; every settlement has its own), and
 * the words taught to the speller with «В словарь».
 */
public final class TextCheckSettingsViewModel {
    private final TextCheckService checks;
    private final Dictionary store;
    private final TaskExecutor executor;
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lexicon = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lexiconError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper hasLexicon = new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public TextCheckSettingsViewModel(TextCheckService checks, Dictionary store, TaskExecutor executor) {
        this.checks = checks;
        this.store = store;
        this.executor = executor;
    }

    private record Loaded(List<String> words, Optional<UserLexicon> lexicon) {
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> new Loaded(List.copyOf(store.words()), store.lexicon())).onSuccess(l -> {
            words.setAll(l.words());
            hasLexicon.set(l.lexicon().isPresent());
            lexicon.set(l.lexicon().map(TextCheckSettingsViewModel::describe)
                    .orElse(Tr.tr("settings.lexicon.none")));
        }));
    }

    private static String describe(UserLexicon l) {
        try {
            int n = l.phrases();
            return Tr.tr("settings.lexicon.current", l.name(), n,
                    Tr.plural(n, Tr.tr("settings.lexicon.phrase.one"), Tr.tr("settings.lexicon.phrase.few"),
                            Tr.tr("settings.lexicon.phrase.many")));
        } catch (LexiconException e) {
            return e.getMessage();
        }
    }

    /**
     * Reads and checks the file; a good one replaces the earlier lexicon and is used from the next
     * check on; a bad one changes nothing and the error names its line.
     */
    public void useLexicon(Path file) {
        lexiconError.set("");
        status.set("");
        executor.execute(BackgroundTask.of(p -> {
            UserLexicon l = UserLexicon.read(file);
            store.saveLexicon(l);
            return l;
        }).onSuccess(l -> {
            checks.useLexicon(l);
            hasLexicon.set(true);
            lexicon.set(describe(l));
            status.set(Tr.tr("settings.lexicon.loaded", l.name()));
        }).onFailure(e -> lexiconError.set(e instanceof LexiconException ? e.getMessage()
                : ru.officialpages.desk.Refusals.russian(e))));
    }

    /** Back to the built-in phrases alone. */
    public void removeLexicon() {
        lexiconError.set("");
        executor.execute(BackgroundTask.of(p -> {
            store.saveLexicon(null);
            return true;
        }).onSuccess(ok -> {
            checks.useLexicon(null);
            hasLexicon.set(false);
            lexicon.set(Tr.tr("settings.lexicon.none"));
            status.set(Tr.tr("settings.lexicon.removed"));
        }));
    }

    /** The speller questions the word again. */
    public void removeWord(String word) {
        executor.execute(BackgroundTask.of(p -> {
            store.remove(word);
            return word;
        }).onSuccess(w -> {
            checks.forgetWord(w);
            words.remove(w);
            status.set(Tr.tr("settings.dictionary.removed", w));
        }));
    }

    public ObservableList<String> words() {
        return words;
    }

    public ReadOnlyStringProperty lexiconProperty() {
        return lexicon.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lexiconErrorProperty() {
        return lexiconError.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty hasLexiconProperty() {
        return hasLexicon.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
