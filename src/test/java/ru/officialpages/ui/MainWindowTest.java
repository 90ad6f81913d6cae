package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.demo.DemoData;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.FxTaskExecutor;

/**
 * The window as a user meets it: the first-start setup, every screen, and an organization typed
 * wrong and then right, still there after the program is started again on the same folder.
 */
class MainWindowTest extends WindowTestBase {

    @Test
    void firstStartSetupThenEveryScreen() throws Exception {
        openWindow();
        assertThat(lookup("#setup-view").tryQuery()).isPresent();
        assertThat(lookup("#nav-rail").tryQuery()).isEmpty();
        Button start = node("#setup-start");
        assertThat(start.isDisabled()).as("cannot start without the municipality").isTrue();
        assertThat(this.<Label>node("#settings-municipality-error").isVisible()).as("no red before the user typed").isFalse();

        clickOn("#settings-municipality").write("Иштанское сельское поселение");
        clickOn("#settings-head-name").write("Петров Пётр Петрович");
        clickOn("#settings-preparer-name").write("Сидорова Анна Ивановна");
        choose("#settings-preset", "Новокубанский район");
        assertThat(this.<ComboBox<NormPreset>>node("#settings-preset").getValue()).isEqualTo(NormPreset.NOVOKUBANSKY);
        // Scroll down to the end of the form, as the user does on a small screen.
        interact(() -> this.<javafx.scene.control.ScrollPane>node("#setup-view").setVvalue(1.0));
        assertThat(start.isDisabled()).isFalse();
        clickOn("#setup-start");

        waitUntil(() -> lookup("#nav-rail").tryQuery().isPresent());
        assertThat(stage.getTitle()).isEqualTo("Официальные страницы — Иштанское сельское поселение");
        Settings saved = new SettingsRepository(db).load();
        assertThat(saved.setupDone()).isTrue();
        assertThat(saved.headName()).isEqualTo("Петров Пётр Петрович");
        assertThat(saved.norms().administration()).isEqualTo(10);
        assertThat(saved.norms().head()).isEqualTo(5);
        // The example is offered apart (its own folder); the user's data starts empty.
        assertThat(new OrganizationRepository(db).all()).isEmpty();

        String[][] screens = {
            {"#nav-today", "#screen-today", "Сегодня по плану"},
            {"#nav-pages", "#screen-pages", "Реестр страниц"},
            {"#nav-plan", "#screen-plan", "Контент-план"},
            {"#nav-posts", "#screen-posts", "Публикации"},
            {"#nav-moderation", "#screen-moderation", "Модерация"},
            {"#nav-messages", "#screen-messages", "Новое сообщение"},
            {"#nav-reports", "#screen-reports", "Отчёты"},
        };
        int scrollPanes = 0;
        for (String[] s : screens) {
            clickOn(s[0]);
            assertThat(lookup(s[1]).tryQuery()).as(s[1]).isPresent();
            assertThat(lookup(s[1]).lookup((Label l) -> s[2].equals(l.getText())).tryQuery()).as(s[2]).isPresent();
            assertThat(this.<ToggleButton>node(s[0]).isSelected()).isTrue();
            // No screen keeps a bitmap copy of its scroll panes (app.css, issue 10: memory).
            scrollPanes += lookup(s[1]).lookup(".scroll-pane").queryAll().size();
            assertThat(lookup(s[1]).lookup(".scroll-pane").<Node>queryAll()).allSatisfy(pane -> {
                assertThat(((javafx.scene.control.Control) pane).getSkin())
                        .isInstanceOf(ru.officialpages.ui.common.UncachedScrollPaneSkin.class);
                assertThat(pane.lookup(".viewport").isCache()).isFalse();
            });
        }
        assertThat(scrollPanes).as("the screens have scroll panes").isPositive();
        clickOn("#nav-settings");
        assertThat(lookup("#settings-view").tryQuery()).isPresent();
        waitUntil(() -> "Иштанское сельское поселение".equals(
                this.<javafx.scene.control.TextField>node("#settings-municipality").getText()));

        // Keyboard: Ctrl+2 opens Страницы, empty at first, and its button leads to the organizations.
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(lookup("#screen-pages").tryQuery()).isPresent();
        waitUntil(() -> lookup("#empty-pages-organizations").tryQuery().isPresent());
        clickOn("#empty-pages-organizations");
        waitUntil(() -> lookup("#org-table").tryQuery().isPresent());
        assertThat(this.<TableView<Organization>>node("#org-table").getItems()).isEmpty();
    }

