package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.StandIn;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.storage.PlatformKeyFile;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.settings.SocialSettingsViewModel;

/** Настройки → Соцсети on the real window, checking a key against a VK stand-in on 127.0.0.1. */
class SocialSettingsScreenTest extends WindowTestBase {
    static final String KEY = "0123456789abcdef0123456789";
    final StandIn vk = new StandIn();

    @AfterEach
    void stopVk() {
        vk.close();
    }

    @Override
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
        SocialConnections social = new SocialConnections(new PlatformKeyFile(dir), Map.of("OFFICIAL_PAGES_VK_API",
                vk.base()), () -> LocalDateTime.of(2026, 11, 23, 10, 0), ZoneId.systemDefault(), new FakeTimer());
        window.setSocial(new SocialSettingsViewModel(social, executor));
    }

    private void openTab() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-settings");
        clickOn("#settings-tab-social");
        waitUntil(() -> lookup("#social-vk-key").tryQuery().isPresent());
    }

    @Test
    void aWorkingKeyIsCheckedThenSaved() throws Exception {
        vk.vk("groups.getById", "groups.getById.json");
        openTab();
        assertThat(labelText("#social-ok-note")).startsWith("Одноклассники не читаются");
        assertThat(labelText("#social-max-note")).startsWith("MAX не читается");
        assertThat(lookup("#social-vk-steps .label").queryAll()).hasSize(5);

        clickOn("#social-vk-key");
        write(KEY);
        PasswordField field = node("#social-vk-key");
        assertThat(field.getText()).isEqualTo(KEY);
        clickOn("#social-vk-check");
        waitUntil(() -> labelText("#social-vk-verdict").startsWith("Ключ работает"));
        assertThat(labelText("#social-vk-verdict")).contains("«Сохранить»");
        assertThat(this.<javafx.scene.control.Label>node("#social-vk-verdict").getStyleClass()).contains("success");
        assertThat(vk.requests("groups.getById").get(0).params()).containsEntry("access_token", KEY);

        clickOn("#social-vk-save");
        waitUntil(() -> labelText("#social-vk-status").startsWith("Ключ сохранён"));
        assertThat(Files.readString(dir.resolve("vk-service-key.txt")).strip()).isEqualTo(KEY);
    }

    @Test
    void aRefusedKeyIsSaidInRussianAndABadOneCannotBeSent() throws Exception {
        vk.vk("groups.getById", "error-5.json");
        openTab();
        clickOn("#social-vk-key");
        write("ключ с пробелом");
        waitUntil(() -> labelText("#social-vk-key-error").startsWith("Это не похоже"));
        assertThat(this.<Button>node("#social-vk-check").isDisabled()).isTrue();
        assertThat(this.<Button>node("#social-vk-save").isDisabled()).isTrue();

        replaceText("#social-vk-key", KEY);
        waitUntil(() -> labelText("#social-vk-key-error").isEmpty());
        clickOn("#social-vk-check");
        waitUntil(() -> labelText("#social-vk-verdict").startsWith("Ключ не подходит"));
        assertThat(this.<javafx.scene.control.Label>node("#social-vk-verdict").getStyleClass()).contains("danger");
        assertThat(Files.exists(dir.resolve("vk-service-key.txt"))).isFalse();
    }

    @Test
    void theSavedKeyIsShownMaskedOnTheNextVisit() throws Exception {
        new PlatformKeyFile(dir).save(KEY);
        openTab();
        PasswordField field = node("#social-vk-key");
        waitUntil(() -> KEY.equals(field.getText()));
        assertThat(field).isInstanceOf(PasswordField.class);
    }
}
