package ru.officialpages.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each error body VK sends, and the network's faults, become the right typed, Russian failure. */
class VkFailuresTest {
    private final StandIn vk = new StandIn();
    private final FakeTimer timer = new FakeTimer();

    @AfterEach
    void stop() {
        vk.close();
    }

    private VkClient client(String base, Duration timeout) {
        WebFetch fetch = new WebFetch(new Pace(VkApi.REQUESTS_PER_SECOND, timer), timeout);
        return new VkClient(new VkApi(base, "k", fetch, () -> VkClientTest.NOW), VkClientTest.MOSCOW);
    }

    private VkClient client() {
        return client(vk.base(), Duration.ofSeconds(5));
    }

    private static PlatformFailure failure(Runnable r) {
        try {
            r.run();
        } catch (PlatformFailure f) {
            return f;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void refusedKeyStopsWithTheKeyMessage() {
        vk.vk("wall.get", "error-5.json");
        PlatformFailure f = failure(() -> client().wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.KEY_REFUSED);
        assertThat(f.getMessage()).startsWith("Ключ не подходит");
        assertThat(f.pageOnly()).isFalse();
        assertThat(vk.requests()).hasSize(1);
    }

    @Test
    void tooManyRequestsWaitsAndTriesAgain() {
        vk.vk("wall.get", "error-6.json", "error-9.json", "wall.get-formats.json");
        assertThat(client().wall(-123456, 0, 100)).hasSize(8);
        assertThat(vk.requests()).hasSize(3);
        assertThat(timer.sleeps()).isNotEmpty();
    }

    @Test
    void floodThatDoesNotEndIsAFailureNotALoop() {
        vk.vk("wall.get", "error-9.json");
        PlatformFailure f = failure(() -> client().wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.TOO_MANY_REQUESTS);
        assertThat(vk.requests()).hasSize(VkApi.FLOOD_ATTEMPTS);
    }

    @Test
    void dailyLimitSaysWhenToComeBack() {
        vk.vk("wall.get", "error-29.json");
        PlatformFailure f = failure(() -> client().wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.DAILY_LIMIT);
        assertThat(f.retryAfter()).contains(LocalDateTime.of(2026, 12, 8, 10, 0));
        assertThat(f.getMessage()).contains("08.12.2026 10:00");
        assertThat(vk.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 30, 203, 212})
    void deniedPageIsAPageNote(int code) {
        vk.vk("wall.get", "error-" + code + ".json");
        PlatformFailure f = failure(() -> client().wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.ACCESS_DENIED);
        assertThat(f.pageOnly()).isTrue();
        assertThat(f.getMessage()).startsWith("Нет доступа к странице");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPauses() {
        vk.on("/method/wall.get", new StandIn.Reply(502, "text/html", "<html>Bad Gateway</html>"),
                new StandIn.Reply(503, "text/html", ""),
                new StandIn.Reply(200, "application/json", StandIn.resource("wall.get-formats.json")));
        assertThat(client().wall(-123456, 0, 100)).hasSize(8);
        assertThat(timer.sleeps()).containsSubsequence(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void serverThatKeepsFailingGivesARussianMessage() {
        vk.on("/method/wall.get", new StandIn.Reply(500, "text/html", "oops"));
        PlatformFailure f = failure(() -> client().wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.NETWORK);
        assertThat(f.getMessage()).contains("не работает");
        assertThat(vk.requests()).hasSize(WebFetch.ATTEMPTS);
    }

    @Test
    void noNetworkGivesARussianMessageAfterRetries() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PlatformFailure f = failure(() -> client("http://127.0.0.1:" + port + "/method/", Duration.ofSeconds(2))
                .wall(-1, 0, 100));
        assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.NETWORK);
        assertThat(f.getMessage()).startsWith("Нет связи с 127.0.0.1");
        assertThat(timer.sleeps()).hasSize(WebFetch.ATTEMPTS - 1);
    }

    @Test
    void silentServerTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            // Accepts connections and never answers: the request's own timeout must end the wait.
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        silent.accept();
                    }
                } catch (IOException ignored) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            PlatformFailure f = failure(() -> client("http://127.0.0.1:" + silent.getLocalPort() + "/method/",
                    Duration.ofMillis(150)).wall(-1, 0, 100));
            assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.NETWORK);
            assertThat(f.getMessage()).contains("не ответил вовремя");
        }
    }

    @Test
    void missingKeyIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> new VkApi(vk.base(), " ", new WebFetch(new Pace(3, timer)), () -> VkClientTest.NOW))
                .isInstanceOfSatisfying(PlatformFailure.class,
                        f -> assertThat(f.kind()).isEqualTo(PlatformFailure.Kind.KEY_REFUSED));
    }
}
