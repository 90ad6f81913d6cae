package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of working-time arithmetic over 2023–2027 (2027 by the fallback), with the default office
 * hours and with an irregular office (short Friday, no lunch on Monday, Saturday hours).
 */
class WorkingTimeProperties {
    private static final WorkingTime STANDARD = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults());
    private static final WorkingTime IRREGULAR = new WorkingTime(
            TestCalendars.standard().withOverride(LocalDate.of(2026, 11, 23), DayType.NON_WORKING)
                    .withOverride(LocalDate.of(2026, 11, 21), DayType.SHORTENED),
            OfficeHours.defaults()
                    .with(DayOfWeek.MONDAY, OfficeHours.Day.of(LocalTime.of(8, 0), LocalTime.of(17, 0)))
                    .with(DayOfWeek.FRIDAY, OfficeHours.Day.withLunch(LocalTime.of(9, 0), LocalTime.of(16, 45),
                            LocalTime.of(12, 30), LocalTime.of(13, 15)))
                    .with(DayOfWeek.SATURDAY, OfficeHours.Day.of(LocalTime.of(10, 0), LocalTime.of(14, 0))));

    private static final long FIRST_MINUTE = LocalDateTime.of(2023, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) / 60;
    private static final long LAST_MINUTE = LocalDateTime.of(2027, 12, 31, 23, 59).toEpochSecond(ZoneOffset.UTC) / 60;

    @Provide
    Arbitrary<WorkingTime> engines() {
        return Arbitraries.of(STANDARD, IRREGULAR);
    }

    /** Any minute of 2023–2027, nights and weekends included, with office boundaries made likely. */
    @Provide
    Arbitrary<LocalDateTime> moments() {
        Arbitrary<LocalDateTime> anyMinute = Arbitraries.longs().between(FIRST_MINUTE, LAST_MINUTE)
                .map(m -> LocalDateTime.ofEpochSecond(m * 60, 0, ZoneOffset.UTC));
        Arbitrary<LocalDateTime> boundary = Combinators.combine(
                Arbitraries.longs().between(FIRST_MINUTE / 1440, LAST_MINUTE / 1440),
                Arbitraries.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(12, 30), LocalTime.of(13, 0),
                        LocalTime.of(13, 15), LocalTime.of(14, 0), LocalTime.of(16, 45), LocalTime.of(17, 0),
                        LocalTime.of(18, 0), LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)))
                .as((day, time) -> LocalDate.ofEpochDay(day).atTime(time));
        Arbitrary<LocalDateTime> withSeconds = Arbitraries.longs().between(FIRST_MINUTE * 60, LAST_MINUTE * 60)
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
        return Arbitraries.frequencyOf(Tuple.of(5, anyMinute), Tuple.of(3, boundary), Tuple.of(1, withSeconds));
    }

    /** From a minute up to about a month of working time. */
    @Provide
    Arbitrary<Duration> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 16).map(Duration::ofHours)),
                Tuple.of(4, Arbitraries.longs().between(1, 60L * 8 * 25).map(Duration::ofMinutes)),
                Tuple.of(1, Arbitraries.longs().between(1, 3600L * 40).map(Duration::ofSeconds)));
    }

    @Property
    void aDeadlineIsInsideOfficeHoursOrExactlyAtAnIntervalEnd(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime start, @ForAll("amounts") Duration amount) {
        LocalDateTime due = time.addWorkingHours(start, amount);

        boolean atIntervalEnd = time.workingIntervals(due.toLocalDate()).stream()
                .anyMatch(i -> i.end().equals(due));
        assertThat(time.isWorkingMoment(due) || atIntervalEnd).as("due %s", due).isTrue();
    }

    @Property
    void addingThenMeasuringGivesTheAmountBack(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime start, @ForAll("amounts") Duration amount) {
        assertThat(time.between(start, time.addWorkingHours(start, amount))).isEqualTo(amount);
    }

    @Property
    void aDeadlineIsNeverBeforeItsStart(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime start, @ForAll("amounts") Duration amount) {
        assertThat(time.addWorkingHours(start, amount)).isAfter(start);
    }

    @Property
    void addingInTwoStepsEqualsAddingAtOnce(@ForAll("engines") WorkingTime time, @ForAll("moments") LocalDateTime start,
            @ForAll("amounts") Duration first, @ForAll("amounts") Duration second) {
        assertThat(time.addWorkingHours(time.addWorkingHours(start, first), second))
                .isEqualTo(time.addWorkingHours(start, first.plus(second)));
    }

    @Property
    void theExplanationGivesTheSameDeadline(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime start, @ForAll("amounts") Duration amount) {
        assertThat(time.explainHours(start, amount).due()).isEqualTo(time.addWorkingHours(start, amount));
    }

    @Property
    void addWorkingDaysLandsOnAWorkingDayAfterTheStart(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime start, @ForAll("workingDayCounts") int n) {
        LocalDate due = time.addWorkingDays(start.toLocalDate(), n);

        assertThat(due).isAfter(start.toLocalDate());
        assertThat(time.isWorkingDay(due)).isTrue();
        assertThat(time.calendar().isWorkingDay(due)).isTrue();
        long counted = start.toLocalDate().plusDays(1).datesUntil(due.plusDays(1)).filter(time::isWorkingDay).count();
        assertThat(counted).isEqualTo(n);
    }

    @Provide
    Arbitrary<Integer> workingDayCounts() {
        return Arbitraries.integers().between(1, 30);
    }

    @Property
    void betweenIsAntisymmetricAndNeverNegativeForwards(@ForAll("engines") WorkingTime time,
            @ForAll("moments") LocalDateTime a, @ForAll("moments") LocalDateTime b) {
        Duration forwards = time.between(a, b);

        assertThat(time.between(b, a)).isEqualTo(forwards.negated());
        if (!b.isBefore(a)) {
            assertThat(forwards.isNegative()).isFalse();
        }
    }
}
