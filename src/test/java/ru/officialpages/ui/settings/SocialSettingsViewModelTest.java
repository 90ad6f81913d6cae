package ru.officialpages.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.StandIn;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.storage.PlatformKeyFile;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

class SocialSettingsViewModelTest {
    static final String KEY = "0123456789abcdef0123456789";
    @TempDir
    Path dir;
    private final StandIn vk = new StandIn();

    @AfterEach
    void stop() {
        vk.close();
    }

    private SocialSettingsViewModel vm(Map<String, String> env) {
        SocialConnections social = new SocialConnections(new PlatformKeyFile(dir), env,
                () -> LocalDateTime.of(2026, 12, 7, 10, 0), ZoneId.of("Europe/Moscow"), new FakeTimer());
        return new SocialSettingsViewModel(social, new DirectTaskExecutor(TestDialogs.failing()));
    }

    private SocialSettingsViewModel vm() {
        return vm(Map.of("OFFICIAL_PAGES_VK_API", vk.base()));
    }

    @Test
    void typedKeyIsValidatedCheckedAndSaved() {
        vk.vk("groups.getById", "groups.getById.json");
        SocialSettingsViewModel m = vm();
        m.load();
        assertThat(m.keyProperty().get()).isEmpty();
        m.keyProperty().set("не ключ");
        assertThat(m.keyErrorProperty().get()).startsWith("Это не похоже");
        m.save();
        assertThat(Files.exists(dir.resolve("vk-service-key.txt"))).isFalse();

        m.keyProperty().set(KEY);
        assertThat(m.keyErrorProperty().get()).isEmpty();
        m.check();
        assertThat(m.verdictOkProperty().get()).isTrue();
        assertThat(m.checkingProperty().get()).isFalse();
        assertThat(m.verdictProperty().get()).startsWith("Ключ работает").endsWith("чтобы программа пользовалась этим ключом.");
        m.save();
        assertThat(m.statusProperty().get()).startsWith("Ключ сохранён");
        m.check();
        assertThat(m.verdictProperty().get()).as("saved: no reminder").doesNotContain("«Сохранить»");

        SocialSettingsViewModel again = vm();
        again.load();
        assertThat(again.keyProperty().get()).isEqualTo(KEY);
        again.keyProperty().set("");
        again.save();
        assertThat(again.statusProperty().get()).isEqualTo("Ключ удалён.");
        assertThat(Files.exists(dir.resolve("vk-service-key.txt"))).isFalse();
    }

    @Test
    void anEmptyFieldChecksTheKeyInUseAndTheEnvironmentIsNamed() {
        vk.vk("groups.getById", "error-5.json");
        SocialSettingsViewModel m = vm(Map.of("OFFICIAL_PAGES_VK_API", vk.base(), "OFFICIAL_PAGES_VK_TOKEN", KEY));
        m.load();
        assertThat(m.environmentNoteProperty().get()).contains("OFFICIAL_PAGES_VK_TOKEN");
        m.check();
        assertThat(m.verdictOkProperty().get()).isFalse();
        assertThat(m.verdictProperty().get()).startsWith("Ключ не подходит");
        assertThat(vk.requests().get(0).params()).containsEntry("access_token", KEY);
    }

    @Test
    void noKeyAtAllIsSaidWithoutAsking() {
        SocialSettingsViewModel m = vm();
        m.load();
        m.check();
        assertThat(m.verdictProperty().get()).isEqualTo("Вставьте ключ.");
        assertThat(vk.requests()).isEmpty();
    }
}
