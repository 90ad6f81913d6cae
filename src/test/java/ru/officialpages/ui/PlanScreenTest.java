package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;

/** Контент-план: plan by clicking a day, drag to another day, mark published with a link. */
class PlanScreenTest extends WindowTestBase {
    long pageId;

    private void givenAHeadPage() {
        givenSetupDone(); // Ishtan preset: 2 posts a week
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization head = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.HEAD,
                    "Глава Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page p = new PageRepository(first).add(new Page(0, head.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            pageId = p.id();
        }
    }

    private List<PlanItem> itemsThisWeek() {
        return new PlanRepository(db, java.time.Clock.systemDefaultZone()).between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29));
    }

    /** A page's check box in the plan dialog: the network first, the organisation beside it; its accessible text says both. */
    private javafx.scene.Node pageBox(String label) {
        return lookup(n -> n instanceof javafx.scene.control.CheckBox c && label.equals(c.getAccessibleText())).query();
    }

    @Test
    void planMoveAndPublish() throws Exception {
        givenAHeadPage();
        openWindow();
        clickOn("#nav-plan");
        waitUntil(() -> lookup("#plan-norm-" + pageId).tryQuery().isPresent());
        assertThat(labelText("#plan-norm-" + pageId)).endsWith("0 из 2");

        clickOn("#plan-day-2026-11-25");
        waitUntil(() -> lookup("#plan-item-topic").tryQuery().isPresent());
        clickOn("#plan-item-topic").write("Неделя главы: итоги");
        clickOn(pageBox("Глава Берёзовского сельского поселения — ВКонтакте"));
        clickOn("Сохранить");
        waitUntil(() -> lookup("#plan-day-2026-11-25 .plan-chip").tryQuery().isPresent());
        Label chip = lookup("#plan-day-2026-11-25 .plan-chip").query();
        assertThat(chip.getText()).isEqualTo("Неделя главы: итоги");
        assertThat(labelText("#plan-norm-" + pageId)).endsWith("1 из 2");
        long id = itemsThisWeek().get(0).id();

        drag("#plan-item-" + id).dropTo("#plan-day-2026-11-27");
        waitUntil(() -> itemsThisWeek().get(0).day().equals(LocalDate.of(2026, 11, 27)));
        waitUntil(() -> lookup("#plan-day-2026-11-27 .plan-chip").tryQuery().isPresent());
        assertThat(lookup("#plan-day-2026-11-25 .plan-chip").tryQuery()).isEmpty();

        clickOn("#plan-item-" + id);
        waitUntil(() -> lookup("#plan-item-topic").tryQuery().isPresent());
        clickOn("Опубликовано…");
        waitUntil(() -> lookup("#publish-link-0").tryQuery().isPresent());
        // A link of another page is refused where it was typed.
        clickOn("#publish-link-0").write("https://vk.com/wall-999_1");
        clickOn("Внести в журнал");
        assertThat(lookup(".field-error").match(LabeledMatchers.hasText("Это ссылка на публикацию другой страницы."))
                .<Node>tryQuery()).isPresent();
        replaceText("#publish-link-0", "https://vk.com/wall-210001_900");
        clickOn("Внести в журнал");

        waitUntil(() -> itemsThisWeek().get(0).status() == PlanStatus.PUBLISHED);
        assertThat(new PostRepository(db).count(PostFilter.ALL)).isEqualTo(1);
        waitUntil(() -> lookup("#plan-item-" + id).tryQuery().isPresent()
                && lookup("#plan-item-" + id).query().getStyleClass().contains("plan-chip-published"));
        assertThat(labelText("#plan-norm-" + pageId)).endsWith("1 из 2");

        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 1 публикация".equals(labelText("#posts-found")));
    }

    @Test
    void theWeekViewShowsTheWeekAndStepsByWeeks() throws Exception {
        givenAHeadPage();
        try (Database more = Database.open(dir.resolve("official-pages.db"))) {
            PlanRepository plan = new PlanRepository(more, java.time.Clock.systemDefaultZone());
            plan.save(new PlanItem(0, LocalDate.of(2026, 11, 24), null, List.of(pageId), "Отчёт главы", "",
                    ru.officialpages.domain.PostFormat.VIDEO, "", PlanStatus.PLANNED, null));
            plan.save(new PlanItem(0, LocalDate.of(2026, 12, 1), null, List.of(pageId), "Декабрьский приём", "",
                    ru.officialpages.domain.PostFormat.TEXT, "", PlanStatus.IDEA, null));
        }
        openWindow();
        clickOn("#nav-plan");
        waitUntil(() -> lookup("#plan-day-2026-11-24 .plan-chip").tryQuery().isPresent());
        clickOn("#plan-view-week");
        waitUntil(() -> lookup("#plan-weekday-2026-11-24 .plan-chip").tryQuery().isPresent());
        assertThat(lookup("#plan-weekday-2026-11-23").tryQuery()).isPresent();
        assertThat(lookup("#plan-weekday-2026-11-30").tryQuery()).isEmpty();
        clickOn("#plan-next");
        waitUntil(() -> lookup("#plan-weekday-2026-12-01 .plan-chip").tryQuery().isPresent());
        Label december = lookup("#plan-weekday-2026-12-01 .plan-chip").query();
        assertThat(december.getText()).isEqualTo("Декабрьский приём");
        assertThat(labelText("#plan-month-title")).isEqualTo("Декабрь 2026");

        // No printer on this machine: the user is told so and pointed to the Excel file instead.
        clickOn("#plan-print");
        waitUntil(() -> labelText("#plan-status").startsWith("Принтер не найден"));
    }

    @Test
    void thePostTextIsCheckedAsItIsTypedAndFixedInOneClick() throws Exception {
        givenAHeadPage();
        openWindow();
        clickOn("#nav-plan");
        waitUntil(() -> lookup("#plan-norm-" + pageId).tryQuery().isPresent());
        clickOn("#plan-day-2026-11-26");
        waitUntil(() -> lookup("#plan-item-text-area").tryQuery().isPresent());
        clickOn("#plan-item-topic").write("Субботник");
        clickOn(pageBox("Глава Берёзовского сельского поселения — ВКонтакте"));
        clickOn("#plan-item-text-area").write("В целях благоустройства приглашаем всех на субботник.");
        org.fxmisc.richtext.StyleClassedTextArea area = node("#plan-item-text-area");
        // Underlined where the officialese is, and listed below with its plainer word.
        waitUntil(() -> area.getStyleOfChar(2).contains("finding-bureaucratese"));
        javafx.scene.control.ListView<ru.officialpages.text.Finding> findings = node("#plan-item-text-findings");
        assertThat(findings.getItems()).anyMatch(f -> f.fragment().equals("В целях"));
        // The card scrolls within the screen (768 px) and is as wide as its fields: the fix is shown, not cut.
        javafx.stage.Window card = lookup("#plan-item-dialog").query().getScene().getWindow();
        assertThat(card.getHeight()).isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        javafx.scene.control.ScrollPane scroll = node("#plan-item-scroll");
        assertThat(scroll.getViewportBounds().getWidth()).isGreaterThanOrEqualTo(
                ((javafx.scene.layout.Region) scroll.getContent()).minWidth(-1));
        clickOn(lookup(".finding-fix").match(org.testfx.matcher.control.LabeledMatchers.hasText("Заменить на «Чтобы»"))
                .<javafx.scene.Node>query());
        assertThat(area.getText()).startsWith("Чтобы благоустройства");
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.fragment().equals("В целях")));
        clickOn("Сохранить");
        waitUntil(() -> !new PlanRepository(db, java.time.Clock.systemDefaultZone()).textsBetween(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26)).isEmpty());
        assertThat(new PlanRepository(db, java.time.Clock.systemDefaultZone()).textsBetween(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26)).values())
                .containsExactly("Чтобы благоустройства приглашаем всех на субботник.");
    }
}
