package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.PlatformFailure;
import ru.officialpages.connect.StandIn;
import ru.officialpages.storage.PlatformKeyFile;

class SocialConnectionsTest {
    static final String KEY = "a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0abcd";
    @TempDir
    Path dir;
    private final StandIn vk = new StandIn();

    @AfterEach
    void stop() {
        vk.close();
    }

    private SocialConnections social(Map<String, String> env) {
        return new SocialConnections(new PlatformKeyFile(dir), env, () -> LocalDateTime.of(2026, 12, 7, 10, 0),
                ZoneId.of("Europe/Moscow"), new FakeTimer());
    }

    private SocialConnections social() {
        return social(Map.of("OFFICIAL_PAGES_VK_API", vk.base()));
    }

    @Test
    void keyIsSavedBesideTheDatabaseAndRemoved() {
        SocialConnections s = social();
        assertThat(s.storedKey()).isEmpty();
        s.saveKey("  " + KEY + "\n");
        assertThat(s.storedKey()).contains(KEY);
        assertThat(Files.exists(dir.resolve("vk-service-key.txt"))).isTrue();
        assertThat(social().effectiveKey()).as("read back by a new start").contains(KEY);
        s.saveKey("");
        assertThat(s.storedKey()).isEmpty();
        assertThat(Files.exists(dir.resolve("vk-service-key.txt"))).isFalse();
    }

    @Test
    void environmentOverridesTheSavedKey() {
        social().saveKey(KEY);
        SocialConnections s = social(Map.of("OFFICIAL_PAGES_VK_TOKEN", "from-the-environment-123", "OFFICIAL_PAGES_VK_API",
                vk.base()));
        assertThat(s.keyFromEnvironment()).isTrue();
        assertThat(s.effectiveKey()).contains("from-the-environment-123");
        vk.vk("groups.getById", "groups.getById.json");
        s.vk().group("1");
        assertThat(vk.requests().get(0).params()).containsEntry("access_token", "from-the-environment-123");
    }

    @Test
    void aKeyThatCannotBeOneIsRefusedWithAReason() {
        assertThat(SocialConnections.problemWith("")).contains("Вставьте ключ.");
        assertThat(SocialConnections.problemWith("ключ с пробелами")).get().asString().startsWith("Это не похоже");
        assertThat(SocialConnections.problemWith(KEY)).isEmpty();
        assertThatThrownBy(() -> social().saveKey("short")).isInstanceOf(IllegalArgumentException.class);
        assertThat(social().check("x y").works()).isFalse();
        assertThat(vk.requests()).isEmpty();
    }

    @Test
    void checkSaysTheKeyWorks() {
        vk.vk("groups.getById", "groups.getById.json");
        SocialConnections.Verdict v = social().check(KEY);
        assertThat(v.works()).isTrue();
        assertThat(v.text()).startsWith("Ключ работает").contains("Администрация Городского поселения");
        assertThat(vk.requests().get(0).params()).containsEntry("group_id", "1").containsEntry("access_token", KEY);
    }

    @Test
    void checkSaysTheKeyIsRefused() {
        vk.vk("groups.getById", "error-5.json");
        SocialConnections.Verdict v = social().check(KEY);
        assertThat(v.works()).isFalse();
        assertThat(v.text()).startsWith("Ключ не подходит");
    }

    @Test
    void checkWithoutNetworkSaysSoInRussian() {
        SocialConnections s = social(Map.of("OFFICIAL_PAGES_VK_API", "http://127.0.0.1:9/method/"));
        SocialConnections.Verdict v = s.check(KEY);
        assertThat(v.works()).isFalse();
        assertThat(v.text()).startsWith("Нет связи");
    }

    @Test
    void readingWithoutAKeyIsATypedFailure() {
        assertThatThrownBy(() -> social().vk()).isInstanceOfSatisfying(PlatformFailure.class,
                f -> assertThat(f.getMessage()).contains("Настройки → Соцсети"));
    }

    @Test
    void eachNetworkHasAConnectorOrAReasonWhyNot() {
        SocialConnections s = social(Map.of("OFFICIAL_PAGES_VK_API", vk.base(), "OFFICIAL_PAGES_TELEGRAM_PREVIEW",
                vk.root() + "s/"));
        assertThat(s.connector("VK")).as("no key yet").isEmpty();
        assertThat(s.whyNotRead("VK")).get().asString().contains("Ключ VK не задан");
        assertThat(s.whyNotRead("OK")).get().asString().contains("OAuth");
        assertThat(s.whyNotRead("MAX")).get().asString().contains("зарегистрированным организациям");
        assertThat(s.whyNotRead("TELEGRAM")).isEmpty();

        s.saveKey(KEY);
        vk.vk("utils.resolveScreenName", "utils.resolveScreenName.json");
        vk.vk("wall.get", "wall.get-formats.json");
        ru.officialpages.connect.PageRead read = s.connector("VK").orElseThrow()
                .read("https://vk.com/adm_town", LocalDateTime.of(2026, 11, 29, 0, 0));
        assertThat(read.posts()).extracting(ru.officialpages.connect.PlatformPost::link)
                .containsExactly("https://vk.com/wall-123456_210", "https://vk.com/wall-123456_209",
                        "https://vk.com/wall-123456_208", "https://vk.com/wall-123456_207",
                        "https://vk.com/wall-123456_206", "https://vk.com/wall-123456_205");
        assertThat(vk.requests("wall.get").get(0).params()).containsEntry("owner_id", "-123456");

        vk.on("/s/beryozovo_adm", new StandIn.Reply(200, "text/html", StandIn.resource("t.me-s-channel.html")));
        assertThat(s.connector("TELEGRAM").orElseThrow().read("t.me/beryozovo_adm", LocalDateTime.of(2026, 12, 3, 0, 0))
                .posts()).hasSize(2);
    }
}
