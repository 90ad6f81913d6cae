package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.ui.pages.PageRow;

/** Страницы: a page added by pasting its address, moved, checked and deleted, as the user sees it. */
class PagesScreenTest extends WindowTestBase {
    private static final String ADMIN = "Администрация Берёзовского сельского поселения";

    private void givenAnOrganization() {
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION, ADMIN,
                    "", "", "", "", false, "", false));
        }
    }

    private TableView<PageRow> table() {
        return node("#pages-table");
    }

    private String cell(int row, int column) {
        return String.valueOf(table().getColumns().get(column).getCellData(row));
    }

    /** Scrolls the page's card so that {@code id} is in view, as the user does with the wheel. */
    private void scrollTo(String id) {
        interact(() -> {
            javafx.scene.control.ScrollPane card = node("#page-card");
            Node content = card.getContent();
            Node target = node(id);
            javafx.geometry.Bounds b = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double range = content.getBoundsInLocal().getHeight() - card.getViewportBounds().getHeight();
            card.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
        });
    }

    private void typeDate(String pickerId, String date) {
        doubleClickOn(pickerId + " .text-field").eraseText(12).write(date).type(KeyCode.ENTER);
    }

    /**
     * «Реестр на сайте…» (novoaltaysk-608 §3.5, issue 19 item 6): the specialist marks the III quarter's registry
     * placed; a day inside the quarter is refused beside the fields; opened again, the dialog says it is placed.
     */
    @Test
    void theQuartersRegistryIsMarkedPlacedOnTheWebsite() throws Exception {
        givenSetupDone();
        givenAnOrganization();
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            long org = new OrganizationRepository(db).all().get(0).id();
            new PageRepository(db).add(new Page(0, org, "VK", "https://vk.com/berezovka_adm", LocalDate.of(2025, 1, 1), null, null));
        }
        openWindow();
        clickOn("#nav-pages");
        clickOn("#pages-registry-placed");
        waitUntil(() -> lookup("#placement-state").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .contains("не размещён, срок 25.10.2026 прошёл"));
        typeDate("#placement-day", "30.09.2026");
        clickOn("#placement-mark");
        waitUntil(() -> labelText("#placement-error").contains("ещё не кончился III квартал 2026"));
        clickOn("#placement-url").write("https://berezovka.ru/reestr");
        // Enter in the date field marks with the day just typed.
        typeDate("#placement-day", "20.10.2026");
        waitUntil(() -> lookup("#placement-state").tryQuery().isEmpty());
        assertThat(labelText("#pages-status")).contains("III квартал 2026", "20.10.2026");

        clickOn("#pages-registry-placed");
        waitUntil(() -> lookup("#placement-state").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                .contains("размещён 20.10.2026"));
        assertThat(this.<javafx.scene.control.TextField>node("#placement-url").getText()).isEqualTo("https://berezovka.ru/reestr");
        clickOn("#placement-unmark");
        waitUntil(() -> lookup("#placement-state").tryQuery().isEmpty());
        assertThat(labelText("#pages-status")).contains("снята");
    }

    @Test
    void addMoveCheckAndDeleteAPage() throws Exception {
        givenSetupDone();
        givenAnOrganization();
        openWindow();
        clickOn("#nav-pages");
        waitUntil(() -> lookup("#empty-pages-organizations").tryQuery().isPresent());
        assertThat(lookup("#pages-empty-add").queryButton().isVisible()).isTrue();

        // Ctrl+N opens the form wherever the focus is.
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#page-new-address").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(lookup("#page-new-save").queryButton().isDisabled()).isTrue();
        choose("#page-new-organization", ADMIN);
        clickOn("#page-new-address").write("vk.com/feed");
        assertThat(labelText("#page-new-address-error")).contains("vk.com/feed");
        assertThat(lookup("#page-new-save").queryButton().isDisabled()).isTrue();
        doubleClickOn("#page-new-address").eraseText(11).write("http://m.vk.com/Berezovka_Adm/?from=groups");
        assertThat(labelText("#page-new-recognised")).isEqualTo(
                "Соцсеть: ВКонтакте. Адрес будет сохранён как https://vk.com/berezovka_adm");
        typeDate("#page-new-created", "30.10.2026");
        clickOn("#page-new-save");

        waitUntil(() -> table().getItems().size() == 1);
        assertThat(cell(0, 0)).isEqualTo(ADMIN);
        assertThat(cell(0, 1)).isEqualTo("ВКонтакте");
        assertThat(cell(0, 3)).isEqualTo("30.10.2026");
        assertThat(cell(0, 4)).isEqualTo("2");
        assertThat(cell(0, 6)).isEqualTo("действует");
        // Created 30.10 with 4 November off: the site link was due 09.11, the coordinator's notice 05.11.
        waitUntil(() -> lookup("#check-site-link-due").tryQuery().isPresent());
        assertThat(labelText("#check-site-link-due")).isEqualTo("просрочено: срок 09.11.2026");
        assertThat(this.<Label>node("#check-site-link-due").getStyleClass()).contains("danger");
        assertThat(labelText("#check-coordinator-told-created-due")).isEqualTo("просрочено: срок 05.11.2026");
        assertThat(lookup("#pages-table").lookup("0/11, просрочено 2").tryQuery()).isPresent();

        clickOn("#pages-link-1");
        assertThat(openedLinks).containsExactly("https://vk.com/berezovka_adm");

        // A second VK page of the same organization is refused, naming the first.
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        choose("#page-new-organization", ADMIN);
        clickOn("#page-new-address").write("https://vk.com/club2");
        assertThat(labelText("#page-new-organization-error")).contains("https://vk.com/berezovka_adm");
        assertThat(lookup("#page-new-save").queryButton().isDisabled()).isTrue();
        clickOn("#page-new-cancel");
        clickOn(lookup("#pages-table .table-cell").match(LabeledMatchers.hasText(ADMIN)).<Node>query());

        // The address changes; the history keeps the old one.
        waitUntil(() -> this.<ListView<AddressPeriod>>node("#page-history").getItems().size() == 1);
        scrollTo("#page-change-address");
        clickOn("#page-change-address").write("vk.com/berezovka");
        typeDate("#page-change-date", "10.11.2026");
        clickOn("#page-change-apply");
        waitUntil(() -> this.<ListView<AddressPeriod>>node("#page-history").getItems().size() == 2);
        assertThat(lookup("#page-history").lookup("https://vk.com/berezovka_adm — с 30.10.2026 по 10.11.2026")
                .tryQuery()).isPresent();
        assertThat(lookup("#page-history").lookup("https://vk.com/berezovka — с 10.11.2026 (действующий)")
                .tryQuery()).isPresent();
        assertThat(this.<Label>node("#pages-status").getText()).contains("https://vk.com/berezovka");
        waitUntil(() -> lookup("#pages-link-1").tryQuery().map(n -> ((javafx.scene.control.Hyperlink) n).getText()
                .equals("https://vk.com/berezovka")).orElse(false));

        // Ticking the site link: done today, no longer late.
        scrollTo("#check-site-link-state");
        choose("#check-site-link-state", "сделано");
        waitUntil(() -> lookup("#pages-table").lookup("1/11, просрочено 1").tryQuery().isPresent());
        waitUntil(() -> labelText("#check-site-link-due").equals("срок 09.11.2026"));
        PageRepository pages = new PageRepository(db);
        assertThat(pages.marks(1).get(ChecklistItem.SITE_LINK).state()).isEqualTo(CheckState.DONE);
        assertThat(pages.marks(1).get(ChecklistItem.SITE_LINK).date()).isEqualTo(LocalDate.of(2026, 11, 23));

        // Deleting asks first, then marks the page deleted on the chosen day.
        interact(() -> this.<javafx.scene.control.ScrollPane>node("#page-card").setVvalue(0));
        clickOn("#page-delete");
        assertThat(lookup("#page-delete-confirm").queryButton().isVisible()).isTrue();
        typeDate("#page-delete-date", "20.11.2026");
        clickOn("#page-delete-confirm");
        waitUntil(() -> cell(0, 6).equals("удалена 20.11.2026"));
        Page stored = pages.all().get(0);
        assertThat(stored.deletedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(pages.registry(LocalDate.of(2026, 11, 19))).hasSize(1);

        // The status filter hides it among the active ones.
        choose("#pages-filter-status", "Действующие");
        assertThat(table().getItems()).isEmpty();
        choose("#pages-filter-status", "Удалённые");
        assertThat(table().getItems()).hasSize(1);
        clickOn("#pages-search").write("нет такого");
        assertThat(table().getItems()).isEmpty();
        assertThat(this.<ComboBox<?>>node("#pages-filter-status").getValue()).isNotNull();
    }
}
