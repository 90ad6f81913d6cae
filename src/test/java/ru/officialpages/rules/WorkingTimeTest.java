package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingTimeTest {
    private final WorkingTime time = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults());

    private static LocalDateTime at(String isoDateTime) {
        return LocalDateTime.parse(isoDateTime);
    }

    @Test
    void threeHoursFromFridayEveningEndOnMondayMorningWithTheExactExplanation() {
        Deadline d = time.explainHours(at("2026-11-20T17:30"), Duration.ofHours(3));

        assertThat(d.due()).isEqualTo(at("2026-11-23T11:30"));
        assertThat(d.explanation())
                .isEqualTo("3 рабочих часа: 30 мин в пятницу 20.11, 2 ч 30 мин в понедельник 23.11");
        assertThat(d.yearsWithoutData()).isEmpty();
        assertThat(time.between(at("2026-11-20T17:30"), d.due())).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void yearBoundaryJumpsOverTheNewYearHolidays() {
        // 31.12.2025 is a day off moved from 5 January; 1–11 January 2026 are off.
        Deadline d = time.explainHours(at("2025-12-30T17:00"), Duration.ofHours(3));

        assertThat(d.due()).isEqualTo(at("2026-01-12T11:00"));
        assertThat(d.explanation())
                .isEqualTo("3 рабочих часа: 1 ч во вторник 30.12, 2 ч в понедельник 12.01.2026");
        assertThat(time.addWorkingDays(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void newYearHolidaysAreNotWorked() {
        for (int day = 1; day <= 8; day++) {
            assertThat(time.isWorkingDay(LocalDate.of(2024, 1, day))).as("January %d", day).isFalse();
        }
        assertThat(time.addWorkingDays(LocalDate.of(2023, 12, 29), 1)).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void aTransferredSaturdayIsWorkedWithWeekdayHours() {
        // 2024: Sat 27 April is a working day (decree No. 1251).
        assertThat(time.workingIntervals(LocalDate.of(2024, 4, 27))).extracting(WorkingInterval::start)
                .containsExactly(at("2024-04-27T09:00"), at("2024-04-27T14:00"));
        assertThat(time.addWorkingHours(at("2024-04-26T17:00"), Duration.ofHours(2)))
                .isEqualTo(at("2024-04-27T10:00"));
    }

    @Test
    void aTransferredSaturdayTakesMondaysHoursWhenFridayIsShort() {
        OfficeHours hours = OfficeHours.defaults().with(DayOfWeek.FRIDAY,
                OfficeHours.Day.withLunch(LocalTime.of(9, 0), LocalTime.of(16, 45), LocalTime.of(13, 0), LocalTime.of(13, 45)));
        WorkingTime shortFriday = new WorkingTime(TestCalendars.standard(), hours);

        assertThat(shortFriday.workingIntervals(LocalDate.of(2024, 4, 27)).get(1).end()).isEqualTo(at("2024-04-27T18:00"));
        assertThat(shortFriday.workingIntervals(LocalDate.of(2024, 4, 26)).get(1).end()).isEqualTo(at("2024-04-26T16:45"));
    }

    @Test
    void aShortenedDayEndsAtFive() {
        // 30.04.2026 is the eve of 1 May (ТК РФ ст. 95).
        assertThat(time.workingIntervals(LocalDate.of(2026, 4, 30)).get(1).end()).isEqualTo(at("2026-04-30T17:00"));
        assertThat(time.addWorkingHours(at("2026-04-30T16:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-05-04T10:00"));
        // A working Saturday can be shortened too: 01.11.2025.
        assertThat(time.addWorkingHours(at("2025-10-31T17:00"), Duration.ofHours(8)))
                .isEqualTo(at("2025-11-01T17:00"));
    }

    @Test
    void lunchIsSkipped() {
        assertThat(time.addWorkingHours(at("2026-11-23T12:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T14:30"));
        assertThat(time.addWorkingHours(at("2026-11-23T13:30"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-23T14:30"));
        assertThat(time.between(at("2026-11-23T12:00"), at("2026-11-23T15:00"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void anAmountEndingAtLunchEndsAtLunchNotAfterIt() {
        assertThat(time.addWorkingHours(at("2026-11-23T12:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T13:00"));
        assertThat(time.addWorkingHours(at("2026-11-23T13:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T15:00"));
    }

    @Test
    void aStartInTheEveningOrAtTheWeekendCountsFromTheNextWorkingMorning() {
        assertThat(time.addWorkingHours(at("2026-11-23T20:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-24T10:00"));
        assertThat(time.addWorkingHours(at("2026-11-24T06:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-24T10:00"));
        assertThat(time.addWorkingHours(at("2026-11-21T10:00"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T10:00"));
        assertThat(time.explainHours(at("2026-11-22T23:59"), Duration.ofHours(2)).explanation())
                .isEqualTo("2 рабочих часа: 2 ч в понедельник 23.11");
    }

    @Test
    void aUserOverrideMakingADayNonWorkingMovesTheDeadline() {
        WorkingTime withDayOff = time.withCalendar(
                time.calendar().withOverride(LocalDate.of(2026, 11, 23), DayType.NON_WORKING));

        assertThat(withDayOff.addWorkingHours(at("2026-11-20T17:30"), Duration.ofHours(3)))
                .isEqualTo(at("2026-11-24T11:30"));
        assertThat(time.addWorkingHours(at("2026-11-20T17:30"), Duration.ofHours(3)))
                .as("the original calendar is unchanged").isEqualTo(at("2026-11-23T11:30"));
    }

    @Test
    void aYearWithoutDataSaysSo() {
        Deadline d = time.explainHours(at("2030-03-01T10:00"), Duration.ofHours(1));

        assertThat(time.calendar().hasOfficialData(2030)).isFalse();
        assertThat(d.yearsWithoutData()).containsExactly(2030);
        assertThat(d.explanation()).isEqualTo("1 рабочий час: 1 ч в пятницу 01.03; за 2030 год нет данных "
                + "производственного календаря, используются только выходные и праздники ТК РФ");
    }

    @Test
    void countingIntoAYearWithoutDataMentionsOnlyThatYear() {
        Deadline d = time.explainDays(LocalDate.of(2026, 12, 30), 2);

        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(d.yearsWithoutData()).containsExactly(2027);
        assertThat(d.explanation()).isEqualTo("2 рабочих дня после 30.12: срок — вторник 12.01.2027, до 18:00; "
                + "не считаются нерабочие дни: 31.12–10.01.2027; за 2027 год нет данных производственного "
                + "календаря, используются только выходные и праздники ТК РФ");
    }

    @Test
    void workingDaysExplained() {
        Deadline d = time.explainDays(LocalDate.of(2026, 11, 20), 5);

        assertThat(d.due()).isEqualTo(at("2026-11-27T18:00"));
        assertThat(d.explanation()).isEqualTo(
                "5 рабочих дней после 20.11: срок — пятница 27.11, до 18:00; не считаются нерабочие дни: 21.11–22.11");
        assertThat(time.explainDays(LocalDate.of(2026, 11, 2), 1).explanation())
                .isEqualTo("1 рабочий день после 02.11: срок — вторник 03.11, до 17:00");
    }

    @Test
    void amountsOtherThanWholeHoursAreWrittenOut() {
        assertThat(time.explainHours(at("2026-11-23T09:00"), Duration.ofMinutes(150)).explanation())
                .isEqualTo("2 ч 30 мин рабочего времени: 2 ч 30 мин в понедельник 23.11");
        assertThat(time.explainHours(at("2026-11-23T09:00"), Duration.ofMinutes(45)).explanation())
                .isEqualTo("45 рабочих минут: 45 мин в понедельник 23.11");
        assertThat(time.explainHours(at("2026-11-23T09:00"), Duration.ofHours(5)).explanation())
                .isEqualTo("5 рабочих часов: 5 ч в понедельник 23.11");
        assertThat(time.explainHours(at("2026-11-23T09:00"), Duration.ofHours(21)).explanation())
                .isEqualTo("21 рабочий час: 8 ч в понедельник 23.11, 8 ч во вторник 24.11, 5 ч в среду 25.11");
    }

    @Test
    void zeroIsTheStartItselfAndNegativeIsRefused() {
        assertThat(time.addWorkingHours(at("2026-11-21T03:00"), Duration.ZERO)).isEqualTo(at("2026-11-21T03:00"));
        assertThat(time.explainHours(at("2026-11-21T03:00"), Duration.ZERO).explanation())
                .isEqualTo("0 рабочих часов: срок наступает сразу");
        assertThatThrownBy(() -> time.addWorkingHours(at("2026-11-21T03:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(time.addWorkingDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void betweenIsAntisymmetricAndSkipsNightsAndWeekends() {
        assertThat(time.between(at("2026-11-20T17:30"), at("2026-11-23T11:30"))).isEqualTo(Duration.ofHours(3));
        assertThat(time.between(at("2026-11-23T11:30"), at("2026-11-20T17:30"))).isEqualTo(Duration.ofHours(-3));
        assertThat(time.between(at("2026-11-21T10:00"), at("2026-11-22T23:00"))).isZero();
        // The whole of 2026: 247 days × 8 h − 4 shortened hours.
        assertThat(time.between(at("2026-01-01T00:00"), at("2027-01-01T00:00"))).isEqualTo(Duration.ofHours(1972));
    }

    @Test
    void shorteningTakesAWorkingHourNotAClockHour() {
        long h = 3_600_000_000_000L;
        long m = h / 60;
        // 9:00–13:00 and 13:30–14:00: the last 30 min go, then 30 min of the morning.
        assertThat(WorkingTime.shortenByOneHour(new long[] {9 * h, 13 * h, 13 * h + 30 * m, 14 * h}))
                .containsExactly(9 * h, 12 * h + 30 * m);
        assertThat(WorkingTime.shortenByOneHour(new long[] {9 * h, 9 * h + 30 * m})).isEmpty();
    }

    @Test
    void anOfficeClosedOnADayDoesNotCountIt() {
        WorkingTime noWednesdays = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults().without(DayOfWeek.WEDNESDAY));

        assertThat(noWednesdays.isWorkingDay(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(noWednesdays.addWorkingDays(LocalDate.of(2026, 11, 24), 1)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
        OfficeHours mondaysOnly = OfficeHours.defaults().without(DayOfWeek.TUESDAY).without(DayOfWeek.WEDNESDAY)
                .without(DayOfWeek.THURSDAY).without(DayOfWeek.FRIDAY);
        Map<LocalDate, DayType> offs = new HashMap<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2037; d = d.plusDays(1)) {
            offs.put(d, DayType.NON_WORKING);
        }
        WorkingTime never = new WorkingTime(new ProductionCalendar(List.of(), offs), mondaysOnly);

        assertThatThrownBy(() -> never.addWorkingDays(LocalDate.of(2026, 1, 1), 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> never.addWorkingHours(at("2026-01-01T10:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
