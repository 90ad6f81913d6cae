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
}
