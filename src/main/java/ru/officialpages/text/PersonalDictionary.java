package ru.officialpages.text;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words the user has told the speller to accept: place names, surnames, names of
 * institutions. Where they are kept is not this package's business; it only asks.
 */
@FunctionalInterface
public interface PersonalDictionary {

    /** True if {@code word} (as written in the text) is to be accepted. */
    boolean accepts(String word);

    /** No words. */
    static PersonalDictionary empty() {
        return word -> false;
    }

    /** A fixed set of words, compared without regard to case and to ё/е. */
    static PersonalDictionary of(Set<String> words) {
        Set<String> folded = words.stream().map(PersonalDictionary::fold).collect(Collectors.toUnmodifiableSet());
        return word -> folded.contains(fold(word));
    }

    /** Lower case with ё read as е: Russian texts write either. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
