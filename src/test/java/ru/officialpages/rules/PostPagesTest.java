package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;

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
}
