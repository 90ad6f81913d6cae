package ru.officialpages.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Length against the network's limit, hashtags and links. */
class PostLengthTest {
    private final CheckOptions options = CheckOptions.defaults().withoutSpelling();

    @Test
    void theLimitsOfTheNetworks() {
        assertThat(NetworkLimit.VK.maxChars()).isEqualTo(16_384);
        assertThat(NetworkLimit.TELEGRAM.maxChars()).isEqualTo(4_096);
        assertThat(NetworkLimit.TELEGRAM_CAPTION.maxChars()).isEqualTo(1_024);
    }

    @Test
    void aTextOverTheLimitIsAnErrorFromTheFirstCharacterTooMany() {
        String text = "а".repeat(4_097);
        assertThat(PostLength.find("а".repeat(4_096), options.forNetwork(NetworkLimit.TELEGRAM))).isEmpty();
        List<Finding> found = PostLength.find(text, options.forNetwork(NetworkLimit.TELEGRAM));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.LENGTH);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.start()).isEqualTo(4_096);
            assertThat(f.end()).isEqualTo(4_097);
            assertThat(f.message()).contains("Telegram");
        });
        assertThat(PostLength.find(text, options.forNetwork(NetworkLimit.VK))).isEmpty();
        assertThat(PostLength.find(text, options)).as("no network, no limit").isEmpty();
    }

    @Test
    void moreThanFiveHashtagsIsAWarningAtTheSixth() {
        assertThat(PostLength.find("#раз #два #три #четыре #пять", options)).isEmpty();
        List<Finding> found = PostLength.find("Праздник! #раз #два #три #четыре #пять #шесть #семь", options);
        assertThat(found).extracting(Finding::fragment).containsExactly("#шесть", "#семь");
        assertThat(found.get(0).message()).contains("7");
        // not hashtags: a number sign with digits, "C#" inside a word
        assertThat(PostLength.find("#1 #2 #3 #4 #5 #6 C#", options)).isEmpty();
    }

    @Test
    void moreThanThreeLinksIsAWarning() {
        String text = "Подробно: https://vk.com/a, www.gosuslugi.ru, https://ishtan.ru/news/1 и t.me/ishtan/5";
        assertThat(PostLength.find(text, options)).extracting(Finding::fragment).containsExactly("t.me/ishtan/5");
        assertThat(PostLength.find("Пишите на mail@ishtan.ru", options)).isEmpty();
    }
}
