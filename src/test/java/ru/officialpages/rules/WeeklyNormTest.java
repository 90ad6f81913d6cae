package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.WeeklyNorms;

class WeeklyNormTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final WeeklyNorms NOVOKUBANSKY = new WeeklyNorms(10, 5, 5, 5);
    final ProductionCalendar calendar = TestCalendars.standard();
    final WeeklyNorm rule = new WeeklyNorm(NOVOKUBANSKY, calendar, false);

    static Page page(LocalDate created, LocalDate deleted, Integer ownNorm) {
        return new Page(1, 1, Network.VK, "https://vk.com/adm", created, deleted, ownNorm);
    }

    static List<LocalDateTime> dailyPosts(LocalDate from, int days) {
        List<LocalDateTime> posts = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            posts.add(from.plusDays(i).atTime(10, 0));
        }
        return posts;
    }

    @Test
    void aWholeWeekUsesThePresetOfTheKind() {
        WeekProgress p = rule.progress(page(LocalDate.of(2025, 1, 1), null, null), OrganizationKind.ADMINISTRATION,
                MONDAY, dailyPosts(MONDAY, 7));
        assertThat(p.norm()).isEqualTo(10);
        assertThat(p.published()).isEqualTo(7);
        assertThat(p.met()).isFalse();
        assertThat(p.missing()).isEqualTo(3);
        assertThat(p.ratio()).isEqualTo("7 из 10");
        assertThat(rule.progress(page(LocalDate.of(2025, 1, 1), null, null), OrganizationKind.HEAD, MONDAY,
                dailyPosts(MONDAY, 5)).met()).isTrue();
    }

    @Test
    void thePageOwnNormWins() {
        assertThat(rule.progress(page(LocalDate.of(2025, 1, 1), null, 2), OrganizationKind.ADMINISTRATION, MONDAY,
                List.of()).norm()).isEqualTo(2);
    }

    @Test
    void aPageCreatedOnThursdayOwesForFourDaysAndItsEarlierPostsDoNotCount() {
        LocalDate thursday = MONDAY.plusDays(3);
        WeekProgress p = rule.progress(page(thursday, null, 3), OrganizationKind.INSTITUTION, MONDAY, dailyPosts(MONDAY, 7));
        assertThat(p.daysExisted()).isEqualTo(4);
        assertThat(p.norm()).isEqualTo(2); // ceil(3 × 4 / 7)
        assertThat(p.published()).isEqualTo(4);
    }

    @Test
    void aPageDeletedOnWednesdayOwesForTwoDays() {
        LocalDate wednesday = MONDAY.plusDays(2);
        WeekProgress p = rule.progress(page(LocalDate.of(2025, 1, 1), wednesday, 8), OrganizationKind.INSTITUTION, MONDAY,
                dailyPosts(MONDAY, 7));
        assertThat(p.daysExisted()).isEqualTo(2);
        assertThat(p.norm()).isEqualTo(3); // ceil(8 × 2 / 7)
        assertThat(p.published()).isEqualTo(2);
    }

    @Test
    void aWeekBeforeThePageExistedOwesNothing() {
        WeekProgress p = rule.progress(page(MONDAY.plusWeeks(1), null, 5), OrganizationKind.INSTITUTION, MONDAY, List.of());
        assertThat(p.norm()).isZero();
        assertThat(p.met()).isTrue();
    }

    @Test
    void holidayWeeksKeepTheNormUnlessTheSettingSaysSo() {
        // 4–10 May 2026: 8 May shortened, 9 May (Saturday) a holiday moved to Monday 11 May; 4–7 working.
        LocalDate may4 = LocalDate.of(2026, 5, 4);
        LocalDate newYear = LocalDate.of(2026, 1, 5); // 5–11 January: no working day at all
        Page p = page(LocalDate.of(2025, 1, 1), null, 5);
        assertThat(rule.progress(p, OrganizationKind.INSTITUTION, newYear, List.of()).norm()).isEqualTo(5);
        WeeklyNorm eased = new WeeklyNorm(NOVOKUBANSKY, calendar, true);
        assertThat(eased.progress(p, OrganizationKind.INSTITUTION, newYear, List.of()).norm()).isZero();
        assertThat(eased.progress(p, OrganizationKind.INSTITUTION, may4, List.of()).norm()).isEqualTo(5);
        assertThat(eased.progress(p, OrganizationKind.INSTITUTION, MONDAY, List.of()).norm()).isEqualTo(5);
    }

    @Property
    void theNormNeverExceedsTheBaseAndAFullWeekOwesIt(@ForAll @IntRange(min = 0, max = 20) int base,
            @ForAll @IntRange(min = -10, max = 10) int createdOffset, @ForAll @IntRange(min = 0, max = 20) int life) {
        LocalDate created = MONDAY.plusDays(createdOffset);
        LocalDate deleted = life == 20 ? null : created.plusDays(life + 1);
        WeekProgress p = rule.progress(page(created, deleted, base), OrganizationKind.INSTITUTION, MONDAY, List.of());
        assertThat(p.norm()).isBetween(0, base);
        if (p.daysExisted() == 7) {
            assertThat(p.norm()).isEqualTo(base);
        }
        if (p.daysExisted() == 0) {
            assertThat(p.norm()).isZero();
        }
    }

    @Test
    void mondayOfAnyDay() {
        assertThat(WeeklyNorm.mondayOf(LocalDate.of(2026, 11, 22))).isEqualTo(MONDAY);
        assertThat(WeeklyNorm.mondayOf(MONDAY)).isEqualTo(MONDAY);
    }
}
