package ru.officialpages.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {
    @Test
    void neverMoreThanThreeRequestsInAnySecond() throws InterruptedException {
        FakeTimer timer = new FakeTimer();
        Pace pace = new Pace(3, timer);
        List<Long> at = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pace.acquire();
            at.add(timer.nanos());
            timer.advance(Duration.ofMillis(50));
        }
        for (int i = 3; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 3)).as("request %d", i).isGreaterThanOrEqualTo(1_000_000_000L);
        }
        assertThat(timer.sleeps()).isNotEmpty();
    }

    @Test
    void slowCallerNeverWaits() throws InterruptedException {
        FakeTimer timer = new FakeTimer();
        Pace pace = new Pace(3, timer);
        for (int i = 0; i < 10; i++) {
            pace.acquire();
            timer.advance(Duration.ofMillis(400));
        }
        assertThat(timer.sleeps()).isEmpty();
    }

    @Test
    void clientCallsArePaced() {
        FakeTimer timer = new FakeTimer();
        try (StandIn vk = new StandIn()) {
            vk.vk("groups.getById", "groups.getById.json");
            VkClient c = new VkClient(new VkApi(vk.base(), "k", new WebFetch(new Pace(3, timer)),
                    () -> VkClientTest.NOW), VkClientTest.MOSCOW);
            for (int i = 0; i < 7; i++) {
                c.group("adm_town");
            }
            // The fake clock stands still between calls: 7 calls need two full-second waits.
            assertThat(timer.sleeps()).hasSize(2);
            assertThat(timer.nanos() - 1_000_000_000L).isEqualTo(2_000_000_000L);
        }
    }
}
