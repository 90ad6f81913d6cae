package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Press-release signs (novokubansky app.2 §10) with the suffix morphology, which is what runs
 * when LanguageTool is off; {@link LanguageToolChecksTest} runs them with LanguageTool's.
 */
class PressReleaseSignsTest {
    private final PressReleaseSigns signs = new PressReleaseSigns(new SuffixMorphology());

    private List<Finding> find(String text) {
        return signs.find(text, Sentence.in(text));
    }

    private List<String> rules(String text) {
        return find(text).stream().map(Finding::rule).toList();
    }

    @Test
    void aLongSentenceIsOneOfMoreThanThirtyWords() {
        String thirty = "Слово ".repeat(29) + "конец.";
        assertThat(rules(thirty)).doesNotContain("long-sentence");
        String thirtyOne = "Слово ".repeat(30) + "конец. Второе предложение короткое.";
        List<Finding> found = find(thirtyOne);
        assertThat(found).filteredOn(f -> f.rule().equals("long-sentence")).singleElement()
                .satisfies(f -> {
                    assertThat(f.start()).isZero();
                    assertThat(f.fragment()).endsWith("конец.");
                    assertThat(f.message()).contains("31");
                });
    }

    @Test
    void fourGenitivesInARowAreAChain() {
        List<Finding> found = find("Прошло совещание по вопросам организации работы отдела культуры администрации города.");
        assertThat(found).filteredOn(f -> f.rule().equals("genitive-chain")).singleElement()
                .satisfies(f -> assertThat(f.fragment()).isEqualTo("организации работы отдела культуры администрации города"));
        assertThat(rules("Работа отдела культуры идёт.")).doesNotContain("genitive-chain");
        // a comma breaks the chain
        assertThat(rules("Для отдела, культуры, администрации, города.")).doesNotContain("genitive-chain");
    }

    @Test
    void passiveVoiceAndTheAgentInTheInstrumental() {
        assertThat(find("Вчера было проведено собрание.")).extracting(Finding::fragment).containsExactly("было проведено");
        assertThat(find("Подарки будут вручены детям.")).extracting(Finding::fragment).containsExactly("будут вручены");
        assertThat(find("Уборка осуществляется подрядчиком ежедневно.")).extracting(Finding::fragment)
                .containsExactly("осуществляется подрядчиком");
        assertThat(find("Дежурство осуществлялось сотрудниками полиции.")).extracting(Finding::fragment)
                .containsExactly("осуществлялось сотрудниками");
        // not passive: a predicative, a -ся verb with an object, "являться"
        assertThat(find("Было сложно, но интересно.")).isEmpty();
        assertThat(find("Дети занимаются спортом.")).isEmpty();
        assertThat(find("Иванов является главой поселения.")).isEmpty();
    }

    @Test
    void openingWithTheDateAndTheBody() {
        Finding f = find("12 ноября 2026 года Администрацией поселения проведён праздник.").get(0);
        assertThat(f.rule()).isEqualTo("date-opening");
        assertThat(f.fragment()).isEqualTo("12 ноября 2026 года Администрацией");
        assertThat(f.message()).contains("название органа");
        assertThat(find("15.03.2026 в Доме культуры прошёл концерт.")).extracting(Finding::fragment)
                .containsExactly("15.03.2026");
        assertThat(rules("В субботу, 15 апреля, приходите на субботник.")).doesNotContain("date-opening");
    }

    @Test
    void thePressReleaseShowsEverySignAndThePlainPostNone() {
        assertThat(rules(Corpus.PRESS_RELEASE)).contains("date-opening", "long-sentence", "genitive-chain", "passive",
                "passive-agent");
        assertThat(find(Corpus.PLAIN_POST)).isEmpty();
    }
}
