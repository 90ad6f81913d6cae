package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;

/** Сегодня on Monday 23.11.2026: the week's norm per page, today's plan, overdue items, deadlines. */
class TodayScreenTest extends WindowTestBase {

    @Test
    void theHomeScreenSaysWhatIsDue() throws Exception {
        givenSetupDone(); // Ishtan: 2 a week
        long pageId;
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization head = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.HEAD,
                    "Глава Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page p = new PageRepository(first).add(new Page(0, head.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            pageId = p.id();
            new PostRepository(first).addAll(List.of(
                    new Post(0, p.id(), LocalDateTime.of(2026, 11, 23, 9, 15), "https://vk.com/wall-210001_1", PostFormat.PHOTO, "Приём"),
                    // Last week's post does not count for this week.
                    new Post(0, p.id(), LocalDateTime.of(2026, 11, 22, 9, 15), "https://vk.com/wall-210001_2", PostFormat.PHOTO, "")));
            PlanRepository plan = new PlanRepository(first, java.time.Clock.systemDefaultZone());
            plan.save(new PlanItem(0, LocalDate.of(2026, 11, 23), java.time.LocalTime.of(15, 0), List.of(p.id()),
                    "Прямая линия с главой", "", PostFormat.LIVE_STREAM, "", PlanStatus.READY, null));
            plan.save(new PlanItem(0, LocalDate.of(2026, 11, 19), null, List.of(p.id()),
                    "Итоги сессии Совета депутатов", "", PostFormat.TEXT, "", PlanStatus.PLANNED, null));
        }
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-ratio-" + pageId).tryQuery().isPresent());
        assertThat(labelText("#today-ratio-" + pageId)).isEqualTo("1 из 2");
        assertThat(lookup("#today-plan").lookup((Label l) -> l.getText().startsWith("15:00 Прямая линия с главой"))
                .tryQuery()).isPresent();
        assertThat(lookup("#today-overdue").lookup((Label l) -> l.getText().contains("Итоги сессии Совета депутатов"))
                .tryQuery()).isPresent();
        assertThat(lookup("#today-dues").lookup(LabeledMatchers.hasText(
                "25.01.2027 — Реестр страниц за IV квартал 2026 (на 31.12.2026) — разместить на сайте, через 63 дня"))
                .<Node>tryQuery()).isPresent();
        assertThat(lookup("#today-dues").lookup((Label l) -> l.getText().startsWith("19.11.2026 — Не опубликовано по плану"))
                .tryQuery()).isPresent();
        // The page has been there since January 2025 and nobody marked the link on the website: late, in red.
        Label siteLink = lookup("#today-dues").lookup((Label l) -> l.getText().startsWith("27.01.2025 — "
                + "Глава Берёзовского сельского поселения — ВКонтакте: ")).query();
        assertThat(siteLink.getStyleClass()).contains("danger");
    }

    /**
     * A post logged anywhere else (here the desk a sync or an import writes through) reaches Сегодня at
     * once, and only what changed is redrawn: the cards keep their nodes (issue 20 item 3).
     */
    @Test
    void aChangeElsewhereUpdatesTheFiguresInPlaceWithoutRebuildingTheCards() throws Exception {
        givenSetupDone(); // Ishtan: 2 a week on every page
        long behind;
        long ahead;
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization head = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.HEAD,
                    "Глава Берёзовского сельского поселения", "", "", "", "", false, "", false));
            // «… — Telegram» sorts before «… — ВКонтакте»: one missing each after the post, the order stays.
            behind = new PageRepository(first).add(new Page(0, head.id(), Network.TELEGRAM, "https://t.me/berezovka_head",
                    LocalDate.of(2025, 1, 20), null, null)).id();
            Page vk = new PageRepository(first).add(new Page(0, head.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            ahead = vk.id();
            new PostRepository(first).addAll(List.of(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 23, 9, 15),
                    "https://vk.com/wall-210001_1", PostFormat.PHOTO, "Приём")));
            new PlanRepository(first, java.time.Clock.systemDefaultZone()).save(new PlanItem(0, LocalDate.of(2026, 11, 23),
                    java.time.LocalTime.of(15, 0), List.of(vk.id()), "Прямая линия с главой", "", PostFormat.LIVE_STREAM,
                    "", PlanStatus.READY, null));
        }
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-ratio-" + behind).tryQuery().isPresent());
        assertThat(labelText("#today-ratio-" + behind)).isEqualTo("0 из 2");
        Label behindRatio = lookup("#today-ratio-" + behind).query();
        Label aheadRatio = lookup("#today-ratio-" + ahead).query();
        List<Node> weekLines = childrenOf("#today-week");
        List<Node> planLines = childrenOf("#today-plan");
        List<Node> dueLines = childrenOf("#today-dues");
        List<Node> overdueLines = childrenOf("#today-overdue");

        context.desks().posts().add(new Post(0, behind, LocalDateTime.of(2026, 11, 23, 9, 40),
                "https://t.me/berezovka_head/12", PostFormat.TEXT, "Объявление"));

        waitUntil(() -> "1 из 2".equals(labelText("#today-ratio-" + behind)));
        assertThat(lookup("#today-ratio-" + behind).<Label>query()).as("the same line, its figure updated")
                .isSameAs(behindRatio);
        assertThat(lookup("#today-ratio-" + ahead).<Label>query()).isSameAs(aheadRatio);
        assertThat(aheadRatio.getText()).isEqualTo("1 из 2");
        assertThat(childrenOf("#today-week")).as("the week's lines kept").containsExactlyElementsOf(weekLines);
        assertThat(childrenOf("#today-plan")).as("the plan's card did not change: not drawn again")
                .containsExactlyElementsOf(planLines);
        assertThat(childrenOf("#today-dues")).containsExactlyElementsOf(dueLines);
        assertThat(childrenOf("#today-overdue")).containsExactlyElementsOf(overdueLines);
    }

    /** The lines of a card (the nodes inside its body, below the title). */
    private List<Node> childrenOf(String card) {
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) lookup(card).<javafx.scene.layout.VBox>query()
                .getChildren().get(1);
        List<Node> lines = new java.util.ArrayList<>();
        for (Node n : box.getChildren()) {
            lines.add(n);
            if (n instanceof javafx.scene.Parent p) {
                lines.addAll(p.getChildrenUnmodifiable());
            }
        }
        return lines;
    }
}
