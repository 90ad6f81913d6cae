package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Citations of legal acts (novokubansky app.2 §10: "желательно не более двух на 1 публикацию"). */
class LegalCitationsTest {
    private final LegalCitations citations = new LegalCitations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Федеральный закон от 06.10.2003 № 131-ФЗ                                      | 1
            по 131-ФЗ                                                                       | 1
            по ФЗ № 131 местные вопросы решает поселение                                    | 1
            согласно ФЗ-131                                                                 | 1
            Указ Президента РФ от 07.05.2018 № 204                                          | 1
            Указ Президента Российской Федерации о национальных целях                       | 1
            постановление администрации Новокубанского района от 12.03.2024 № 123          | 1
            распоряжение главы поселения № 45-р                                             | 1
            приказ отдела культуры от 1 сентября 2026 года                                  | 1
            решение Совета депутатов от 20.12.2025 № 15                                     | 1
            статья 13                                                                       | 1
            по ст. 13 и ст. 14                                                              | 2
            п. 1.2 ст. 13                                                                   | 1
            ч. 2 ст. 112 ТК РФ                                                              | 1
            по ТК РФ и КоАП РФ                                                              | 2
            часть 1 статьи 20.1 Кодекса Российской Федерации об административных правонарушениях | 1
            Трудового кодекса Российской Федерации                                          | 1
            Конституции Российской Федерации                                                | 1
            Закон Алтайского края от 10.03.2009 № 12-ЗС                                     | 1
            ст. 13 Федерального закона от 06.10.2003 № 131-ФЗ, постановление администрации от 15.01.2026 № 7 и распоряжение № 12-р | 3
            ст. 13, ч. 2                                                                    | 1
            закон природы                                                                   | 0
            статья в газете                                                                 | 0
            № 5 школа                                                                       | 0
            в школе № 5 прошёл концерт                                                      | 0
            приказ командира                                                                | 0
            решение проблемы школы № 5                                                      | 0
            на ст. Ольгинской открыли сквер                                                 | 0
            в 2026 году, 12 ноября                                                          | 0
            п. 5 списка                                                                     | 0
            наш закон — чистота                                                             | 0
            СК РФ возбудил дело                                                             | 0
            """)
    void countsCitations(String text, int expected) {
        assertThat(citations.find(text)).as(text).hasSize(expected);
    }

    @Test
    void aWholeCitationIsOneSpan() {
        String text = "Напоминаем: ч. 2 ст. 112 ТК РФ говорит о выходных.";
        List<LegalCitations.Citation> found = citations.find(text);
        assertThat(found).extracting(LegalCitations.Citation::text).containsExactly("ч. 2 ст. 112 ТК РФ");
    }

    @Test
    void twoCitationsAreFineAndTheThirdIsAWarning() {
        String two = "По ст. 13 Федерального закона № 131-ФЗ и ст. 112 ТК РФ.";
        assertThat(citations.check(two, 2)).isEmpty();
        String three = two + " Также см. постановление администрации от 15.01.2026 № 7.";
        List<Finding> findings = citations.check(three, 2);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.LEGAL_CITATIONS);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fragment()).isEqualTo("постановление администрации от 15.01.2026 № 7");
            assertThat(f.message()).contains("3").contains("не больше 2");
        });
    }

    @Test
    void thePressReleaseHasThree() {
        assertThat(citations.find(Corpus.PRESS_RELEASE)).hasSize(3);
        assertThat(citations.find(Corpus.PLAIN_POST)).isEmpty();
    }
}
