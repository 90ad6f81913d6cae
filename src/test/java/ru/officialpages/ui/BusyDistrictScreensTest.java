package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;

/**
 * A district with many pages and a busy plan (issue 10): the month grid shows a few chips a day
 * and "ещё N", which opens the week with all of them; Сегодня lists the pages furthest behind
 * and shows the rest on request.
 */
class BusyDistrictScreensTest extends WindowTestBase {
    private static final LocalDate BUSY_DAY = LocalDate.of(2026, 11, 25);
    private static final int PAGES = 40;
    private static final int ITEMS = 9;

    private void givenABusyDistrict() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            OrganizationRepository orgs = new OrganizationRepository(first);
            PageRepository pages = new PageRepository(first);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PAGES; i++) {
                Organization o = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Школа № " + (i + 1), "", "", "", "",
                        false, "", false));
                Page p = pages.add(new Page(0, o.id(), Network.VK, "https://vk.com/school" + (i + 1), LocalDate.of(2025, 1, 20),
                        null, null));
                ids.add(p.id());
            }
            PlanRepository plan = new PlanRepository(first, java.time.Clock.systemDefaultZone());
            for (int i = 0; i < ITEMS; i++) {
                plan.save(new PlanItem(0, BUSY_DAY, null, List.of(ids.get(i)), "Тема " + (i + 1), "", PostFormat.PHOTO, "",
                        PlanStatus.PLANNED, null));
            }
        }
    }

    @Test
    void aBusyDayShowsAFewChipsAndTheWeekShowsThemAll() throws Exception {
        givenABusyDistrict();
        openWindow();
        clickOn("#nav-plan");
        String more = "#plan-more-" + BUSY_DAY;
        waitUntil(() -> lookup(more).tryQuery().isPresent());
        int shown = ru.officialpages.ui.plan.PlanViewTestAccess.monthChips() - 1;
        assertThat(lookup("#plan-day-" + BUSY_DAY + " .plan-chip").queryAll()).hasSize(shown + 1);
        assertThat(labelText(more)).isEqualTo("ещё " + (ITEMS - shown) + "…");

        // The last weeks of the month are below the fold: scroll down as the user would.
        interact(() -> this.<javafx.scene.control.ScrollPane>node("#plan-month").setVvalue(1.0));
        clickOn(more);
        waitUntil(() -> lookup("#plan-weekday-" + BUSY_DAY).tryQuery().isPresent());
        assertThat(lookup("#plan-weekday-" + BUSY_DAY + " .plan-chip").queryAll()).hasSize(ITEMS);
        assertThat(((javafx.scene.control.ToggleButton) lookup("#plan-view-week").query()).isSelected()).isTrue();
    }

    @Test
    void todayListsThePagesFurthestBehindAndTheRestOnRequest() throws Exception {
        givenABusyDistrict();
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-week-all").tryQuery().isPresent());
        assertThat(lookup("#today-week .progress-bar").queryAll()).as("the fifteen furthest behind").hasSize(15);
        assertThat(((javafx.scene.control.Labeled) lookup("#today-week-all").query()).getText()).isEqualTo("Показать все страницы (" + PAGES + ")");

        interact(() -> this.<javafx.scene.control.ScrollPane>node("#today-view").setVvalue(1.0));
        clickOn("#today-week-all");
        waitUntil(() -> lookup("#today-week .progress-bar").queryAll().size() == PAGES);
        assertThat(lookup("#today-week-all").tryQuery()).isEmpty();
    }
}