    @Test
    void organizationWithBadEmailIsNotSavedAndAGoodOneSurvivesARestart() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-settings");
        clickOn("Организации");
        waitUntil(() -> lookup("#org-add").tryQuery().isPresent());
        assertThat(this.<TableView<Organization>>node("#org-table").getItems()).isEmpty();

        clickOn("#org-add");
        clickOn("#org-name").write("МКУК «Берёзовский сельский Дом культуры»");
        clickOn("#org-email").write("dk@berezovka");
        clickOn("#org-phones").write("8 (38241) 2-13-07");
        assertThat(this.<Label>node("#org-email-error").isVisible()).isTrue();
        assertThat(labelText("#org-email-error")).isEqualTo("Адрес почты должен быть вида имя@домен.ru.");
        Button save = node("#org-save");
        assertThat(save.isDisabled()).isTrue();
        clickOn("#org-save");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new OrganizationRepository(db).all()).as("nothing saved while the email is wrong").isEmpty();

        doubleClickOn("#org-email").eraseText(20).write("dk@berezovka-sp.ru");
        assertThat(this.<Label>node("#org-email-error").isVisible()).isFalse();
        clickOn("#org-save");
        waitUntil(() -> "Сохранено".equals(labelText("#org-status")));
        TableView<Organization> table = node("#org-table");
        assertThat(table.getItems()).extracting(Organization::name).containsExactly("МКУК «Берёзовский сельский Дом культуры»");

        // Edit it: the change is saved too.
        clickOn("МКУК «Берёзовский сельский Дом культуры»");
        doubleClickOn("#org-website").write("dk-berezovka.ru");
        clickOn("#org-save");
        waitUntil(() -> "dk-berezovka.ru".equals(new OrganizationRepository(db).all().get(0).website()));

        closeWindow();
        openWindow();
        // The last screen is remembered, and the organization is read back from the file.
        assertThat(lookup("#settings-view").tryQuery()).isPresent();
        clickOn("Организации");
        waitUntil(() -> this.<TableView<Organization>>node("#org-table").getItems().size() == 1);
        Organization o = this.<TableView<Organization>>node("#org-table").getItems().get(0);
        assertThat(o.email()).isEqualTo("dk@berezovka-sp.ru");
        assertThat(o.phones()).isEqualTo("8 (38241) 2-13-07");
    }

    @Test
    void archivingIsUndoneByRestoring() throws Exception {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            new OrganizationRepository(first).save(new Organization(0, ru.officialpages.domain.OrganizationKind.INSTITUTION,
                    "Сельская библиотека", "", "", "", "", false, "", false));
        }
        openWindow();
        clickOn("#nav-settings");
        clickOn("Организации");
        waitUntil(() -> this.<TableView<Organization>>node("#org-table").getItems().size() == 1);
        clickOn("Сельская библиотека");
        clickOn("#org-archive");
        waitUntil(() -> this.<TableView<Organization>>node("#org-table").getItems().isEmpty());
        assertThat(new OrganizationRepository(db).all().get(0).archived()).isTrue();

        clickOn("#org-show-archived");
        clickOn("Сельская библиотека (в архиве)");
        assertThat(this.<Button>node("#org-archive").getText()).isEqualTo("Вернуть из архива");
        clickOn("#org-archive");
        waitUntil(() -> !new OrganizationRepository(db).all().get(0).archived());
    }
}
