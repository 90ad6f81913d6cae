package ru.officialpages.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.officialpages.i18n.Tr;

/**
 * Finds obscene words in a comment, every seed's first-named ground for deletion besides spam
 * (minvody order §8, novoaltaysk §2.5, novokubansky app.2 §14, ishtan §8).
 *
 * <p>Commenters disguise such words, so each word is normalized before matching: Latin and
 * digit look-alikes become Russian letters ("xyй", "3a", "6ля"), dots, dashes, asterisks and
 * underscores between letters are dropped ("х.у.й", "х-у-й"), a letter written several times
 * counts once ("хуууй"), and single letters separated by spaces are read together ("х у й").
 * An asterisk may also stand for a hidden letter ("бл*дь").
 *
 * <p>Ordinary words must not be flagged ("рубля", "застрахуйте", "мандарин"), so a root only
 * counts at the start of a word or after a known prefix, and an allow-list of ordinary stems
 * vetoes matches inside them. The lexicon is a data file: obscene-roots.tsv.
 */
public final class ObsceneWords {
    static final String BUILT_IN = "obscene-roots.tsv";
    /** A hidden letter ("бл*дь"): matches any letter of a root. */
    private static final char WILDCARD = '?';
    /** Read together only runs of at least this many spaced single letters, so "и в" stays apart. */
    private static final int SPACED_RUN = 3;

    private enum Kind { STEM, WORD, ANY }

    private record Root(String text, Kind kind) {
    }

    private final List<Root> roots;
    private final Set<String> prefixes;
    private final List<String> allowed;

    private ObsceneWords(List<Root> roots, Set<String> prefixes, List<String> allowed) {
        this.roots = List.copyOf(roots);
        this.prefixes = Set.copyOf(prefixes);
        this.allowed = List.copyOf(allowed);
    }

