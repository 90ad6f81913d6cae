package ru.officialpages.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the text of a post or an answer against what the orders ask of it: correct Russian,
 * no officialese, no press-release style, at most two citations of legal acts, and the
 * network's length (see {@link FindingKind}). Findings come sorted by place.
 *
 * <p>Everything but spelling is quick (milliseconds). Spelling waits for LanguageTool to load
 * the first time, so call {@code speller().warmUp()} in the background early, and call
 * {@link #check} off the UI thread. Safe to call from several threads.
 */
public final class TextChecker {
    private final Bureaucratese lexicon;
    private final Speller speller;
    private final LegalCitations citations = new LegalCitations();
    private final Morphology suffixes = new SuffixMorphology();

    public TextChecker(Bureaucratese lexicon, Speller speller) {
        this.lexicon = lexicon;
        this.speller = speller;
    }

    /** The built-in lexicon and a speller that accepts the user's words; nothing loads yet. */
    public static TextChecker standard(PersonalDictionary dictionary) {
        return new TextChecker(Bureaucratese.builtIn(), new Speller(dictionary));
    }

    public Speller speller() {
        return speller;
    }

    public List<Finding> check(String text, CheckOptions options) {
        List<Sentence> sentences = Sentence.in(text);
        Morphology morphology = options.spelling() ? speller.morphology() : suffixes;
        List<Finding> found = new ArrayList<>();
        if (options.spelling()) {
            List<int[]> markup = PostLength.markup(text);
            for (Finding f : speller.check(text)) {
                if (!inside(markup, f)) {
                    found.add(f);
                }
            }
        }
        found.addAll(lexicon.find(text));
        found.addAll(citations.check(text, options.maxCitations()));
        found.addAll(new PressReleaseSigns(morphology).find(text, sentences));
        found.addAll(PostLength.find(text, options));
        Readability.finding(text, sentences).ifPresent(found::add);
        found.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(Finding::kind));
        return found;
    }

    /** The citations of legal acts in {@code text}, for the screen to mark them all. */
    public List<LegalCitations.Citation> citations(String text) {
        return citations.find(text);
    }

    /** Hashtags and links are not words: "#деньпоселка" or "gosuslugi.ru" are not misspellings. */
    private static boolean inside(List<int[]> spans, Finding f) {
        for (int[] s : spans) {
            if (f.start() >= s[0] && f.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
