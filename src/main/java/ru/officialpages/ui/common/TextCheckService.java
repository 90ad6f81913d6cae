package ru.officialpages.ui.common;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.LoggerFactory;
import ru.officialpages.text.CheckOptions;
import ru.officialpages.text.Finding;
import ru.officialpages.text.PersonalDictionary;
import ru.officialpages.text.Speller;
import ru.officialpages.text.TextChecker;

/**
 * Checks texts on a thread of its own, never on the UI thread and never in the database's queue.
 * LanguageTool (a second or two of a core and ~50 MB to load) is loaded there on first need: the
 * first check (an editor checks its text as soon as it is built), not at start (issue 20: most
 * sessions open no editor). Until it is ready, checks run without spelling and
 * {@link #spellingReadyProperty()} is false; when it becomes true, editors check again.
 */
public final class TextCheckService implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "text-check");
        t.setDaemon(true);
        return t;
    });
    private final boolean spelling;
    private final ReadOnlyBooleanWrapper spellingReady = new ReadOnlyBooleanWrapper(false);
    private final java.util.concurrent.atomic.AtomicBoolean loadAsked = new java.util.concurrent.atomic.AtomicBoolean();
    /** The user's words, read by the check thread, added to from the UI thread. */
    private final java.util.Set<String> words = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Consumer<String> keepWord;
    private TextChecker checker;
    /** The words of the settlement's names (issue 16 item 9); replaced whole from any thread. */
    private volatile PersonalDictionary settlement = PersonalDictionary.empty();
    /** Held here: {@link ru.officialpages.desk.Changes} holds its listeners weakly. */
    private ru.officialpages.desk.Changes.Listener settlementFollower;
    /** The user's officialese phrases; read and written on the check thread only. */
    private ru.officialpages.text.UserLexicon lexicon;
    private ru.officialpages.desk.Dictionary store;

    /**
     * {@code spelling}: false keeps LanguageTool out entirely (tests, or a machine short of memory).
     * {@code words}: the personal dictionary as stored; {@code keepWord} stores a new word.
     */
    public TextCheckService(boolean spelling, java.util.Set<String> words, Consumer<String> keepWord) {
        this.spelling = spelling;
        this.words.addAll(words.stream().map(PersonalDictionary::fold).toList());
        this.keepWord = keepWord;
    }

    /** Accepts {@code word} from now on, in this and every later check, and keeps it. */
    public void addWord(String word) {
        words.add(PersonalDictionary.fold(word));
        keepWord.accept(word);
    }

    /**
     * Accepts the words of these names in any case from the next check on: the municipality, the
     * organisations, the pages and the responsible people («Иштанского», «Кубышкиной»).
     */
    public void useSettlementNames(java.util.Collection<String> names) {
        settlement = ru.officialpages.text.SettlementWords.of(names);
    }

    /**
     * Reads the settlement's names now and again after every change to the registry or the settings, so a
     * new organisation's or page's words are no misspellings from the next check on, without restart.
     * {@code names} is read on the announcing thread (a desk's, never the UI thread); a failed read keeps
     * the words as they were and is logged.
     */
    public void followSettlementNames(ru.officialpages.desk.Changes changes,
            java.util.function.Supplier<java.util.Collection<String>> names) {
        settlementFollower = what -> {
            try {
                useSettlementNames(names.get());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(TextCheckService.class).warn("Settlement names not re-read", e);
            }
        };
        changes.subscribe(java.util.EnumSet.of(ru.officialpages.desk.Change.PAGES, ru.officialpages.desk.Change.SETTINGS),
                settlementFollower);
        settlementFollower.changed(java.util.Set.of());
    }

    /** Whether the speller takes {@code word} as known: one of the user's words or of the settlement's names. */
    public boolean knows(String word) {
        return words.contains(PersonalDictionary.fold(word)) || settlement.accepts(word);
    }

    /** Questions {@code word} again from the next check on (the caller removes it from storage). */
    public void forgetWord(String word) {
        words.remove(PersonalDictionary.fold(word));
    }

    /**
     * Where the words and the user's lexicon are kept, for Настройки → Проверка текста to list and
     * change them; empty in a window without data behind it (some tests).
     */
    public java.util.Optional<ru.officialpages.desk.Dictionary> store() {
        return java.util.Optional.ofNullable(store);
    }

    public TextCheckService keptIn(ru.officialpages.desk.Dictionary store) {
        this.store = store;
        return this;
    }

    /**
     * Checks with the built-in officialese lexicon and these phrases from the next check on
     * (null: the built-in ones alone). LanguageTool, once loaded, is kept.
     */
    public void useLexicon(ru.officialpages.text.UserLexicon userLexicon) {
        thread.execute(() -> {
            lexicon = userLexicon;
            Speller speller = checker == null ? null : checker.speller();
            checker = null;
            if (speller != null) {
                checker = new TextChecker(bureaucratese(), speller);
            }
        });
    }

    private ru.officialpages.text.Bureaucratese bureaucratese() {
        if (lexicon != null) {
            try {
                return lexicon.withBuiltIn();
            } catch (ru.officialpages.text.LexiconException e) {
                // Checked when loaded; a lexicon kept by an older version may not pass any more.
                LoggerFactory.getLogger(TextCheckService.class).warn("User lexicon {} skipped", lexicon.name(), e);
            }
        }
        return ru.officialpages.text.Bureaucratese.builtIn();
    }

    /** Starts loading LanguageTool in the background, once; checks asked meanwhile run without spelling. */
    public void warmUp() {
        if (spelling && loadAsked.compareAndSet(false, true)) {
            thread.execute(() -> {
                try {
                    checker().speller().warmUp();
                    Platform.runLater(() -> spellingReady.set(true));
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(TextCheckService.class).error("LanguageTool did not load", e);
                }
            });
        }
    }

    /** Checks {@code text} off the UI thread and hands the findings to {@code onResult} on it. */
    public void check(String text, Consumer<List<Finding>> onResult) {
        thread.execute(() -> {
            try {
                TextChecker c = checker();
                CheckOptions options = spelling && c.speller().isLoaded() ? CheckOptions.defaults()
                        : CheckOptions.defaults().withoutSpelling();
                List<Finding> found = c.check(text, options);
                Platform.runLater(() -> onResult.accept(found));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(TextCheckService.class).error("Text check failed", e);
            }
        });
        // After the check: it gives its findings at once, without spelling, instead of waiting for the load.
        warmUp();
    }

    private TextChecker checker() {
        if (checker == null) {
            checker = new TextChecker(bureaucratese(), new Speller(this::knows));
        }
        return checker;
    }

    public ReadOnlyBooleanProperty spellingReadyProperty() {
        return spellingReady.getReadOnlyProperty();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
