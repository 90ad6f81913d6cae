package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProductionCalendarTest {

    @Test
    void fallbackFollowsTheLabourCode() {
        CalendarYear y = CalendarYear.fallback(2026);

        assertThat(y.source()).isEqualTo(CalendarSource.FALLBACK);
        // Without the decree 9 January is a working Friday and 31 December a shortened Thursday.
        assertThat(y.dayType(LocalDate.of(2026, 1, 9))).isEqualTo(DayType.WORKING);
        assertThat(y.dayType(LocalDate.of(2026, 12, 31))).isEqualTo(DayType.SHORTENED);
        // 8 March and 9 May fall on a weekend and move to Monday (ТК РФ ст. 112 ч. 2).
        assertThat(y.dayType(LocalDate.of(2026, 3, 9))).isEqualTo(DayType.NON_WORKING);
        assertThat(y.dayType(LocalDate.of(2026, 5, 11))).isEqualTo(DayType.NON_WORKING);
        // The eve of a Saturday holiday is shortened; the eve of a moved day off is not (ст. 95).
        assertThat(y.dayType(LocalDate.of(2026, 5, 8))).isEqualTo(DayType.SHORTENED);
        assertThat(y.dayType(LocalDate.of(2026, 3, 6))).isEqualTo(DayType.WORKING);
        assertThat(y.workingDays()).isEqualTo(249);
    }

    @Test
    void fallbackMatchesTheDecreeWhereTheDecreeOnlyAppliedTheCode() {
        // 2023: the decree only moved the January weekend days; 4 November moved by the Code itself.
        CalendarYear fallback = CalendarYear.fallback(2023);
        CalendarYear decree = TestCalendars.decreeYears().get(0);
        for (LocalDate d = LocalDate.of(2023, 3, 1); d.getYear() == 2023; d = d.plusDays(1)) {
            if (!d.equals(LocalDate.of(2023, 5, 8))) {
                assertThat(fallback.dayType(d)).as(d.toString()).isEqualTo(decree.dayType(d));
            }
        }
    }

    @Test
    void januaryHolidaysOnAWeekendDoNotMoveWithoutADecree() {
        CalendarYear y = CalendarYear.fallback(2028); // 1 January 2028 is a Saturday
        assertThat(y.dayType(LocalDate.of(2028, 1, 10))).isEqualTo(DayType.WORKING);
        assertThat(y.dayType(LocalDate.of(2028, 1, 8))).isEqualTo(DayType.NON_WORKING);
    }

    @Test
    void yearsWithoutDataAreFlagged() {
        ProductionCalendar calendar = TestCalendars.standard();

        assertThat(calendar.hasOfficialData(2026)).isTrue();
        assertThat(calendar.hasOfficialData(2030)).isFalse();
        assertThat(calendar.missingDataNotice(2026)).isEmpty();
        assertThat(calendar.missingDataNotice(2030)).contains(
                "за 2030 год нет данных производственного календаря, используются только выходные и праздники ТК РФ");
        assertThat(calendar.year(2030).source()).isEqualTo(CalendarSource.FALLBACK);
        assertThat(calendar.dayType(LocalDate.of(2030, 1, 3))).isEqualTo(DayType.NON_WORKING);
    }

    @Test
    void overridesWinAndLeaveTheOriginalAlone() {
        ProductionCalendar calendar = TestCalendars.standard();
        LocalDate saturday = LocalDate.of(2026, 11, 21);

        ProductionCalendar changed = calendar.withOverride(saturday, DayType.WORKING);

        assertThat(changed.dayType(saturday)).isEqualTo(DayType.WORKING);
        assertThat(calendar.dayType(saturday)).isEqualTo(DayType.NON_WORKING);
        assertThat(changed.overrides()).containsExactly(Map.entry(saturday, DayType.WORKING));
        assertThat(changed.withoutOverride(saturday).dayType(saturday)).isEqualTo(DayType.NON_WORKING);
    }

    @Test
    void theLaterOfTwoYearsWinsAndFallbackYearsAreNotOfficial() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        CalendarYear imported = new CalendarYear(2026, Map.of(day, DayType.NON_WORKING), CalendarSource.IMPORTED);
        ProductionCalendar calendar = new ProductionCalendar(
                List.of(TestCalendars.decreeYears().get(3), imported, CalendarYear.fallback(2031)));

        assertThat(calendar.dayType(day)).isEqualTo(DayType.NON_WORKING);
        assertThat(calendar.year(2026).source()).isEqualTo(CalendarSource.IMPORTED);
        assertThat(calendar.hasOfficialData(2031)).isFalse();
    }

    @Test
    void aYearHoldsOnlyItsOwnDates() {
        assertThatThrownBy(() -> new CalendarYear(2026, Map.of(LocalDate.of(2025, 12, 31), DayType.NON_WORKING),
                CalendarSource.IMPORTED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeHoursAreValidated() {
        assertThat(OfficeHours.defaults().day(java.time.DayOfWeek.SATURDAY)).isEmpty();
        assertThatThrownBy(() -> OfficeHours.Day.of(java.time.LocalTime.of(18, 0), java.time.LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.Day.withLunch(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(18, 0),
                java.time.LocalTime.of(8, 0), java.time.LocalTime.of(9, 30))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeHours(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
