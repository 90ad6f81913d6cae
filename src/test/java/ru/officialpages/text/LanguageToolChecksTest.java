package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything that needs LanguageTool, in one class sharing one checker: loading it takes
 * seconds (design.md). Spelling and grammar (minvody order §6, novokubansky app.2 §8), and the
 * press-release signs with LanguageTool's morphology. No assertion is about time.
 */
class LanguageToolChecksTest {
    /** The user's words; the speller asks at every check, so the list may grow without reloading. */
    private static final Set<String> ACCEPTED = ConcurrentHashMap.newKeySet();
    private static TextChecker checker;
    /** The settlement's names as the window hands them over (issue 16 item 9). */
    private static final SettlementWords SETTLEMENT = SettlementWords.of(java.util.List.of(
            "Администрация Шмаковского сельсовета", "Бердникова Снежана Олеговна"));

    @BeforeAll
    static void load() {
        ACCEPTED.addAll(Set.of("иштан", "иштане", "иштанского", "кубышкина"));
        checker = new TextChecker(Bureaucratese.builtIn(),
                new Speller(word -> ACCEPTED.contains(PersonalDictionary.fold(word)) || SETTLEMENT.accepts(word)));
        checker.speller().warmUp();
    }

    /** LanguageTool holds a few hundred megabytes; let the tests after this class have them back. */
    @AfterAll
    static void release() {
        checker = null;
    }

    private static List<Finding> check(String text) {
        return checker.check(text, CheckOptions.defaults());
    }

    private static List<Finding> ofKind(List<Finding> findings, FindingKind... kinds) {
        Set<FindingKind> wanted = Set.of(kinds);
        return findings.stream().filter(f -> wanted.contains(f.kind())).toList();
    }

    @Test
    void settlementNamesInAnyCaseAreNotMisspellings() {
        String text = "Жители Шмаковского сельсовета! Глава Шмаковского сельсовета и Снежана Бердникова поздравляют вас.";
        assertThat(ofKind(check(text), FindingKind.SPELLING)).isEmpty();
        // The same speller still flags an unknown place name.
        assertThat(ofKind(check("Жители Шмаковского и Хрымзинского сельсовета."), FindingKind.SPELLING))
                .extracting(Finding::fragment).containsExactly("Хрымзинского");
    }

    @Test
    void aCommonSlipGetsTheRightWordFirst() {
        List<Finding> found = ofKind(check("В будующем году откроем клуб."), FindingKind.SPELLING);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.fragment()).isEqualTo("будующем");
            assertThat(f.suggestions()).first().isEqualTo("будущем");
        });
    }

    @Test
    void typicalMistakesAreFoundWithTheirFixes() {
        List<Finding> found = ofKind(check(Corpus.TYPOS), FindingKind.SPELLING, FindingKind.GRAMMAR);
        assertThat(found).extracting(Finding::fragment)
                .containsExactly("учавствовать", "в течении недели", "придти");
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(found.get(0).kind()).isEqualTo(FindingKind.SPELLING);
        assertThat(found.get(1).kind()).isEqualTo(FindingKind.GRAMMAR);
        assertThat(found.get(1).suggestions()).containsExactly("в течение недели");
        assertThat(found.get(1).message()).doesNotContain("<suggestion>");
        assertThat(found.get(2).suggestions()).containsExactly("прийти");
        String text = Corpus.TYPOS;
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("учавствовать");
    }

    @Test
    void wordsOfThePersonalDictionaryAreAccepted() {
        // "Иштане" and "Кубышкина" are in the dictionary (compared without case); "Кызылбаеве" is not, yet.
        String text = "Праздник в Иштане открыла Кубышкина, а в Кызылбаеве — Петров.";
        assertThat(ofKind(check(text), FindingKind.SPELLING)).extracting(Finding::fragment)
                .containsExactly("Кызылбаеве");
        ACCEPTED.add("кызылбаеве");
        try {
            assertThat(ofKind(check(text), FindingKind.SPELLING)).isEmpty();
        } finally {
            ACCEPTED.remove("кызылбаеве");
        }
    }

    @Test
    void hashtagsAndLinksAreNotSpellChecked() {
        List<Finding> found = ofKind(check("Ждём всех! #деньпоселка #ИштанЛучший https://ishtan-sp.ru/novosti/prazdnik"),
                FindingKind.SPELLING, FindingKind.GRAMMAR);
        assertThat(found).isEmpty();
    }

    @Test
    void aPlainPostHasNothingButItsReadability() {
        List<Finding> found = check(Corpus.PLAIN_POST);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.READABILITY);
    }

    @Test
    void thePressReleaseShowsEveryKindOfStyleFinding() {
        List<Finding> found = checker.check(Corpus.PRESS_RELEASE, CheckOptions.defaults().forNetwork(NetworkLimit.TELEGRAM_CAPTION));
        assertThat(found).extracting(Finding::kind).contains(FindingKind.BUREAUCRATESE, FindingKind.LEGAL_CITATIONS,
                FindingKind.PRESS_RELEASE, FindingKind.READABILITY, FindingKind.LENGTH);
        assertThat(found).extracting(Finding::rule).contains("date-opening", "long-sentence", "genitive-chain",
                "passive", "passive-agent", "hashtags", "length");
        assertThat(ofKind(found, FindingKind.SPELLING)).as("Иштанского is in the dictionary").isEmpty();
        assertThat(found).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void languageToolMorphologyFindsGenitivesAndPassives() {
        Morphology m = checker.speller().morphology();
        assertThat(m.name()).isEqualTo("LanguageTool");
        assertThat(m.mayBeGenitiveNoun("отдела")).isTrue();
        assertThat(m.mayBeGenitiveNoun("культуры")).isTrue();
        assertThat(m.mayBeGenitiveNoun("Новокубанского")).as("an adjective").isFalse();
        assertThat(m.mayBeGenitiveNoun("провели")).isFalse();
        assertThat(m.mayBeInstrumentalNoun("Администрацией")).isTrue();
        assertThat(m.isShortPassiveParticiple("проведено")).isTrue();
        assertThat(m.isShortPassiveParticiple("сложно")).isFalse();
        List<Finding> found = check("Вопрос решается специалистами отдела культуры администрации района. Было сложно.");
        assertThat(found).extracting(Finding::rule).contains("genitive-chain", "passive-agent").doesNotContain("passive");
    }

    @Test
    void checksMayRunFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> check(Corpus.TYPOS)));
            }
            List<Finding> first = results.get(0).get();
            for (Future<List<Finding>> r : results) {
                assertThat(r.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void warmingUpTwiceLoadsOnce() {
        assertThat(checker.speller().isLoaded()).isTrue();
        checker.speller().warmUpAsync(Runnable::run).join();
        assertThat(checker.speller().isLoaded()).isTrue();
    }
}
