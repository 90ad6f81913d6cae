package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.StandIn;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.desk.SocialSync;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.storage.PlatformKeyFile;
import ru.officialpages.storage.SyncedRepository;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.SyncViewModel;
import ru.officialpages.ui.settings.SocialSettingsViewModel;

/** «Обновить из соцсетей» clicked in the real window, reading a stand-in VK on 127.0.0.1. */
class SyncScreenTest extends WindowTestBase {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    final StandIn vk = new StandIn();
    final List<Duration> scheduled = new ArrayList<>();
    SyncViewModel sync;

    @AfterEach
    void stopVk() {
        if (sync != null) {
            sync.close();
        }
        vk.close();
    }

    @Override
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
        var desks = context.desks();
        Organization admin = desks.pages().saveOrganization(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
        desks.pages().add(new Page(0, admin.id(), Network.VK, "https://vk.com/adm_town", LocalDate.of(2025, 1, 1), null,
                null));
        SocialConnections social = new SocialConnections(new PlatformKeyFile(dir), Map.of("OFFICIAL_PAGES_VK_API",
                vk.base(), "OFFICIAL_PAGES_VK_TOKEN", "0123456789abcdef0123456789"), () -> NOW, ZoneId.of("Europe/Moscow"),
                new FakeTimer());
        SocialSync socialSync = new SocialSync(desks.pages(), desks.posts(), desks.plan(), new SyncedRepository(db),
                social, desks.changes(), () -> NOW);
        sync = new SyncViewModel(socialSync, executor::onUiThread, prefs, (period, job) -> {
            scheduled.add(period);
            return () -> scheduled.remove(period);
        }, () -> NOW);
        window.setSync(sync);
        window.setSocial(new SocialSettingsViewModel(social, executor).withSync(sync));
    }

    @SuppressWarnings("unchecked")
    private TableView<PostEntry> table() {
        return (TableView<PostEntry>) (TableView<?>) node("#posts-table");
    }

    @Test
    void theButtonReadsTheWallIntoPublications() throws Exception {
        vk.vk("utils.resolveScreenName", "utils.resolveScreenName.json");
        vk.vkWhen("wall.get", "offset", "0", "wall.get-page1.json");
        vk.vkWhen("wall.get", "offset", "100", "wall.get-page2.json");
        vk.vk("wall.getComments", "{\"response\":{\"count\":0,\"items\":[],\"profiles\":[],\"groups\":[]}}");
        givenSetupDone();
        openWindow();
        assertThat(lookup("#screen-today #sync-button").tryQuery()).as("on Сегодня too").isPresent();
        clickOn("#nav-posts");
        waitUntil(() -> lookup("#screen-posts #sync-button").tryQuery().isPresent());
        assertThat(table().getItems()).isEmpty();

        clickOn("#screen-posts #sync-button");
        waitUntil(() -> labelText("#screen-posts #sync-status").startsWith("Обновлено в"));
        assertThat(labelText("#screen-posts #sync-status")).contains("новых записей 112");
        // The log follows at once (the desks' change notice), with no reopening of the screen.
        waitUntil(() -> "Найдено: 112 публикаций".equals(labelText("#posts-found")));
        waitUntil(() -> table().getItems().stream().anyMatch(
                e -> e != null && e.post().url().equals("https://vk.com/wall-123456_1000")));
        assertThat(this.<javafx.scene.control.Button>node("#screen-posts #sync-button").isDisabled()).isFalse();
        assertThat(node("#screen-posts #sync-cancel").isVisible()).isFalse();

        // At 1024×768 the button keeps its whole words; the status line gives way, its tooltip has the pages.
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitUntil(() -> stage.getScene().getWidth() < 1100);
        interact(() -> stage.getScene().getRoot().layout());
        javafx.scene.control.Button button = node("#screen-posts #sync-button");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) button.lookup(".text");
        assertThat(shown.getText()).isEqualTo("Обновить из соцсетей");
        assertThat(this.<javafx.scene.control.Label>node("#screen-posts #sync-status").getTooltip().getText())
                .contains("https://vk.com/adm_town: новых записей 112");
    }

    @Test
    void aRefusedKeyIsSaidInRedAndNothingIsAdded() throws Exception {
        vk.vk("utils.resolveScreenName", "error-5.json");
        givenSetupDone();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> lookup("#screen-posts #sync-button").tryQuery().isPresent());
        push(javafx.scene.input.KeyCode.F5); // the button's shortcut
        waitUntil(() -> labelText("#screen-posts #sync-status").startsWith("Ключ не подходит"));
        assertThat(node("#screen-posts #sync-status").getStyleClass()).contains("danger");
        assertThat(table().getItems()).isEmpty();
    }

    @Test
    void thePeriodicRefreshIsSetInSocialSettingsAndKept() throws Exception {
        givenSetupDone();
        openWindow();
        assertThat(scheduled).isEmpty();
        clickOn("#nav-settings");
        clickOn("#settings-tab-social");
        waitUntil(() -> lookup("#sync-period").tryQuery().isPresent());
        replaceText("#sync-period .text-field", "30");
        clickOn("#social-vk-key");
        Spinner<Integer> spinner = node("#sync-period");
        waitUntil(() -> spinner.getValue() == 30);
        assertThat(scheduled).containsExactly(Duration.ofMinutes(30));
        assertThat(prefs.getInt(SyncViewModel.PERIOD_KEY, -1)).isEqualTo(30);
    }
}
