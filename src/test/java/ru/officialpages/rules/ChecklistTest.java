package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Page;

class ChecklistTest {
    private final WorkingTime time = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults());
    // Fri 30.10.2026; Wed 4 November (National Unity Day) is off.
    private final Page page = new Page(1, 1, "VK", "https://vk.com/club1", LocalDate.of(2026, 10, 30), null, null);

    private ChecklistLine line(Checklist c, ChecklistItem item) {
        return c.lines().get(item.ordinal());
    }

    @Test
    void theSiteLinkIsDueInFiveWorkingDaysAndTheHolidayDoesNotCount() {
        // novoaltaysk-608 §1.4: 2, 3, 5, 6, 9 November are the five working days; 4 November is off.
        Checklist onDue = Checklist.of(page, Map.of(), time, 3, LocalDate.of(2026, 11, 9));
        assertThat(line(onDue, ChecklistItem.SITE_LINK).due()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(line(onDue, ChecklistItem.SITE_LINK).overdue()).isFalse();

        Checklist dayAfter = Checklist.of(page, Map.of(), time, 3, LocalDate.of(2026, 11, 10));
        assertThat(line(dayAfter, ChecklistItem.SITE_LINK).overdue()).isTrue();
        // The coordinator: 3 working days, 2, 3 and 5 November.
        assertThat(line(dayAfter, ChecklistItem.COORDINATOR_TOLD_CREATED).due()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(line(dayAfter, ChecklistItem.COORDINATOR_TOLD_CREATED).overdue()).isTrue();
        assertThat(dayAfter.overdue()).isEqualTo(2);
    }

    @Test
    void aDoneItemIsNeverOverdueAndItemsWithoutADeadlineNeverAre() {
        Map<ChecklistItem, ChecklistMark> marks = new EnumMap<>(ChecklistItem.class);
        marks.put(ChecklistItem.SITE_LINK, new ChecklistMark(ChecklistItem.SITE_LINK, CheckState.DONE,
                LocalDate.of(2026, 11, 12), "на сайте в разделе «Соцсети»"));
        Checklist c = Checklist.of(page, marks, time, 3, LocalDate.of(2027, 1, 1));
        assertThat(line(c, ChecklistItem.SITE_LINK).overdue()).isFalse();
        assertThat(line(c, ChecklistItem.GEOTAG).due()).isNull();
        assertThat(line(c, ChecklistItem.GEOTAG).overdue()).isFalse();
    }

    @Test
    void progressLeavesOutNotApplicableItems() {
        Map<ChecklistItem, ChecklistMark> marks = new EnumMap<>(ChecklistItem.class);
        marks.put(ChecklistItem.AVATAR, new ChecklistMark(ChecklistItem.AVATAR, CheckState.DONE, null, ""));
        marks.put(ChecklistItem.GEOTAG, new ChecklistMark(ChecklistItem.GEOTAG, CheckState.NOT_APPLICABLE, null, ""));
        // A page that exists: the deletion notice does not count yet either.
        assertThat(Checklist.of(page, marks, time, 3, LocalDate.of(2026, 11, 1)).progress()).isEqualTo("1/10");
        Page deleted = new Page(1, 1, "VK", "https://vk.com/club1", page.createdOn(), LocalDate.of(2026, 11, 20), null);
        Checklist c = Checklist.of(deleted, marks, time, 3, LocalDate.of(2026, 11, 26));
        assertThat(c.progress()).isEqualTo("1/11");
        // 20.11 Fri → 23, 24, 25 November: told by Wed 25.11, late on the 26th.
        assertThat(line(c, ChecklistItem.COORDINATOR_TOLD_DELETED).due()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(line(c, ChecklistItem.COORDINATOR_TOLD_DELETED).overdue()).isTrue();
    }

    @Test
    void quartersAreNamedTheRussianWay() {
        Quarter q = Quarter.parse("2026-Q3");
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q.russian()).isEqualTo("III квартал 2026 г.");
        assertThat(Quarter.parse("2026-Q5")).isNull();
        assertThat(Quarter.of(LocalDate.of(2026, 11, 23)).previous()).isEqualTo(new Quarter(2026, 3));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
