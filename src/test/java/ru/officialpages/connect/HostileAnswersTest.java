package ru.officialpages.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A malformed or hostile answer is refused whole, typed; never a crash, never a half-read post. */
class HostileAnswersTest {
    private final StandIn vk = new StandIn();

    @AfterEach
    void stop() {
        vk.close();
    }

    static VkClient client(StandIn s) {
        WebFetch fetch = new WebFetch(new Pace(1000, new FakeTimer()), Duration.ofSeconds(5));
        return new VkClient(new VkApi(s.base(), "k", fetch, () -> VkClientTest.NOW), VkClientTest.MOSCOW);
    }

    private static PlatformFailure.Kind refusal(StandIn s, String json) {
        s.only("/method/wall.get", new StandIn.Reply(200, "application/json", json));
        try {
            client(s).wall(-1, 0, 100);
        } catch (PlatformFailure f) {
            return f.kind();
        }
        return null;
    }

    static String post(String id, String text) {
        return "{\"id\":" + id + ",\"owner_id\":-1,\"from_id\":-1,\"date\":1795987800,\"text\":" + text
                + ",\"likes\":{\"count\":1},\"reposts\":{\"count\":0},\"comments\":{\"count\":0}}";
    }

    @Test
    void wrongTypesAreRefused() {
        assertThat(refusal(vk, "{\"response\":{\"count\":1,\"items\":[" + post("\"7\"", "\"a\"") + "]}}"))
                .isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "{\"response\":{\"count\":1,\"items\":[" + post("7", "42") + "]}}"))
                .isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "{\"response\":{\"count\":1,\"items\":{}}}")).isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "{\"response\":{\"count\":1,\"items\":[" + post("7", "\"a\"")
                .replace("{\"count\":1}", "{\"count\":-5}") + "]}}")).isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "[1,2,3]")).isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "<html>captcha</html>")).isEqualTo(PlatformFailure.Kind.MALFORMED);
        assertThat(refusal(vk, "{}")).isEqualTo(PlatformFailure.Kind.MALFORMED);
    }

    @Test
    void hugeTextIsRefused() {
        String huge = "\"" + "я".repeat(VkClient.MAX_TEXT + 1) + "\"";
        assertThat(refusal(vk, "{\"response\":{\"count\":1,\"items\":[" + post("7", huge) + "]}}"))
                .isEqualTo(PlatformFailure.Kind.MALFORMED);
    }

    @Test
    void tenThousandPostsInOneAnswerAreRefused() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            items.append(i == 0 ? "" : ",").append(post(String.valueOf(i + 1), "\"x\""));
        }
        assertThat(refusal(vk, "{\"response\":{\"count\":10000,\"items\":[" + items + "]}}"))
                .isEqualTo(PlatformFailure.Kind.MALFORMED);
    }

    @Test
    void oversizeBodyIsRefusedUnread() {
        String big = "{\"response\":{\"count\":1,\"items\":[],\"pad\":\"" + "x".repeat(WebFetch.MAX_BODY) + "\"}}";
        assertThat(refusal(vk, big)).isEqualTo(PlatformFailure.Kind.MALFORMED);
    }

    @Test
    void deeplyNestedAnswerIsRefused() {
        String deep = "{\"response\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(refusal(vk, deep)).isEqualTo(PlatformFailure.Kind.MALFORMED);
    }
}
