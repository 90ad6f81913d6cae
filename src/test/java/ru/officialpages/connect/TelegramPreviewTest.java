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

/** A public channel read from saved t.me/s pages served on 127.0.0.1. */
class TelegramPreviewTest {
    private final StandIn tg = new StandIn();

    @AfterEach
    void stop() {
        tg.close();
    }

    private TelegramPreview preview(ZoneId zone) {
        return new TelegramPreview(tg.root() + "s/", new WebFetch(new Pace(1, new FakeTimer()), Duration.ofSeconds(5)),
                zone);
    }

    private static StandIn.Reply html(String file) {
        return new StandIn.Reply(200, "text/html; charset=utf-8", StandIn.resource(file));
    }

    @Test
    void postsCarryLinkLocalTimeTextFormatAndApproximateViews() {
        tg.on("/s/beryozovo_adm", html("t.me-s-channel.html"));
        TelegramPreview.Page page = preview(ZoneId.of("Europe/Moscow")).page("beryozovo_adm", null);
        List<PlatformPost> posts = page.posts();
        assertThat(posts).extracting(PlatformPost::link).containsExactly("https://t.me/beryozovo_adm/118",
                "https://t.me/beryozovo_adm/119", "https://t.me/beryozovo_adm/120", "https://t.me/beryozovo_adm/121",
                "https://t.me/beryozovo_adm/122");
        assertThat(posts).extracting(PlatformPost::format).containsExactly(PostFormat.TEXT, PostFormat.POLL,
                PostFormat.VIDEO, PostFormat.REPOST, PostFormat.PHOTO);
        // 21:30 UTC on Sunday is 00:30 on Monday in Moscow: that Monday's post.
        assertThat(posts.get(0).publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 30, 0, 30));
        assertThat(posts.get(0).text()).isEqualTo(
                "Приём документов на субсидию продлён до 20 декабря.\nПодробности — в администрации, каб. 5.");
        assertThat(posts.get(0).reach()).isEqualTo(new Reach(1200L, 0, 0, 0, true));
        assertThat(posts.get(1).reach()).isEqualTo(new Reach(845L, 0, 0, 0, false));
        assertThat(posts.get(2).reach()).isEqualTo(new Reach(2300L, 0, 0, 0, true));
        assertThat(posts.get(4).text()).startsWith("Вниманию жителей: отключение воды 8 декабря").contains("\n\nПриносим");
        assertThat(page.before()).contains(118L);
    }

    @Test
    void theChannelIsReadBackToADateThroughBeforePages() {
        tg.on("/s/beryozovo_adm", html("t.me-s-channel.html"), html("t.me-s-channel-before118.html"));
        PageRead read = preview(ZoneId.of("Europe/Moscow")).read("https://t.me/beryozovo_adm",
                LocalDateTime.of(2026, 11, 22, 0, 0));
        assertThat(read.complete()).isTrue();
        assertThat(read.posts()).extracting(PlatformPost::link).containsExactly("https://t.me/beryozovo_adm/122",
                "https://t.me/beryozovo_adm/121", "https://t.me/beryozovo_adm/120", "https://t.me/beryozovo_adm/119",
                "https://t.me/beryozovo_adm/118", "https://t.me/beryozovo_adm/116");
        assertThat(tg.requests()).hasSize(2);
        assertThat(tg.requests().get(1).params()).containsEntry("before", "118");
    }

    @Test
    void recentPostsNeedOnePage() {
        tg.on("/s/beryozovo_adm", html("t.me-s-channel.html"));
        PageRead read = preview(ZoneId.of("Europe/Moscow")).read("@beryozovo_adm", LocalDateTime.of(2026, 12, 3, 0, 0));
        assertThat(read.posts()).hasSize(2);
        assertThat(tg.requests()).hasSize(1);
    }

    @Test
    void aChannelWithoutAPreviewGetsAPageNote() {
        tg.on("/s/closed_adm", new StandIn.Reply(302, "", tg.root() + "closed_adm"));
        tg.on("/closed_adm", html("t.me-closed_adm.html"));
        assertThatThrownBy(() -> preview(ZoneId.of("Europe/Moscow")).read("t.me/closed_adm", LocalDateTime.MIN))
                .isInstanceOfSatisfying(PlatformFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.NO_PREVIEW);
                    assertThat(f.pageOnly()).isTrue();
                    assertThat(f.getMessage()).contains("closed_adm", "выключена публичная страница");
                });
    }

    @Test
    void viewsAsTelegramShowsThem() {
        assertThat(TelegramPreview.views("845")).isEqualTo(new Reach(845L, 0, 0, 0, false));
        assertThat(TelegramPreview.views("1,2K")).isEqualTo(new Reach(1200L, 0, 0, 0, true));
        assertThat(TelegramPreview.views("12.5K")).isEqualTo(new Reach(12500L, 0, 0, 0, true));
        assertThat(TelegramPreview.views("3M")).isEqualTo(new Reach(3_000_000L, 0, 0, 0, true));
        assertThatThrownBy(() -> TelegramPreview.views("много")).isInstanceOf(PlatformFailure.class);
    }

    @Test
    void addressesAreUnderstoodAndNonsenseRefused() {
        assertThat(TelegramPreview.channelName("https://t.me/s/beryozovo_adm?before=3")).isEqualTo("beryozovo_adm");
        assertThat(TelegramPreview.channelName("t.me/beryozovo_adm/122")).isEqualTo("beryozovo_adm");
        assertThat(TelegramPreview.channelName("@beryozovo_adm")).isEqualTo("beryozovo_adm");
        assertThatThrownBy(() -> TelegramPreview.channelName("https://t.me/+AbCdEf123")).isInstanceOf(PlatformFailure.class);
    }

    @Test
    void hostilePagesAreRefusedWhole() {
        StringBuilder many = new StringBuilder("<section class=\"tgme_channel_history\">");
        for (int i = 1; i <= 10_000; i++) {
            many.append("<div class=\"tgme_widget_message\" data-post=\"x/").append(i).append("\"></div>");
        }
        tg.on("/s/beryozovo_adm", new StandIn.Reply(200, "text/html", many + "</section>"),
                new StandIn.Reply(200, "text/html", "<section class=\"tgme_channel_history\"><div class=\"tgme_widget_message\""
                        + " data-post=\"x/1\"><a class=\"tgme_widget_message_date\"><time datetime=\"вчера\"></time></a></div></section>"),
                new StandIn.Reply(200, "text/html", "<section class=\"tgme_channel_history\"><div class=\"tgme_widget_message\""
                        + " data-post=\"x/1\"><div class=\"tgme_widget_message_bubble\"><div class=\"tgme_widget_message_text\">"
                        + "я".repeat(TelegramPreview.MAX_TEXT + 1) + "</div></div><a class=\"tgme_widget_message_date\">"
                        + "<time datetime=\"2026-12-01T10:00:00+00:00\"></time></a></div></section>"));
        TelegramPreview p = preview(ZoneId.of("Europe/Moscow"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> p.page("beryozovo_adm", null)).isInstanceOfSatisfying(PlatformFailure.class,
                    f -> assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.MALFORMED));
        }
    }
}
