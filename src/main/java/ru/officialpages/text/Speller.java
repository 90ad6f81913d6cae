package ru.officialpages.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import ru.officialpages.i18n.Tr;

/**
 * Spelling and grammar from LanguageTool's Russian module, offline (minvody order §6 and
 * novokubansky app.2 §8: "в соответствии с правилами орфографии и пунктуации").
 *
 * <p>Loading takes seconds (design.md: init ~2.5 s, the first check ~3–4 s, then ~0.2 s), so
 * nothing is loaded until asked: call {@link #warmUp()} off the UI thread when the program
 * starts, or {@link #warmUpAsync(Executor)}. A JLanguageTool is not thread-safe; this class
 * keeps one and lets one check run at a time, which is what one user typing needs. Every
 * method may be called from any thread.
 */
public final class Speller {
    private static final String SAMPLE = "Приглашаем жителей на субботник в субботу. Будем учавствовать всей семьёй!";

    private final PersonalDictionary dictionary;
    private final CommonTypos typos = CommonTypos.builtIn();
    private final Object lock = new Object();
    private volatile JLanguageTool tool;
    /** Set with {@code tool}, under {@code lock}. */
    private Language language;

    public Speller(PersonalDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** True once LanguageTool is loaded: checks will not wait for it. */
    public boolean isLoaded() {
        return tool != null;
    }

    /** Loads LanguageTool's Russian module (seconds). Blocks; idempotent. */
    public void load() {
        synchronized (lock) {
            loaded();
        }
    }

    /**
     * Loads LanguageTool and runs one check: the first check after loading is itself slow (it
     * reads the rest of the rules and dictionaries), the ones after it are quick. Blocks; idempotent.
     */
    public void warmUp() {
        check(SAMPLE);
    }

    /** {@link #warmUp()} on {@code executor}. */
    public CompletableFuture<Void> warmUpAsync(Executor executor) {
        return CompletableFuture.runAsync(this::warmUp, executor);
    }

    /** Spelling and grammar findings for {@code text}; loads LanguageTool first if needed. */
    public List<Finding> check(String text) {
        List<RuleMatch> matches;
        synchronized (lock) {
            JLanguageTool lt = loaded();
            try {
                matches = lt.check(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (RuleMatch m : matches) {
            int start = Math.max(0, m.getFromPos());
            int end = Math.min(text.length(), m.getToPos());
            if (end <= start) {
                continue;
            }
            boolean spelling = m.getRule().isDictionaryBasedSpellingRule()
                    || m.getRule().getLocQualityIssueType() == ITSIssueType.Misspelling;
            if (spelling && dictionary.accepts(text.substring(start, end))) {
                continue;
            }
            List<String> suggestions = m.getSuggestedReplacements();
            if (spelling) {
                // LanguageTool ranks by edit distance; a known slip gets its right word first.
                suggestions = typos.first(text.substring(start, end), suggestions);
            }
            suggestions = suggestions.stream().limit(5).toList();
            findings.add(Finding.of(text, start, end, spelling ? FindingKind.SPELLING : FindingKind.GRAMMAR,
                    Severity.ERROR, message(m, spelling), suggestions, m.getRule().getId()));
        }
        return findings;
    }

    /** LanguageTool's dictionary as a {@link Morphology}; loads LanguageTool if needed. */
    Morphology morphology() {
        load();
        return new DictionaryMorphology();
    }

    private JLanguageTool loaded() {
        JLanguageTool lt = tool;
        if (lt == null) {
            language = new CheckedRussian();
            lt = new JLanguageTool(language);
            tool = lt;
        }
        return lt;
    }

    private static String message(RuleMatch m, boolean spelling) {
        // LanguageTool marks suggestions with <suggestion> tags; the generic speller text is ours.
        if (spelling && m.getRule().isDictionaryBasedSpellingRule()) {
            return m.getSuggestedReplacements().isEmpty()
                    ? Tr.tr("text.spelling.unknown")
                    : Tr.tr("text.spelling.suggest");
        }
        return m.getMessage().replace("<suggestion>", "«").replace("</suggestion>", "»");
    }

    /** Word forms from LanguageTool's Russian tagger: tags like {@code NN:Inanim:Fem:Sin:R} (R genitive, T instrumental). */
    private final class DictionaryMorphology implements Morphology {
        @Override
        public boolean mayBeGenitiveNoun(String word) {
            return anyTag(word, "NN", "R");
        }

        @Override
        public boolean mayBeInstrumentalNoun(String word) {
            return anyTag(word, "NN", "T");
        }

        @Override
        public boolean isShortPassiveParticiple(String word) {
            for (AnalyzedToken t : readings(word)) {
                if (t.getPOSTag() != null && t.getPOSTag().startsWith("PT_Short")) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String name() {
            return "LanguageTool";
        }

        private boolean anyTag(String word, String pos, String grammaticalCase) {
            for (AnalyzedToken t : readings(word)) {
                String tag = t.getPOSTag();
                if (tag != null && tag.startsWith(pos + ":") && List.of(tag.split(":")).contains(grammaticalCase)) {
                    return true;
                }
            }
            return false;
        }

        private AnalyzedTokenReadings readings(String word) {
            // The tagger shares its dictionary lookup with the checks: one at a time.
            synchronized (lock) {
                try {
                    // It reads a word in lower case as well, so "Администрацией" is found.
                    return language.getTagger().tag(List.of(word)).get(0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