    /** The lexicon shipped with the program. */
    public static ObsceneWords builtIn() {
        try (InputStream in = ObsceneWords.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon in the format of obscene-roots.tsv; {@code name} is for messages. */
    public static ObsceneWords parse(Reader reader, String name) {
        List<Root> roots = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        prefixes.add("");
        List<String> allowed = new ArrayList<>();
        LexiconLines.read(reader, name, (number, cells) -> {
            if (cells.length != 2 || !cells[1].strip().matches("[а-яё]+")) {
                throw new LexiconException(Tr.tr("text.lexicon.badLine", name, number));
            }
            String text = collapse(cells[1].strip().replace('ё', 'е'));
            switch (cells[0].strip()) {
                case "stem" -> roots.add(new Root(text, Kind.STEM));
                case "word" -> roots.add(new Root(text, Kind.WORD));
                case "any" -> roots.add(new Root(text, Kind.ANY));
                case "prefix" -> prefixes.add(text);
                case "allow" -> allowed.add(text);
                default -> throw new LexiconException(Tr.tr("text.lexicon.badLine", name, number));
            }
        });
        return new ObsceneWords(roots, prefixes, allowed);
    }

    /** The obscene words of {@code text}, each as the whole word as written, in text order. */
    public List<CommentHint> find(String text) {
        List<CommentHint> hints = new ArrayList<>();
        List<Token> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            int runEnd = spacedRunEnd(text, tokens, i);
            if (runEnd - i >= SPACED_RUN) {
                List<Token> run = tokens.subList(i, runEnd);
                if (run.stream().anyMatch(t -> isObscene(t.chars()))) {
                    // A word inside the run (or the run itself) is obscene: flag the run as written.
                    hints.add(CommentHint.of(text, HintKind.OBSCENE_WORD, run.get(0).start(), run.get(run.size() - 1).end()));
                } else {
                    StringBuilder joined = new StringBuilder();
                    run.forEach(t -> joined.append(t.chars()));
                    if (isObscene(joined.toString())) {
                        hints.add(CommentHint.of(text, HintKind.OBSCENE_WORD, run.get(0).start(), run.get(run.size() - 1).end()));
                    }
                }
                i = runEnd;
                continue;
            }
            Token t = tokens.get(i);
            if (isObscene(t.chars())) {
                hints.add(CommentHint.of(text, HintKind.OBSCENE_WORD, t.start(), t.end()));
            }
            i++;
        }
        return hints;
    }

    /**
     * A word as written: {@code chars} holds its letters, look-alikes and joiners exactly as in
     * the text, {@code [start, end)} where it stands.
     */
    private record Token(int start, int end, String chars) {
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '3' || c == '0' || c == '6' || c == '@';
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '-' || c == '*' || c == '_' || c == '\u2010' || c == '\u2013';
    }

    /** Words: runs of word characters, possibly joined by dots, dashes, asterisks or underscores. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int j = i;
            while (j < n) {
                char c = text.charAt(j);
                if (isWordChar(c)) {
                    j++;
                    end = j;
                } else if (isJoiner(c)) {
                    int k = j;
                    while (k < n && isJoiner(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && isWordChar(text.charAt(k))) {
                        j = k;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            String chars = text.substring(start, end);
            if (chars.chars().anyMatch(Character::isLetter)) {
                tokens.add(new Token(start, end, chars));
            }
            i = Math.max(j, end);
            if (i == start) {
                i++;
            }
        }
        return tokens;
    }

    /** The end (exclusive) of a run of single letters separated by spaces only, starting at {@code from}. */
    private static int spacedRunEnd(String text, List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).chars().length() == 1) {
            if (k > from) {
                String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
                if (gap.isEmpty() || gap.length() > 2 || !gap.isBlank()) {
                    break;
                }
            }
            k++;
        }
        return k;
    }

    private boolean isObscene(String written) {
        for (String candidate : normalizations(written)) {
            if (matches(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Russian readings of a word as written: look-alikes mapped, repeats collapsed; with
     * asterisks both dropped and read as a hidden letter; Latin b as "в", "ь" or "б".
     */
    static List<String> normalizations(String written) {
        String lower = written.toLowerCase(Locale.ROOT).replace('ё', 'е');
        boolean hasCyrillic = lower.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        boolean allLookAlike = lower.chars().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || lookAlike((char) c, 'в') != 0);
        // A plain English word ("hello") is left alone; one that reads as Russian ("xyй", "XYE") is mapped.
        boolean map = hasCyrillic || allLookAlike;
        List<String> out = new ArrayList<>(4);
        for (char b : new char[] {'в', 'ь', 'б'}) {
            for (boolean starIsLetter : new boolean[] {false, true}) {
                StringBuilder s = new StringBuilder(lower.length());
                for (int i = 0; i < lower.length(); i++) {
                    char c = lower.charAt(i);
                    if (c == '*') {
                        if (starIsLetter && (s.length() == 0 || s.charAt(s.length() - 1) != WILDCARD)) {
                            s.append(WILDCARD);
                        }
                        continue;
                    }
                    if (isJoiner(c)) {
                        continue;
                    }
                    char mapped = map ? lookAlike(c, b) : 0;
                    if (mapped == 0 && hasCyrillic) {
                        mapped = transliterated(c);
                    }
                    s.append(mapped != 0 ? mapped : c);
                }
                String reading = collapse(s.toString());
                if (!out.contains(reading)) {
                    out.add(reading);
                }
                if (lower.indexOf('*') < 0) {
                    break;
                }
            }
            if (lower.indexOf('b') < 0) {
                break;
            }
        }
        return out;
    }

    /** The Russian letter {@code c} imitates, or 0; {@code b} is the reading chosen for Latin b. */
    private static char lookAlike(char c, char b) {
        return switch (c) {
            case 'a', '@' -> 'а';
            case 'e' -> 'е';
            case 'o', '0' -> 'о';
            case 'p' -> 'р';
            case 'c' -> 'с';
            case 'x' -> 'х';
            case 'y' -> 'у';
            case 'k' -> 'к';
            case 'm' -> 'м';
            case 't' -> 'т';
            case 'h' -> 'н';
            case 'u' -> 'и';
            case 'n' -> 'п';
            case 'b' -> b;
            case '3' -> 'з';
            case '6' -> 'б';
            default -> 0;
        };
    }

    /**
     * In a word that already has Russian letters, a Latin letter that does not look like one
     * stands for its transliteration ("pizdец").
     */
    private static char transliterated(char c) {
        return switch (c) {
            case 'i' -> 'и';
            case 'z' -> 'з';
            case 'd' -> 'д';
            case 'l' -> 'л';
            case 'g' -> 'г';
            case 's' -> 'с';
            case 'r' -> 'р';
            case 'v' -> 'в';
            case 'f' -> 'ф';
            default -> 0;
        };
    }

    /** "хуууй" → "хуй": a letter repeated for emphasis or disguise counts once. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean matches(String word) {
        for (Root root : roots) {
            String r = root.text();
            for (int p = 0; p + r.length() <= word.length(); p++) {
                if (!regionMatches(word, p, r)) {
                    continue;
                }
                int end = p + r.length();
                if (root.kind() != Kind.ANY) {
                    String prefix = word.substring(0, p);
                    if (!prefixes.contains(prefix)) {
                        continue;
                    }
                    if (root.kind() == Kind.WORD && end != word.length()) {
                        continue;
                    }
                }
                if (!insideAllowed(word, p, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionMatches(String word, int at, String root) {
        for (int i = 0; i < root.length(); i++) {
            char c = word.charAt(at + i);
            if (c != root.charAt(i) && c != WILDCARD) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [start, end)} of the word lies inside an ordinary stem of the allow-list. */
    private boolean insideAllowed(String word, int start, int end) {
        for (String stem : allowed) {
            for (int a = word.indexOf(stem); a >= 0; a = word.indexOf(stem, a + 1)) {
                if (a <= start && end <= a + stem.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}
