package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Officialese and its plainer words (minvody order §7, novokubansky app.2 §10). */
class BureaucrateseTest {
    private static final Bureaucratese LEXICON = Bureaucratese.builtIn();

    private static List<String> fragments(String text) {
        return LEXICON.find(text).stream().map(Finding::fragment).toList();
    }

    @Test
    void theBuiltInLexiconIsLargeAndItsAlternativesArePlain() {
        assertThat(LEXICON.entries()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(LEXICON.entries()).extracting(Bureaucratese.Entry::phrase)
                .contains("в целях", "осуществляется", "в рамках", "является", "в соответствии с", "проведено мероприятие")
                .doesNotHaveDuplicates();
    }

    @Test
    void findsPhrasesWhateverTheCaseAndOnlyWholeWords() {
        assertThat(fragments("В целях экономии работы осуществляются ночью.")).containsExactly("В целях", "осуществляются");
        assertThat(fragments("Ловим рыбу в рамках закона")).containsExactly("в рамках");
        // "вцелях" is no phrase; "является" inside "появляется" is not a word of its own
        assertThat(fragments("Солнце появляется рано; вцелях")).isEmpty();
    }

    @Test
    void participlesOfBeingAreOfficialese() {
        assertThat(fragments("Дом, являющийся памятником, и школа, являющейся центром села.")).containsExactly("являющийся",
                "являющейся");
        assertThat(LEXICON.find("Организации, являющиеся учредителями")).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.BUREAUCRATESE));
    }

    @Test
    void readsYoAsYe() {
        assertThat(fragments("С учётом погоды")).containsExactly("С учётом");
        assertThat(fragments("С учетом погоды")).containsExactly("С учетом");
        assertThat(fragments("Ведётся работа")).containsExactly("Ведётся работа");
        assertThat(fragments("Ведется работа")).containsExactly("Ведется работа");
    }

    @Test
    void stemsMatchEveryEndingButOfferNoOneClickFix() {
        List<Finding> found = LEXICON.find("Осуществлялся контроль, мероприятия прошли.");
        assertThat(found).extracting(Finding::fragment).containsExactly("Осуществлялся", "мероприятия");
        assertThat(found).allSatisfy(f -> assertThat(f.suggestions()).isEmpty());
        assertThat(found.get(0).message()).contains("делать");
    }

    @Test
    void exactPhrasesOfferTheirAlternativesInTheSameCase() {
        Finding f = LEXICON.find("В настоящее время дорога открыта.").get(0);
        assertThat(f.suggestions()).containsExactly("Сейчас");
        assertThat(f.start()).isZero();
        assertThat(f.end()).isEqualTo("В настоящее время".length());
        assertThat(f.kind()).isEqualTo(FindingKind.BUREAUCRATESE);
        assertThat(f.severity()).isEqualTo(Severity.HINT);
    }

    @Test
    void theLongerPhraseWins() {
        assertThat(fragments("в целях обеспечения порядка")).containsExactly("в целях обеспечения");
        assertThat(fragments("в рамках реализации проекта")).containsExactly("в рамках реализации");
    }

    @Test
    void formsListedWithABarMatchEachButNotOthers() {
        assertThat(fragments("Данная услуга бесплатна, данное правило простое")).containsExactly("Данная", "данное");
        assertThat(fragments("Персональные данные защищены")).isEmpty();
    }

    @Test
    void theUserMayAddPhrases() {
        Bureaucratese mine = LEXICON.with(new StringReader("# мои\nнастоящим сообщаем\tсообщаем\nдоводим*\n"), "мой.tsv");
        assertThat(mine.find("Настоящим сообщаем: доводимо")).extracting(Finding::fragment)
                .containsExactly("Настоящим сообщаем", "доводимо");
        assertThat(mine.entries()).hasSize(LEXICON.entries().size() + 2);
    }

    @Test
    void aBadLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> LEXICON.with(new StringReader("хорошо\tплохо\n\tбез фразы\n"), "мой.tsv"))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("мой.tsv").hasMessageContaining("строка 2");
    }

    @Test
    void aPlainPostHasNone() {
        assertThat(LEXICON.find(Corpus.PLAIN_POST)).isEmpty();
    }
}
