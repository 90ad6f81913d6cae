package ru.officialpages.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of the settlement's own names: the municipality, its organisations, its pages and
 * the people responsible for them. A clerk writes «Иштанского сельского поселения» or «Кубышкиной
 * Н. В.» in every other post, and the speller, knowing none of them, would flag them all.
 *
 * <p>Russian names decline, so a word is accepted in any form that shares a stem with a name's
 * word: a stem is the word less one of the usual case endings, at least {@value #MIN_STEM}
 * letters long («Иштанское» and «Иштанского» share «иштанск», «Иванов» and «Ивановой» share
 * «иванов»). Comparison ignores case and reads ё as е.
 */
public final class SettlementWords implements PersonalDictionary {
    static final int MIN_STEM = 4;
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    /** Case endings of nouns, adjectives and surnames, longest first so each is tried. */
    private static final List<String> ENDINGS = List.of(
            "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ой", "ей", "ий", "ый", "ая", "яя",
            "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ых", "их", "ым", "им", "ов", "ев", "ам", "ям",
            "ах", "ях", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й");

    private final Set<String> stems;

    private SettlementWords(Set<String> stems) {
        this.stems = Set.copyOf(stems);
    }

    /** No names: accepts nothing. */
    public static SettlementWords none() {
        return new SettlementWords(Set.of());
    }

    /** The words of {@code names} (whole names: «Администрация Иштанского сельского поселения»). */
    public static SettlementWords of(Collection<String> names) {
        Set<String> stems = new HashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String word : NOT_LETTER.split(name)) {
                if (word.length() >= MIN_STEM) {
                    stems.addAll(stems(PersonalDictionary.fold(word)));
                }
            }
        }
        return new SettlementWords(stems);
    }

    /** How many stems are known (for tests and the log). */
    int size() {
        return stems.size();
    }

    @Override
    public boolean accepts(String word) {
        if (word == null || word.length() < MIN_STEM) {
            return false;
        }
        for (String stem : stems(PersonalDictionary.fold(word))) {
            if (stems.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The word itself and the word less each case ending it has, where enough is left. */
    private static Set<String> stems(String folded) {
        Set<String> out = new HashSet<>();
        out.add(folded);
        for (String ending : ENDINGS) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
                out.add(folded.substring(0, folded.length() - ending.length()));
            }
        }
        return out;
    }
}
