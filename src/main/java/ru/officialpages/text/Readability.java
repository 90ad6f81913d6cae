package ru.officialpages.text;

import java.util.List;
import java.util.Optional;
import ru.officialpages.i18n.Tr;

/**
 * Flesch reading ease as adapted to Russian by I. V. Oborneva (2006):
 * {@code 206.835 − 1.3 × words per sentence − 60.1 × syllables per word}, syllables being vowels.
 * 100 is a children's book, 0 a legal act; a post in plain style scores 60 or more. Reported as a
 * figure (INFO), not a fault: it is a rough measure.
 */
final class Readability {
    /** Below this the score says nothing worth telling. */
    static final int MIN_WORDS = 15;

    /** The score for {@code text} clamped to 0..100, or empty for a text too short to judge. */
    static Optional<Integer> score(String text, List<Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        int counted = 0;
        for (Sentence s : sentences) {
            List<Word> ws = s.words(text);
            if (ws.isEmpty()) {
                continue;
            }
            counted++;
            words += ws.size();
            for (Word w : ws) {
                syllables += w.syllables();
            }
        }
        if (words < MIN_WORDS || counted == 0) {
            return Optional.empty();
        }
        double score = 206.835 - 1.3 * words / counted - 60.1 * syllables / words;
        return Optional.of((int) Math.round(Math.max(0, Math.min(100, score))));
    }

    static Optional<Finding> finding(String text, List<Sentence> sentences) {
        return score(text, sentences).map(score -> Finding.aboutWholeText(FindingKind.READABILITY, Severity.INFO,
                Tr.tr("text.readability.score", score, Tr.tr(grade(score))), "readability"));
    }

    static String grade(int score) {
        if (score >= 80) {
            return "text.readability.veryEasy";
        }
        if (score >= 60) {
            return "text.readability.easy";
        }
        if (score >= 40) {
            return "text.readability.medium";
        }
        if (score >= 20) {
            return "text.readability.hard";
        }
        return "text.readability.veryHard";
    }
}
