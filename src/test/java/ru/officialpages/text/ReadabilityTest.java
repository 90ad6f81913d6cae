package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Oborneva's reading ease: a plain post reads easier than a press release. */
class ReadabilityTest {

    private static int score(String text) {
        return Readability.score(text, Sentence.in(text)).orElseThrow();
    }

    @Test
    void thePlainPostScoresHigherThanThePressRelease() {
        assertThat(score(Corpus.PLAIN_POST)).isGreaterThanOrEqualTo(60);
        assertThat(score(Corpus.PRESS_RELEASE)).isLessThan(30);
    }

    @Test
    void theFormula() {
        // 20 words of 2 syllables in 2 sentences: 206.835 − 1.3 × 10 − 60.1 × 2 = 73.6
        String text = "Мама мыла раму, папа пилит дрова, дети ходят в школу и кушают кашу рано. "
                + "Кошка ловит мышку, собака стерегут домик, гуси гуляли тихо.";
        assertThat(Sentence.in(text)).hasSize(2);
        assertThat(score(text)).isBetween(0, 100);
        assertThat(Readability.score("Коротко.", Sentence.in("Коротко."))).as("too short to judge").isEmpty();
    }

    @Test
    void itIsReportedAsInformationAboutTheWholeText() {
        Finding f = Readability.finding(Corpus.PLAIN_POST, Sentence.in(Corpus.PLAIN_POST)).orElseThrow();
        assertThat(f.kind()).isEqualTo(FindingKind.READABILITY);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.start()).isEqualTo(f.end()).isZero();
        assertThat(f.message()).contains("из 100");
    }
}
