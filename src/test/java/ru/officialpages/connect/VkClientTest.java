package ru.officialpages.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.PostFormat;

class VkClientTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    private final StandIn vk = new StandIn();
    private final FakeTimer timer = new FakeTimer();

    @AfterEach
    void stop() {
        vk.close();
    }

    private VkClient client(ZoneId zone) {
        WebFetch fetch = new WebFetch(new Pace(VkApi.REQUESTS_PER_SECOND, timer), Duration.ofSeconds(5));
        return new VkClient(new VkApi(vk.base(), "service-key-123", fetch, () -> NOW), zone);
    }

    private VkClient client() {
        return client(MOSCOW);
    }

    @Test
    void shortNameIsResolvedAndNumberedAddressesNeedNoRequest() {
        vk.vk("utils.resolveScreenName", "utils.resolveScreenName.json");
        assertThat(client().ownerOf("https://vk.com/adm_town")).isEqualTo(-123456);
        assertThat(client().ownerOf("vk.com/club42")).isEqualTo(-42);
        assertThat(client().ownerOf("public77")).isEqualTo(-77);
        assertThat(client().ownerOf("https://m.vk.com/id9?from=x")).isEqualTo(9);
        assertThat(vk.requests("utils.resolveScreenName")).hasSize(1);
        assertThat(vk.requests("utils.resolveScreenName").get(0).params()).containsEntry("screen_name", "adm_town");
    }

    @Test
    void unknownShortNameIsANotFoundNote() {
        vk.vk("utils.resolveScreenName", "utils.resolveScreenName-unknown.json");
        assertThat(client().resolveScreenName("nobody_here")).isEmpty();
        assertThatThrownBy(() -> client().ownerOf("vk.com/nobody_here")).isInstanceOfSatisfying(PlatformFailure.class,
                f -> {
                    assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.NOT_FOUND);
                    assertThat(f.getMessage()).contains("nobody_here");
                });
    }

    @Test
    void groupIsReadFromTheCurrentShape() {
        vk.vk("groups.getById", "groups.getById.json");
        VkGroup g = client().group("adm_town");
        assertThat(g).isEqualTo(new VkGroup(123456, "Администрация Городского поселения", "adm_town", false, "page"));
        assertThat(g.ownerId()).isEqualTo(-123456);
    }

    @Test
    void theKeyTravelsInTheBodyWithTheVersion() {
        vk.vk("groups.getById", "groups.getById.json");
        client().group("adm_town");
        StandIn.Request r = vk.requests().get(0);
        assertThat(r.params()).containsEntry("access_token", "service-key-123").containsEntry("v", "5.199");
        assertThat(r.path()).isEqualTo("/method/groups.getById");
    }

    @Test
    void postsCarryLinkLocalTimeTextFormatAndReach() {
        vk.vk("wall.get", "wall.get-formats.json");
        List<VkPost> posts = client().wall(-123456, 0, 100);
        assertThat(posts).extracting(VkPost::format).containsExactly(PostFormat.LIVE_STREAM, PostFormat.VIDEO,
                PostFormat.VIDEO, PostFormat.POLL, PostFormat.TEXT, PostFormat.ANIMATION, PostFormat.REPOST,
                PostFormat.TEXT);
        assertThat(posts.get(2).attachments()).containsExactly("clip");
        VkPost poll = posts.get(3);
        assertThat(poll.link()).isEqualTo("https://vk.com/wall-123456_207");
        assertThat(poll.reach()).isEqualTo(new Reach(950L, 12, 6, 20, false));
        assertThat(poll.text()).isEqualTo("Опрос жителей");
        // 00:30 on Monday 30.11 where the settlement is belongs to that Monday, not to Sunday in UTC.
        assertThat(posts.get(4).publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 0, 30));
        assertThat(posts.get(7).reach().views()).as("no views field").isNull();
        assertThat(posts.get(0).pinned()).isFalse();
    }

    @Test
    void timeFollowsThisComputersZone() {
        vk.vk("wall.get", "wall.get-formats.json");
        VkPost p = client(ZoneId.of("Asia/Yekaterinburg")).wall(-123456, 0, 100).get(4);
        assertThat(p.publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 30));
    }

    @Test
    void wallIsReadBackToTheDateOverTwoPagesPastAnOldPinnedPost() {
        vk.vk("wall.get", "wall.get-page1.json", "wall.get-page2.json");
        LocalDateTime since = LocalDateTime.of(2026, 10, 5, 0, 0);
        WallRead read = client().wallSince(-123456, since);
        assertThat(read.complete()).isTrue();
        assertThat(read.posts()).hasSize(126);
        assertThat(read.posts().get(0).publishedAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 20, 0));
        assertThat(read.posts()).allMatch(p -> !p.publishedAt().isBefore(since));
        assertThat(read.posts()).extracting(VkPost::id).doesNotContain(5L).doesNotHaveDuplicates();
        assertThat(vk.requests("wall.get")).extracting(r -> r.params().get("offset")).containsExactly("0", "100");
        assertThat(vk.requests("wall.get")).allMatch(r -> r.params().get("count").equals("100"));
    }

    @Test
    void pinnedPostInsideThePeriodIsKeptInItsPlaceByDate() {
        vk.vk("wall.get", "wall.get-page1.json", "wall.get-page2.json");
        WallRead read = client().wallSince(-123456, LocalDateTime.of(2025, 1, 1, 0, 0));
        // since 01.01.2025: the pinned post of 15.01.2025 is inside, and comes in its place by date (last).
        assertThat(read.complete()).isTrue();
        assertThat(read.posts()).hasSize(131);
        assertThat(read.posts().get(read.posts().size() - 1).id()).isEqualTo(5L);
        assertThat(read.posts().get(read.posts().size() - 1).pinned()).isTrue();
    }

    @Test
    void commentsComeWithTheirThreadsAuthorsAndLinks() {
        vk.vk("wall.getComments", "wall.getComments.json", "wall.getComments-thread302.json");
        List<VkComment> comments = client().comments(-123456, 207);
        assertThat(comments).extracting(VkComment::id).containsExactly(301L, 302L, 304L);
        VkComment first = comments.get(0);
        assertThat(first.author()).isEqualTo(new VkComment.Author(1001, "Мария Иванова", "https://vk.com/m.ivanova"));
        assertThat(first.writtenAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 13, 0));
        assertThat(first.postLink()).isEqualTo("https://vk.com/wall-123456_207");
        assertThat(first.replies()).extracting(VkComment::id).containsExactly(311L, 312L);
        VkComment answer = first.replies().get(1);
        assertThat(answer.author().name()).isEqualTo("Администрация Городского поселения");
        assertThat(answer.author().profileLink()).isEqualTo("https://vk.com/adm_town");
        assertThat(answer.parentId()).isEqualTo(301L);
        assertThat(answer.link()).isEqualTo("https://vk.com/wall-123456_207?reply=312&thread=301");
        assertThat(comments.get(1).replies()).hasSize(12).allMatch(r -> r.parentId() == 302L);
        assertThat(comments.get(2).author().profileLink()).as("closed profile without a short name")
                .isEqualTo("https://vk.com/id1004");
        List<StandIn.Request> calls = vk.requests("wall.getComments");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).params()).containsEntry("thread_items_count", "10").containsEntry("extended", "1");
        assertThat(calls.get(1).params()).containsEntry("comment_id", "302");
    }

    @Test
    void postsById() {
        vk.vk("wall.getById", "wall.getById.json");
        List<VkPost> posts = client().postsById(List.of("-123456_207", "-123456_999"));
        assertThat(posts).extracting(VkPost::id).containsExactly(207L);
        assertThat(vk.requests().get(0).params()).containsEntry("posts", "-123456_207,-123456_999");
    }

    @Test
    void anEndlessWallStopsAtTheBoundAndSaysItIsIncomplete() {
        // A hostile server that always has another full page: reading stops, says so, and keeps each post once.
        vk.vk("wall.get", "wall.get-page1.json");
        WallRead read = client().wallSince(-123456, LocalDateTime.of(2000, 1, 1, 0, 0));
        assertThat(read.complete()).isFalse();
        assertThat(vk.requests("wall.get")).hasSize(VkClient.MAX_WALL_POSTS / VkClient.PAGE_SIZE);
        assertThat(read.posts()).hasSize(100).extracting(VkPost::id).doesNotHaveDuplicates();
    }
}
