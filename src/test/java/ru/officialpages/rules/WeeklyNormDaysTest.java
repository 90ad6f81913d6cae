package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.WeeklyNorms;

/**
 * The days a page existed in a week, now counted by arithmetic on its dates (issue 20 item 5),
 * give the norm and days of the old count day by day, with and without scaling by working days,
 * around the New Year holidays of the standard calendar.
 */
class WeeklyNormDaysTest {
    static final LocalDate MONDAY = LocalDate.of(2025, 12, 29);
    final ProductionCalendar calendar = TestCalendars.standard();

    @Property
    void theSameNormAndDaysAsCountingDayByDay(@ForAll @IntRange(min = -10, max = 20) int createdOffset,
            @ForAll @IntRange(min = -10, max = 30) int deletedOffset, @ForAll boolean deleted, @ForAll boolean byWorkingDays,
            @ForAll @IntRange(min = 0, max = 3) int weekOffset, @ForAll @IntRange(min = 1, max = 12) int ownNorm) {
        LocalDate monday = MONDAY.plusWeeks(weekOffset);
        Page page = new Page(1, 1, Network.VK, "https://vk.com/p", MONDAY.plusDays(createdOffset),
                deleted ? MONDAY.plusDays(deletedOffset) : null, ownNorm);
        WeekProgress p = new WeeklyNorm(new WeeklyNorms(10, 5, 5, 5), calendar, byWorkingDays)
                .progress(page, OrganizationKind.INSTITUTION, monday, java.util.List.of());

        int days = 0;
        int working = 0;
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            if (page.activeOn(d)) {
                days++;
                working += calendar.isWorkingDay(d) ? 1 : 0;
            }
        }
        int norm = byWorkingDays ? (ownNorm * Math.min(working, 5) + 4) / 5 : (ownNorm * days + 6) / 7;
        assertThat(p.daysExisted()).isEqualTo(days);
        assertThat(p.norm()).isEqualTo(norm);
    }
}
