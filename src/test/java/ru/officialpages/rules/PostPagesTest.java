package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;

/** The one answer to "which registry page is this post on". */
class PostPagesTest {
    private static final Page CLUB = new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1),
            null, null);
    private static final Page GONE = new Page(2, 2, Network.VK, "https://vk.com/club777", LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 1, 1), null);
    private static final Page BROKEN = new Page(3, 3, Network.VK, "не адрес", LocalDate.of(2025, 1, 1), null, null);

    @Test
    void aWallLinkFindsTheCommunityByItsNumber() {
        PostLink post = PostLink.parse("https://vk.com/wall-210001_99").orElseThrow();
        assertThat(PostPages.pageOf(post, List.of(BROKEN, GONE, CLUB))).contains(CLUB);
        assertThat(PostPages.isOn(post, CLUB)).isTrue();
    }

    @Test
    void deletedAndUnreadablePagesAreNeverThePageOfAPost() {
        PostLink post = PostLink.parse("https://vk.com/wall-777_1").orElseThrow();
        assertThat(PostPages.pageOf(post, List.of(GONE, BROKEN))).isEmpty();
        assertThat(PostPages.isOn(post, GONE)).isTrue();
        assertThat(PostPages.address("не адрес")).isEmpty();
        assertThat(PostPages.address(null)).isEmpty();
    }

    private static final Page SHORT = new Page(4, 4, Network.VK, "https://vk.com/berezovka_sp", LocalDate.of(2025, 1, 1),
            null, null);

    @Test
    void aWallLinkOnAPageKeptByShortNameIsLearnedOnceThenFoundAndNeverGivenToAnotherPage() {
        PostLink post = PostLink.parse("https://vk.com/wall-310001_99").orElseThrow();
        assertThat(PostPages.pageOf(post, List.of(SHORT))).isEmpty();
        PostPages.Verdict v = PostPages.verdict(post, SHORT, List.of(), PageIdentity.Source.CLERK);
        assertThat(v).isInstanceOfSatisfying(PostPages.Learn.class, l -> {
            assertThat(l.identity().pageId()).isEqualTo(4);
            assertThat(l.identity().ownerId()).isEqualTo(-310001);
        });
        List<PageIdentity> known = List.of(((PostPages.Learn) v).identity());
        assertThat(PostPages.pageOf(post, List.of(CLUB, SHORT), known)).contains(SHORT);
        assertThat(PostPages.verdict(post, SHORT, known, PageIdentity.Source.CLERK)).isInstanceOf(PostPages.On.class);
        Page other = new Page(5, 5, Network.VK, "https://vk.com/dk", LocalDate.of(2025, 1, 1), null, null);
        assertThat(PostPages.verdict(post, other, known, PageIdentity.Source.CLERK))
                .isEqualTo(new PostPages.Taken(4));
        // A page whose number is known otherwise, by its address or learned, is not given another one.
        assertThat(PostPages.verdict(post, CLUB, List.of(), PageIdentity.Source.CLERK)).isInstanceOf(PostPages.Elsewhere.class);
        assertThat(PostPages.verdict(PostLink.parse("https://vk.com/wall-7_1").orElseThrow(), SHORT, known,
                PageIdentity.Source.CLERK)).isInstanceOf(PostPages.Elsewhere.class);
        // A link naming another page by name, or another network, is elsewhere.
        assertThat(PostPages.verdict(PostLink.parse("https://ok.ru/group/57/topic/1").orElseThrow(), SHORT, known,
                PageIdentity.Source.CLERK)).isInstanceOf(PostPages.Elsewhere.class);
    }

    @Test
    void numbersAsTheCardTakesAndShowsThem() {
        assertThat(PostPages.parseOwner(Network.VK, "club210001")).hasValue(-210001);
        assertThat(PostPages.parseOwner(Network.VK, " Public210001 ")).hasValue(-210001);
        assertThat(PostPages.parseOwner(Network.VK, "210001")).hasValue(-210001);
        assertThat(PostPages.parseOwner(Network.VK, "-210001")).hasValue(-210001);
        assertThat(PostPages.parseOwner(Network.VK, "id77")).hasValue(77);
        assertThat(PostPages.parseOwner(Network.VK, "berezovka")).isEmpty();
        assertThat(PostPages.parseOwner(Network.VK, "id-5")).isEmpty();
        assertThat(PostPages.parseOwner(Network.OK, "57")).hasValue(57);
        assertThat(PostPages.parseOwner(Network.OK, "club57")).isEmpty();
        assertThat(PostPages.ownerText(Network.VK, -210001)).isEqualTo("club210001");
        assertThat(PostPages.ownerText(Network.VK, 77)).isEqualTo("id77");
        assertThat(PostPages.ownerOf(CLUB)).hasValue(-210001);
        assertThat(PostPages.ownerOf(SHORT)).isEmpty();
        assertThat(PostPages.ownerOf(new Page(6, 6, Network.OK, "https://ok.ru/group/57", LocalDate.of(2025, 1, 1), null,
                null))).hasValue(57);
    }
}
