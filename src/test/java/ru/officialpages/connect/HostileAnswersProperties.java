package ru.officialpages.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever comes back, the client ends in whole posts or a typed Russian refusal. */
class HostileAnswersProperties {
    private static StandIn shared;

    @BeforeContainer
    static void start() {
        shared = new StandIn();
    }

    @AfterContainer
    static void end() {
        shared.close();
    }

    @Property(tries = 60)
    void anyAnswerEndsInPostsOrATypedRefusal(@ForAll String junk) {
        String quoted = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(junk)) + "\"";
        String json = "{\"response\":{\"count\":1,\"items\":[" + HostileAnswersTest.post("7", quoted) + "]}}";
        String broken = json.substring(0, Math.min(json.length(), 10 + junk.length() * 3));
        for (String body : new String[] {json, broken, junk}) {
            shared.only("/method/wall.get", new StandIn.Reply(200, "application/json", body));
            try {
                assertThat(HostileAnswersTest.client(shared).wall(-1, 0, 100))
                        .allSatisfy(p -> assertThat(p.link()).isEqualTo("https://vk.com/wall-1_7"));
            } catch (PlatformFailure f) {
                assertThat(f.getMessage()).isNotBlank();
            }
        }
    }
}
