package ru.officialpages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/**
 * Signs of a press release, which novokubansky app.2 §10 asks not to publish ("Не рекомендуется
 * публиковать информацию в формате пресс-релизов"): long sentences, strings of genitives,
 * passive voice, and an opening with the date and the body's name.
 */
final class PressReleaseSigns {
    /** Past this many words a sentence is hard to read on a phone. */
    static final int LONG_SENTENCE_WORDS = 30;
    /** Four nouns in the genitive in a row: "работы отдела культуры администрации". */
    static final int GENITIVE_CHAIN = 4;

    private static final Set<String> BE = Set.of("был", "была", "было", "были", "будет", "будут", "буду", "будем");
    private static final Pattern REFLEXIVE_VERB = Pattern.compile("\\p{L}{3,}(?:ется|ются|ится|ятся|ался|алась|алось|ались|ялся|ялась|ялось|ялись|ился|илась|илось|ились)");
    private static final String MONTHS = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final Pattern DATE_OPENING = Pattern.compile(
            "\\A[\\s\\p{So}\\p{Sk}\\p{Cs}]*(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}(?:\\s*[-–—]\\s*\\d{1,2})?\\s+" + MONTHS
                    + ")(?:\\s+\\d{4})?(?:\\s*(?:г\\.|года|г(?![\\p{L}])))?,?");
    private static final Pattern BODY = Pattern.compile(
            "\\s*(?:[Аа]дминистраци|[Гг]лав|[Сс]овет|[Дд]ум|[Оо]тдел|[Уу]правлени|[Кк]омитет|[Мм]инистерств|[Дд]епартамент"
                    + "|[Уу]чреждени|[Сс]пециалист|[Сс]отрудник|М[БКА]?У|МБОУ|МБДОУ|МКУК|МБУК|МАУК)\\p{L}*");

    /**
     * Who does things in a press release: "осуществляется администрацией", "выполняется подрядчиком".
     * A list, because a -ся verb with any instrumental is mostly not passive ("занимается спортом").
     */
    private static final Pattern AGENT = Pattern.compile("(?:администраци|отдел|управлени|комитет|глав|специалист"
            + "|сотрудник|подрядчик|работник|волонтер|организаци|учреждени|служб|компани|предприяти|министерств"
            + "|департамент|сил|депутат|руководств|инспектор|представител|жител)(?:ей|ом|ем|ой|ою|ами|ями)");

    private final Morphology morphology;

    PressReleaseSigns(Morphology morphology) {
        this.morphology = morphology;
    }

    List<Finding> find(String text, List<Sentence> sentences) {
        List<Finding> found = new ArrayList<>();
        dateOpening(text).ifPresent(found::add);
        for (Sentence s : sentences) {
            List<Word> words = s.words(text);
            if (words.size() > LONG_SENTENCE_WORDS) {
                found.add(Finding.of(text, s.start(), s.end(), FindingKind.PRESS_RELEASE, Severity.HINT,
                        Tr.tr("text.press.longSentence", words.size(), LONG_SENTENCE_WORDS), List.of(), "long-sentence"));
            }
            genitiveChains(text, words, found);
            passives(text, words, found);
        }
        return found;
    }

    /** "12 ноября 2026 года Администрацией …": the date first is the press release's habit, not the reader's need. */
    private java.util.Optional<Finding> dateOpening(String text) {
        Matcher date = DATE_OPENING.matcher(text);
        if (!date.lookingAt()) {
            return java.util.Optional.empty();
        }
        int start = date.start();
        while (start < date.end() && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        Matcher body = BODY.matcher(text).region(date.end(), text.length());
        if (body.lookingAt()) {
            return java.util.Optional.of(Finding.of(text, start, body.end(), FindingKind.PRESS_RELEASE, Severity.HINT,
                    Tr.tr("text.press.dateAndBody"), List.of(), "date-opening"));
        }
        return java.util.Optional.of(Finding.of(text, start, date.end(), FindingKind.PRESS_RELEASE, Severity.HINT,
                Tr.tr("text.press.dateOpening"), List.of(), "date-opening"));
    }

    private void genitiveChains(String text, List<Word> words, List<Finding> found) {
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean genitive = i < words.size() && morphology.mayBeGenitiveNoun(words.get(i).text())
                    && (runStart < 0 || onlySpacesBetween(text, words.get(i - 1), words.get(i)));
            if (genitive && runStart < 0) {
                runStart = i;
            } else if (!genitive && runStart >= 0) {
                if (i - runStart >= GENITIVE_CHAIN) {
                    Word first = words.get(runStart);
                    Word last = words.get(i - 1);
                    found.add(Finding.of(text, first.start(), last.end(), FindingKind.PRESS_RELEASE, Severity.HINT,
                            Tr.tr("text.press.genitives", i - runStart), List.of(), "genitive-chain"));
                }
                runStart = -1;
                // this word may start a new chain
                if (i < words.size() && morphology.mayBeGenitiveNoun(words.get(i).text())) {
                    runStart = i;
                }
            }
        }
    }

    /** "было проведено", "будут вручены"; "осуществляется администрацией" (a -ся verb with its agent in the instrumental). */
    private void passives(String text, List<Word> words, List<Finding> found) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word w = words.get(i);
            Word next = words.get(i + 1);
            String lower = PersonalDictionary.fold(w.text());
            if (BE.contains(lower) && morphology.isShortPassiveParticiple(next.text())) {
                found.add(Finding.of(text, w.start(), next.end(), FindingKind.PRESS_RELEASE, Severity.HINT,
                        Tr.tr("text.press.passive"), List.of(), "passive"));
                i++;
            } else if (REFLEXIVE_VERB.matcher(lower).matches() && !lower.startsWith("явля")) {
                for (int j = i + 1; j <= Math.min(i + 2, words.size() - 1); j++) {
                    String agent = PersonalDictionary.fold(words.get(j).text());
                    if (AGENT.matcher(agent).matches() && morphology.mayBeInstrumentalNoun(agent)) {
                        found.add(Finding.of(text, w.start(), words.get(j).end(), FindingKind.PRESS_RELEASE,
                                Severity.HINT, Tr.tr("text.press.passiveAgent"), List.of(), "passive-agent"));
                        i = j;
                        break;
                    }
                }
            }
        }
    }

    private static boolean onlySpacesBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).isBlank();
    }
}
