package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.officialpages.domain.Network;

class PostLinkTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            vk.com/wall-123_456                          | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/club123    | true  | -123
            https://m.vk.com/wall-123_456?reply=7        | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/club123    | true  | -123
            vk.ru/wall-123_456                           | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/club123    | true  | -123
            https://vk.com/club123?w=wall-123_456        | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/club123    | false | -123
            vk.com/adm_ishtan?w=wall-123_456             | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/adm_ishtan | false | -123
            vk.com/feed?w=wall-123_456                   | VK       | https://vk.com/wall-123_456                 | -123_456 | https://vk.com/club123    | true  | -123
            vk.com/wall123_456                           | VK       | https://vk.com/wall123_456                  | 123_456  | https://vk.com/id123      | true  | 123
            ok.ru/group/123/topic/456                    | OK       | https://ok.ru/group/123/topic/456           | 456      | https://ok.ru/group/123   | false | 123
            https://m.ok.ru/group123/topic/456?utm=x     | OK       | https://ok.ru/group/123/topic/456           | 456      | https://ok.ru/group/123   | false | 123
            ok.ru/Adm.Ishtan/topic/456                   | OK       | https://ok.ru/adm.ishtan/topic/456          | 456      | https://ok.ru/adm.ishtan  | false | -
            ok.ru/profile/5/statuses/77                  | OK       | https://ok.ru/profile/5/statuses/77         | 77       | https://ok.ru/profile/5   | false | 5
            t.me/adm_ishtan/123                          | TELEGRAM | https://t.me/adm_ishtan/123                 | 123      | https://t.me/adm_ishtan   | false | -
            https://t.me/s/Adm_Ishtan/123?single         | TELEGRAM | https://t.me/adm_ishtan/123                 | 123      | https://t.me/adm_ishtan   | false | -
            telegram.me/adm_ishtan/9/                    | TELEGRAM | https://t.me/adm_ishtan/9                   | 9        | https://t.me/adm_ishtan   | false | -
            t.me/c/1234567890/42                         | TELEGRAM | https://t.me/c/1234567890/42                | 42       | -                         | false | 1234567890
            max.ru/adm_ishtan/AZ2b3cDe                   | MAX      | https://max.ru/adm_ishtan/AZ2b3cDe          | AZ2b3cDe | https://max.ru/adm_ishtan | false | -
            https://max.ru/c/-70916890460398/AAAAAAAAAAE | MAX      | https://max.ru/c/-70916890460398/AAAAAAAAAAE | AAAAAAAAAAE | -                      | false | -70916890460398
            """)
    void readsPostLinks(String text, String network, String url, String postId, String page, boolean candidate,
                        Long owner) {
        PostLink.Result r = PostLink.parse(text);

        assertThat(r.error()).isNull();
        PostLink post = r.post();
        assertThat(post.networkCode()).isEqualTo(network);
        assertThat(post.postUrl()).isEqualTo(url);
        assertThat(post.postId()).isEqualTo(postId);
        if (page == null) {
            assertThat(post.page()).isEmpty();
        } else {
            assertThat(post.page()).contains(new PageAddress(network, page));
        }
        assertThat(post.pageIsCandidate()).isEqualTo(candidate);
        if (owner == null) {
            assertThat(post.ownerId()).isEmpty();
        } else {
            assertThat(post.ownerId()).hasValue(owner);
        }
    }

    @Test
    void canonicalUrlReadsBackToTheSamePost() {
        for (String text : new String[] {"vk.com/club1?w=wall-1_2", "m.ok.ru/group5/topic/6", "t.me/s/abcd/5",
                "max.ru/c/-5/AbC", "max.ru/abc/AbC"}) {
            PostLink first = PostLink.parse(text).orElseThrow();
            PostLink again = PostLink.parse(first.postUrl()).orElseThrow();
            assertThat(again.postUrl()).isEqualTo(first.postUrl());
            assertThat(again.postId()).isEqualTo(first.postId());
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '  '                                   | Вставьте ссылку на публикацию
            просто текст                           | не похоже на ссылку
            javascript:alert(1)                    | «javascript:»
            https://vk.com@evil.ru/wall-1_2        | поддельные
            https://ishtan.ru/news/15              | Ссылка ведёт на сайт ishtan.ru
            vk.com/club123                         | ссылка на страницу, а не на публикацию
            ok.ru/group/123                        | ссылка на страницу, а не на публикацию
            t.me/adm_ishtan                        | ссылка на страницу, а не на публикацию
            max.ru/adm_ishtan                      | ссылка на страницу, а не на публикацию
            max.ru/join/AbCdEfGh                   | ссылка на страницу, а не на публикацию
            vk.com/feed                            | не похожа на ссылку на публикацию в сети ВКонтакте
            vk.com/photo-1_2                       | в сети ВКонтакте. Пример: https://vk.com/wall-123_456
            vk.com/wall-0_2                        | не похожа на ссылку на публикацию
            vk.com/club1?w=photo-1_2               | не похожа на ссылку на публикацию
            ok.ru/group/123/topic/abc              | в сети Одноклассники
            ok.ru/feed/topic/1                     | не похожа на ссылку на публикацию
            t.me/adm_ishtan/abc                    | в сети Telegram
            t.me/share/1                           | не похожа на ссылку на публикацию
            max.ru/login/AbCd                      | в сети MAX
            vk.cc/abcd                             | vk.cc не похожа на ссылку на публикацию
            """)
    void rejectsWithARussianMessage(String text, String fragment) {
        PostLink.Result r = PostLink.parse(text);

        assertThat(r.post()).isNull();
        assertThat(r.error()).contains(fragment);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00A0\n"})
    void emptyInputAsksForALink(String text) {
        assertThat(PostLink.parse(text).error()).startsWith("Вставьте ссылку на публикацию");
    }

    @Test
    void vkWallPostMatchesTheRegistryPageByNumberWhateverItsPrefix() {
        PostLink post = PostLink.parse("vk.com/wall-123_456").orElseThrow();

        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/club123"))).isTrue();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/public123"))).isTrue();
        assertThat(post.isOn(new PageAddress(Network.VK, "vk.com/public123/"))).isTrue();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/club124"))).isFalse();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/id123"))).isFalse();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/adm_ishtan"))).isFalse();
        assertThat(post.isOn(new PageAddress(Network.OK, "https://ok.ru/group/123"))).isFalse();
    }

    @Test
    void vkPostOpenedOverAShortNamedPageMatchesThatPage() {
        PostLink post = PostLink.parse("vk.com/adm_ishtan?w=wall-123_456").orElseThrow();

        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/adm_ishtan"))).isTrue();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/club123"))).isTrue();
    }

    @Test
    void userWallMatchesThePersonalPage() {
        PostLink post = PostLink.parse("vk.com/wall77_1").orElseThrow();

        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/id77"))).isTrue();
        assertThat(post.isOn(new PageAddress(Network.VK, "https://vk.com/club77"))).isFalse();
    }

    @Test
    void otherNetworksMatchByPageAddress() {
        assertThat(PostLink.parse("t.me/s/Adm_Ishtan/5").orElseThrow()
                .isOn(new PageAddress(Network.TELEGRAM, "https://t.me/adm_ishtan"))).isTrue();
        assertThat(PostLink.parse("ok.ru/group123/topic/5").orElseThrow()
                .isOn(new PageAddress(Network.OK, "ok.ru/group/123"))).isTrue();
        assertThat(PostLink.parse("max.ru/c/-5/AbC").orElseThrow()
                .isOn(new PageAddress(Network.MAX, "https://max.ru/adm"))).isFalse();
    }
}
