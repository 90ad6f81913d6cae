package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.officialpages.domain.Network;

class PageAddressTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            vk.com/club123                         | VK       | https://vk.com/club123
            https://vk.com/club123                 | VK       | https://vk.com/club123
            http://vk.com/club123                  | VK       | https://vk.com/club123
            https://vk.com/club123/                | VK       | https://vk.com/club123
            https://vk.com/club123//               | VK       | https://vk.com/club123
            HTTPS://VK.COM/Club123                 | VK       | https://vk.com/club123
            https://www.vk.com/club123             | VK       | https://vk.com/club123
            https://m.vk.com/club123               | VK       | https://vk.com/club123
            m.vk.com/club123?from=groups           | VK       | https://vk.com/club123
            vk.com/club123#wall                    | VK       | https://vk.com/club123
            vk.ru/club123                          | VK       | https://vk.com/club123
            https://m.vk.ru/public123              | VK       | https://vk.com/public123
            vk.com/public123                       | VK       | https://vk.com/public123
            vk.com/event77                         | VK       | https://vk.com/event77
            vk.com/id42                            | VK       | https://vk.com/id42
            vk.com/adm_ishtan                      | VK       | https://vk.com/adm_ishtan
            vk.com/Adm.Ishtan                      | VK       | https://vk.com/adm.ishtan
            vkontakte.ru/club5                     | VK       | https://vk.com/club5
            https://vk.com:443/club5               | VK       | https://vk.com/club5
            //vk.com/club5                         | VK       | https://vk.com/club5
            https:/vk.com/club5                    | VK       | https://vk.com/club5
            vk.com/club5?utm_source=site&x=1       | VK       | https://vk.com/club5
            ok.ru/group/123                        | OK       | https://ok.ru/group/123
            https://m.ok.ru/group/123/             | OK       | https://ok.ru/group/123
            www.ok.ru/group/123                    | OK       | https://ok.ru/group/123
            ok.ru/group123                         | OK       | https://ok.ru/group/123
            ok.ru/group/123/topics                 | OK       | https://ok.ru/group/123
            ok.ru/profile/555                      | OK       | https://ok.ru/profile/555
            ok.ru/AdmIshtan                        | OK       | https://ok.ru/admishtan
            odnoklassniki.ru/group/9               | OK       | https://ok.ru/group/9
            t.me/adm_ishtan                        | TELEGRAM | https://t.me/adm_ishtan
            https://t.me/Adm_Ishtan/               | TELEGRAM | https://t.me/adm_ishtan
            telegram.me/adm_ishtan                 | TELEGRAM | https://t.me/adm_ishtan
            t.me/s/adm_ishtan                      | TELEGRAM | https://t.me/adm_ishtan
            t.me/adm_ishtan?start=1                | TELEGRAM | https://t.me/adm_ishtan
            max.ru/adm_ishtan                      | MAX      | https://max.ru/adm_ishtan
            https://max.ru/@Adm_Ishtan             | MAX      | https://max.ru/adm_ishtan
            www.max.ru/id2224001234_gos            | MAX      | https://max.ru/id2224001234_gos
            max.ru/join/LNPW5HIAqvWwUH1vQtB5V1k    | MAX      | https://max.ru/join/LNPW5HIAqvWwUH1vQtB5V1k
            https://ishtan.ru/news                 | OTHER    | https://ishtan.ru/news
            ishtan.ru/news/                        | OTHER    | https://ishtan.ru/news
            https://Rutube.ru/channel/123/?tab=1#x | OTHER    | https://rutube.ru/channel/123?tab=1
            администрация-иштан.рф/страница        | OTHER    | https://администрация-иштан.рф/страница
            https://site.ru:8443/a                 | OTHER    | https://site.ru:8443/a
            """)
    void acceptsAndNormalises(String text, String network, String address) {
        PageAddress.Result r = PageAddress.parse(text);

        assertThat(r.error()).isNull();
        assertThat(r.page()).isEqualTo(new PageAddress(network, address));
    }

    @Test
    void ignoresSpacesNoBreakSpacesAndQuotesAroundTheAddress() {
        assertThat(PageAddress.parse("  \u00A0https://vk.com/club123\u200B \n").orElseThrow().address())
                .isEqualTo("https://vk.com/club123");
        assertThat(PageAddress.parse("«vk.com/club123»").orElseThrow().address())
                .isEqualTo("https://vk.com/club123");
        assertThat(PageAddress.parse("<https://t.me/adm_ishtan>").orElseThrow().address())
                .isEqualTo("https://t.me/adm_ishtan");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '   '                                  | Вставьте адрес страницы
            Администрация Иштана                   | не похоже на адрес
            vk                                     | не похоже на адрес
            vk.com/club1 vk.com/club2              | не похоже на адрес
            192.168.0.1/club1                      | не похоже на адрес
            https://                               | не похоже на адрес
            vk.com/club%zz                         | не похоже на адрес
            https://vk.com:8080/club1              | не похоже на адрес
            javascript:alert(1)                    | «javascript:»
            JavaScript:alert(document.cookie)      | «javascript:»
            data:text/html;base64,xx               | «data:»
            ftp://vk.com/club1                     | «ftp:»
            mailto:adm@ishtan.ru                   | «mailto:»
            https://vk.com@evil.ru/club1           | поддельные
            @adm_ishtan                            | https://t.me/adm_ishtan
            vk.com/wall-1_2                        | ссылка на публикацию, а не на страницу. Адрес страницы: https://vk.com/club1
            https://vk.com/wall-123_456            | Адрес страницы: https://vk.com/club123
            vk.com/wall5_6                         | Адрес страницы: https://vk.com/id5
            vk.com/club123?w=wall-123_456          | Адрес страницы: https://vk.com/club123
            vk.com/feed?w=wall-123_456             | Адрес страницы: https://vk.com/club123
            vk.com/photo-1_2                       | ссылка на публикацию
            ok.ru/group/123/topic/456              | Адрес страницы: https://ok.ru/group/123
            ok.ru/adm/topic/456                    | Адрес страницы: https://ok.ru/adm
            t.me/adm_ishtan/15                     | Адрес страницы: https://t.me/adm_ishtan
            t.me/s/adm_ishtan/15                   | Адрес страницы: https://t.me/adm_ishtan
            max.ru/adm_ishtan/AZ2b3c               | Адрес страницы: https://max.ru/adm_ishtan
            max.ru/c/-70916890460398/AAAAAAAAAAE   | ссылка на публикацию
            vk.com/feed                            | служебный раздел сети ВКонтакте
            vk.com/im                              | служебный раздел
            https://vk.com/login                   | служебный раздел
            vk.com/settings                        | служебный раздел
            ok.ru/feed                             | служебный раздел сети Одноклассники
            ok.ru/group                            | служебный раздел
            t.me/share                             | служебный раздел сети Telegram
            max.ru/login                           | служебный раздел сети MAX
            max.ru/u/f9LHodD0cOKrE8Rl              | служебный раздел
            vk.com                                 | после vk.com/ должно идти имя
            https://ok.ru/                         | после ok.ru/ должно идти имя
            t.me                                   | после t.me/ должно идти имя
            max.ru                                 | после max.ru/ должно идти имя
            vk.com/club123/photos                  | не похож на адрес страницы в сети ВКонтакте
            vk.com/a                               | не похож на адрес страницы
            vk.com/12345                           | не похож на адрес страницы
            ok.ru/group/abc                        | служебный раздел
            t.me/abc                               | не похож на адрес страницы в сети Telegram
            t.me/+AbCdEfGh                         | ссылка-приглашение
            t.me/joinchat/AbCdEfGh                 | ссылка-приглашение
            vk.cc/abc                              | Это адрес на vk.cc, но не адрес страницы
            dev.vk.com/ru                          | Это адрес на dev.vk.com
            web.telegram.org/k                     | Это адрес на web.telegram.org
            web.max.ru/-123                        | Это адрес на web.max.ru
            http://ishtan.ru/news                  | должен начинаться с https://
            """)
    void rejectsWithARussianMessage(String text, String fragment) {
        PageAddress.Result r = PageAddress.parse(text);

        assertThat(r.page()).isNull();
        assertThat(r.error()).contains(fragment).doesNotContain("!");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "\u00A0", "\"\""})
    void emptyInputAsksForAnAddress(String text) {
        assertThat(PageAddress.parse(text).error()).isEqualTo("Вставьте адрес страницы, например https://vk.com/club123.");
    }

    @Test
    void tooLongIsRejected() {
        assertThat(PageAddress.parse("https://site.ru/" + "a".repeat(3000)).error()).contains("длиннее 2048");
    }

    @Test
    void vkNumbersAreReadFromCommunityAndPersonalAddresses() {
        assertThat(PageAddress.parse("vk.com/public77").orElseThrow().vkCommunityId()).hasValue(77);
        assertThat(PageAddress.parse("vk.com/club77").orElseThrow().vkCommunityId()).hasValue(77);
        assertThat(PageAddress.parse("vk.com/club77").orElseThrow().vkUserId()).isEmpty();
        assertThat(PageAddress.parse("vk.com/id5").orElseThrow().vkUserId()).hasValue(5);
        assertThat(PageAddress.parse("vk.com/adm").orElseThrow().vkCommunityId()).isEmpty();
        assertThat(new PageAddress(Network.VK, "vk.com/club9").vkCommunityId()).hasValue(9);
        assertThat(new PageAddress(Network.OK, "https://ok.ru/group/9").vkCommunityId()).isEmpty();
    }

    @Test
    void resultHoldsExactlyOneOfPageAndError() {
        assertThatThrownBy(() -> PageAddress.parse("vk.com/feed").orElseThrow())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("служебный");
        assertThatThrownBy(() -> new PageAddress.Result(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
