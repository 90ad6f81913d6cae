package ru.officialpages.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Misspellings people make again and again, with the right word. LanguageTool's speller finds
 * them but ranks its suggestions by edit distance, so for «будующем» the right «будущем» may
 * come after «будующим»-like guesses; this list puts the right word first.
 *
 * <p>The file {@code typos.tsv} holds lines {@code wrong<TAB>right} of word beginnings: «будующ»
 * → «будущ» mends «будующем», «будующего» and the rest, keeping the ending.
 */
final class CommonTypos {
    static final String FILE = "typos.tsv";
    private record Pair(String wrong, String right) {
    }

    private final List<Pair> pairs;

    private CommonTypos(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    static CommonTypos builtIn() {
        try (InputStream in = CommonTypos.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jar");
            }
            List<Pair> pairs = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(FILE + ": not «wrong<TAB>right»: " + line);
                }
                pairs.add(new Pair(cells[0].strip(), cells[1].strip()));
            }
            return new CommonTypos(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The right spelling of {@code word}, in its case, if it begins with a known misspelling. */
    Optional<String> fix(String word) {
        String folded = PersonalDictionary.fold(word);
        for (Pair p : pairs) {
            if (folded.startsWith(p.wrong())) {
                String fixed = p.right() + word.substring(p.wrong().length());
                return Optional.of(sameCase(word, fixed));
            }
        }
        return Optional.empty();
    }

    /** First suggestion {@code fix}, then the others without it. */
    List<String> first(String word, List<String> suggestions) {
        Optional<String> fixed = fix(word);
        if (fixed.isEmpty()) {
            return suggestions;
        }
        List<String> out = new ArrayList<>();
        out.add(fixed.get());
        suggestions.stream().filter(s -> !s.equals(fixed.get())).forEach(out::add);
        return out;
    }

    private static String sameCase(String original, String fixed) {
        if (original.equals(original.toUpperCase()) && original.length() > 1) {
            return fixed.toUpperCase();
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1);
        }
        return fixed;
    }
}
