package ru.officialpages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence of a post, by a simple rule: it ends at . ! ? … followed by a space and a capital
 * letter, digit or quote, or at a line break (posts put lists, hashtags and contacts on lines of
 * their own). A full stop after a common abbreviation ("г.", "ст.", "ул.") or an initial does not end it.
 */
record Sentence(int start, int end) {
    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "ст", "п", "пп", "ч", "ул", "д", "им", "т",
            "е", "пр", "обл", "р", "руб", "тел", "см", "стр", "вв", "св", "пос", "с", "х", "пгт", "мкр", "кв",
            "корп", "тыс", "млн", "млрд", "чел", "др", "рис", "пер", "просп", "наб", "ред", "доп", "изм", "подп",
            "абз", "разд", "гл", "прим", "зам", "нач", "рук", "отд", "адм", "муниц", "ж", "кн", "№");

    static List<Sentence> in(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i;
            while (j + 1 < n && ".!?…»\")".indexOf(text.charAt(j + 1)) >= 0) {
                j++;
            }
            boolean atEnd = j + 1 >= n;
            boolean followedBySpace = !atEnd && Character.isWhitespace(text.charAt(j + 1));
            if (!atEnd && !followedBySpace) {
                continue;
            }
            if (c == '.' && j == i && abbreviationBefore(text, i)) {
                continue;
            }
            int k = j + 1;
            while (k < n && text.charAt(k) == ' ') {
                k++;
            }
            boolean next = k >= n || text.charAt(k) == '\n' || Character.isUpperCase(text.charAt(k))
                    || Character.isDigit(text.charAt(k)) || "«\"—–-#".indexOf(text.charAt(k)) >= 0;
            if (next) {
                add(sentences, text, start, j + 1);
                start = j + 1;
                i = j;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "И. И. Иванов"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end));
        }
    }

    List<Word> words(String text) {
        return Word.in(text, start, end).stream().filter(Word::hasLetters).toList();
    }
}
