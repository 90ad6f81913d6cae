package ru.officialpages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a text: letters and digits, with inner hyphens ("из-за", "Кузнецк-2"), and where it stands. */
record Word(int start, int end, String text) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:[-\u2011][\\p{L}\\d]+)*");

    /** The words of {@code text[from, to)}. */
    static List<Word> in(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }

    static List<Word> in(String text) {
        return in(text, 0, text.length());
    }

    boolean hasLetters() {
        return text.chars().anyMatch(Character::isLetter);
    }

    /** Vowels are syllables in Russian, near enough for readability formulas. */
    int syllables() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("аеёиоуыэюяАЕЁИОУЫЭЮЯ".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }
}
