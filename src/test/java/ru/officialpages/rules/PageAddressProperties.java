package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class PageAddressProperties {

    @Property(tries = 2000)
    void normalisingIsIdempotent(@ForAll("pastedAddresses") String pasted) {
        PageAddress.Result first = PageAddress.parse(pasted);
        assertThat(first.isValid()).as(pasted + ": " + first.error()).isTrue();

        PageAddress.Result again = PageAddress.parse(first.page().address());

        assertThat(again.page()).isEqualTo(first.page());
    }

    @Property(tries = 3000)
    void anyTextGivesAPageOrAMessageAndNeverThrows(@ForAll @StringLength(max = 80) String text) {
        assertOnlyDocumentedOutcome(PageAddress.parse(text));
    }

    @Property(tries = 3000)
    void linkLikeTextGivesAPageOrAMessageAndAcceptedOnesAreStable(@ForAll("linkLike") String text) {
        PageAddress.Result r = PageAddress.parse(text);
        assertOnlyDocumentedOutcome(r);
        if (r.isValid()) {
            assertThat(PageAddress.parse(r.page().address()).page()).isEqualTo(r.page());
            assertThat(r.page().address()).startsWith("https://");
        }
    }

    private static void assertOnlyDocumentedOutcome(PageAddress.Result r) {
        assertThat(r.isValid()).isEqualTo(r.error() == null);
        if (!r.isValid()) {
            assertThat(r.error()).isNotBlank().doesNotStartWith("!");
        }
    }

    @Provide
    Arbitrary<String> pastedAddresses() {
        Arbitrary<String> scheme = Arbitraries.of("", "http://", "https://", "HTTPS://", "//");
        Arbitrary<String> tail = Arbitraries.of("", "/", "//", "?from=feed", "/?utm_source=x&y=1", "#top", "/#x");
        Arbitrary<String> spaces = Arbitraries.of("", " ", "\u00A0", "\t");
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(s -> "a" + s + "_1");
        Arbitrary<Long> id = Arbitraries.longs().between(1, 999_999_999_999L);
        Arbitrary<String> page = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("vk.com", "vk.ru", "m.vk.com", "www.VK.com"),
                        Arbitraries.of("club", "public", "id", "event"), id).as((h, p, n) -> h + "/" + p + n),
                Combinators.combine(Arbitraries.of("vk.com", "m.vk.ru"), name).as((h, n) -> h + "/" + n),
                Combinators.combine(Arbitraries.of("ok.ru", "m.ok.ru", "www.ok.ru"), id)
                        .as((h, n) -> h + "/group/" + n),
                id.map(n -> "ok.ru/group" + n),
                name.map(n -> "ok.ru/" + n.toUpperCase()),
                Combinators.combine(Arbitraries.of("t.me", "telegram.me", "t.me/s"), name).as((h, n) -> h + "/" + n),
                Combinators.combine(Arbitraries.of("max.ru/", "max.ru/@"), name).as((h, n) -> h + n),
                Arbitraries.strings().alpha().numeric().withChars('-', '_').ofMinLength(6).ofMaxLength(40)
                        .map(t -> "max.ru/join/" + t),
                Combinators.combine(Arbitraries.of("ishtan.ru", "администрация.рф", "Rutube.RU"), name)
                        .as((h, n) -> "~" + h + "/" + n + "/page"));
        return Combinators.combine(spaces, scheme, page, tail, spaces).as((s1, s, p, t, s2) -> {
            // Another site's address must be https (PageAddress javadoc); a join token has no tail.
            String sch = p.startsWith("~") && s.equalsIgnoreCase("http://") ? "https://" : s;
            String body = p.startsWith("~") ? p.substring(1) : p;
            return s1 + sch + body + (body.startsWith("max.ru/join/") ? "" : t) + s2;
        });
    }

    @Provide
    Arbitrary<String> linkLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("https://", "http://", "vk.com", "ok.ru", "t.me", "max.ru", "m.", "www.", "/", "//",
                        "?", "#", "w=", "wall", "-", "_", "club", "group", "topic", "s/", "@", ":", ".", "%", "%2F",
                        "javascript:", "join/", "+", "рф", " ", "\u00A0", "id", "site.ru"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("", l));
    }
}
