package ru.officialpages.text;

import java.util.Set;

/**
 * A rough morphology from word endings, used when LanguageTool is switched off
 * ({@code --no-spelling}) or not loaded yet. It errs both ways, which is bearable because it
 * feeds hints only: a genitive chain must be four words long before anyone hears of it.
 * With LanguageTool loaded, {@link Speller#morphology()} answers from its dictionary instead.
 */
final class SuffixMorphology implements Morphology {
    /** Common words with noun-like endings that are not nouns. */
    private static final Set<String> NOT_NOUNS = Set.of("была", "были", "могла", "могли", "также", "тогда",
            "всегда", "когда", "иногда", "никогда", "очень", "нами", "вами", "ними", "сейчас", "чтобы", "этой",
            "этого", "того", "всего", "себя", "меня", "тебя", "года", "стали", "стала", "шли", "пришли", "ушли",
            "после", "около", "среди", "против", "вокруг", "здесь", "более", "менее", "самого", "своего", "такого");
    private static final String[] GENITIVE_ENDINGS = {"ции", "сии", "ии", "ства", "ения", "ания", "ости",
            "ета", "ела", "ода", "ора", "ура", "уры", "ины", "оды", "ады", "ибы", "ота", "оты", "аты", "ов", "ев", "ей"};
    private static final String[] INSTRUMENTAL_ENDINGS = {"цией", "ией", "ством", "ением", "анием", "ами", "ями",
            "ом", "ем", "ой", "ей"};
    private static final String[] ADJECTIVE_ENDINGS = {"ого", "его", "ый", "ая", "яя", "ые", "ие", "ых", "их", "ым",
            "ую", "юю", "ыми", "ими"};

    @Override
    public boolean mayBeGenitiveNoun(String word) {
        String w = PersonalDictionary.fold(word);
        boolean pastTense = w.endsWith("ли") || w.endsWith("ла") && !w.endsWith("ела");
        if (w.length() < 4 || NOT_NOUNS.contains(w) || isAdjective(w) || pastTense) {
            return false;
        }
        for (String e : GENITIVE_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayBeInstrumentalNoun(String word) {
        String w = PersonalDictionary.fold(word);
        if (w.length() < 6 || NOT_NOUNS.contains(w)) {
            return false;
        }
        boolean adjectiveLike = w.endsWith("ой") && !w.endsWith("цией") || w.endsWith("ым") || w.endsWith("им")
                || w.endsWith("ыми") || w.endsWith("ими");
        if (adjectiveLike) {
            return false;
        }
        for (String e : INSTRUMENTAL_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isShortPassiveParticiple(String word) {
        // "проведено", "построен", "вручены", "организована"; not "сложно", "видно" (no -ан/-ен before).
        return PersonalDictionary.fold(word).matches("\\p{L}{3,}(?:ан|ян|ен|ён)(?:а|о|ы)?");
    }

    @Override
    public String name() {
        return "suffixes";
    }

    private static boolean isAdjective(String w) {
        for (String e : ADJECTIVE_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
