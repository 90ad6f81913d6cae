package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class PostLinkProperties {

    @Property(tries = 3000)
    void anyTextGivesAPostOrAMessageAndNeverThrows(@ForAll @StringLength(max = 80) String text) {
        assertOnlyDocumentedOutcome(PostLink.parse(text));
    }

    @Property(tries = 3000)
    void linkLikeTextGivesAPostOrAMessageAndAcceptedOnesAreStable(@ForAll("linkLike") String text) {
        PostLink.Result r = PostLink.parse(text);
        assertOnlyDocumentedOutcome(r);
        if (r.isValid()) {
            PostLink again = PostLink.parse(r.post().postUrl()).orElseThrow();
            assertThat(again.postUrl()).isEqualTo(r.post().postUrl());
            assertThat(again.postId()).isEqualTo(r.post().postId());
            r.post().page().ifPresent(p -> assertThat(PageAddress.parse(p.address()).page()).isEqualTo(p));
        }
    }

    @Property(tries = 1000)
    void vkWallLinkNamesItsOwnerAndMatchesTheNumberedPage(
            @ForAll @LongRange(min = 1, max = 999_999_999_999L) long community,
            @ForAll @LongRange(min = 1, max = 999_999_999L) long post,
            @ForAll("vkHosts") String host) {
        PostLink link = PostLink.parse(host + "/wall-" + community + "_" + post).orElseThrow();

        assertThat(link.ownerId()).hasValue(-community);
        assertThat(link.postUrl()).isEqualTo("https://vk.com/wall-" + community + "_" + post);
        assertThat(link.isOn(PageAddress.parse("vk.com/public" + community).orElseThrow())).isTrue();
        assertThat(link.isOn(PageAddress.parse("vk.com/club" + (community + 1)).orElseThrow())).isFalse();
    }

    private static void assertOnlyDocumentedOutcome(PostLink.Result r) {
        assertThat(r.isValid()).isEqualTo(r.error() == null);
        if (!r.isValid()) {
            assertThat(r.error()).isNotBlank().doesNotStartWith("!");
        }
    }

    @Provide
    Arbitrary<String> vkHosts() {
        return Arbitraries.of("vk.com", "https://vk.com", "http://m.vk.com", "VK.ru", "www.vk.com");
    }

    @Provide
    Arbitrary<String> linkLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("https://", "vk.com/", "ok.ru/", "t.me/", "max.ru/", "m.", "/", "?w=", "wall", "-",
                        "_", "club", "group/", "/topic/", "statuses/", "s/", "c/", "@", ":", "%", "javascript:", "join/",
                        " ", "#"),
                Arbitraries.integers().between(0, 99999).map(String::valueOf),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
        return Combinators.combine(Arbitraries.of("", "https://", "vk.com/", "t.me/", "max.ru/", "ok.ru/"),
                piece.list().ofMinSize(1).ofMaxSize(8)).as((start, l) -> start + String.join("", l));
    }
}
