package ru.officialpages.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.officialpages.i18n.Tr;

/**
 * Officialese ("канцелярит") and its plainer words: minvody order §7 and novokubansky app.2 §10
 * ask for the style of social networks "без использования канцеляризмов".
 *
 * <p>The lexicon is a UTF-8 file of lines {@code phrase<TAB>alternatives<TAB>note}: alternatives
 * are separated by {@code ;} (empty when the fix is to rephrase), the note is optional,
 * {@code #} starts a comment. A phrase is words separated by spaces; a word may end with
 * {@code *} to match any ending ("осуществля*" finds "осуществляется", "осуществлял"), or list
 * forms with {@code |} ("данный|данная|данное"). Matching ignores case and reads ё as е, and
 * holds to word boundaries. Only phrases without {@code *} offer their alternatives as a
 * one-click fix: a stem's alternative would not agree with the sentence.
 */
public final class Bureaucratese {
    static final String BUILT_IN = "bureaucratese.tsv";

    /** One line of the lexicon. */
    public record Entry(String phrase, List<String> alternatives, String note, Pattern pattern, boolean exact) {
    }

    private final List<Entry> entries;

    private Bureaucratese(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon shipped with the program. */
    public static Bureaucratese builtIn() {
        try (InputStream in = Bureaucratese.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            return new Bureaucratese(parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This lexicon and the user's lines from {@code extra} (same format); {@code name} is for messages. */
    public Bureaucratese with(Reader extra, String name) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(parse(extra, name));
        return new Bureaucratese(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every phrase of the lexicon in {@code text}; where two overlap the longer one wins. */
    public List<Finding> find(String text) {
        String folded = fold(text);
        List<Finding> found = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(folded);
            while (m.find()) {
                String fragment = text.substring(m.start(), m.end());
                List<String> fixes = e.exact()
                        ? e.alternatives().stream().map(a -> sameCase(fragment, a)).toList()
                        : List.of();
                String message = e.alternatives().isEmpty()
                        ? Tr.tr("text.bureaucratese.rephrase", fragment)
                        : Tr.tr("text.bureaucratese.message", fragment, String.join(", ", e.alternatives()));
                if (!e.note().isEmpty()) {
                    message = message + " " + e.note();
                }
                found.add(Finding.of(text, m.start(), m.end(), FindingKind.BUREAUCRATESE, Severity.HINT, message, fixes,
                        "bureaucratese:" + e.phrase()));
            }
        }
        return longestFirst(found);
    }

    /** Drops a finding that lies inside a longer one ("в рамках" inside "в рамках реализации"). */
    private static List<Finding> longestFirst(List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        List<Finding> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Finding f : sorted) {
            if (f.end() <= coveredTo) {
                continue;
            }
            kept.add(f);
            coveredTo = Math.max(coveredTo, f.end());
        }
        return kept;
    }

    static List<Entry> parse(Reader reader, String name) {
        List<Entry> entries = new ArrayList<>();
        LexiconLines.read(reader, name, (number, cells) -> {
            String phrase = cells[0].strip();
            if (phrase.isEmpty() || cells.length > 3 || !phrase.matches("[\\p{L}\\d*| -]+")) {
                throw new LexiconException(Tr.tr("text.lexicon.badLine", name, number));
            }
            List<String> alternatives = cells.length > 1
                    ? Arrays.stream(cells[1].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            String note = cells.length > 2 ? cells[2].strip() : "";
            entries.add(new Entry(phrase, alternatives, note, compile(phrase), !phrase.contains("*")));
        });
        return entries;
    }

    private static Pattern compile(String phrase) {
        String words = Arrays.stream(fold(phrase).split("\\s+"))
                .map(Bureaucratese::wordPattern)
                .collect(Collectors.joining("[\\s\u00A0]+"));
        return Pattern.compile("(?<![\\p{L}\\d])" + words + "(?![\\p{L}\\d])");
    }

    private static String wordPattern(String word) {
        return Arrays.stream(word.split("\\|"))
                .map(form -> form.endsWith("*")
                        ? Pattern.quote(form.substring(0, form.length() - 1)) + "[\\p{L}-]*"
                        : Pattern.quote(form))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Lower case with ё as е, keeping every offset: each char maps to one char. */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = Character.toLowerCase(chars[i]);
            chars[i] = c == 'ё' ? 'е' : c;
        }
        return new String(chars);
    }

    private static String sameCase(String fragment, String alternative) {
        if (!fragment.isEmpty() && Character.isUpperCase(fragment.charAt(0)) && !alternative.isEmpty()) {
            return alternative.substring(0, 1).toUpperCase(Locale.ROOT) + alternative.substring(1);
        }
        return alternative;
    }
}
