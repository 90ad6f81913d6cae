package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BackupRetentionProperties {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Property(tries = 2000)
    void keepsOnlyGivenCopiesAndAlwaysTheNewest(@ForAll("copies") List<LocalDateTime> copies,
            @ForAll("policies") RetentionPolicy policy) {
        Set<LocalDateTime> kept = new BackupRetention(policy).keep(copies, TODAY);
        assertThat(copies).containsAll(kept);
        if (!copies.isEmpty()) {
            assertThat(kept).contains(copies.stream().max(Comparator.naturalOrder()).orElseThrow());
        }
    }

    @Property(tries = 2000)
    void keepsNoMoreThanThePolicyAllowsBesidesTodaysCopiesAndTheNewest(@ForAll("copies") List<LocalDateTime> copies,
            @ForAll("policies") RetentionPolicy policy) {
        Set<LocalDateTime> kept = new BackupRetention(policy).keep(copies, TODAY);
        long fromToday = kept.stream().filter(t -> !t.toLocalDate().isBefore(TODAY)).count();
        assertThat(kept.size() - fromToday)
                .isLessThanOrEqualTo(Math.max(1, policy.daily() + policy.weekly() + policy.monthly()));
    }

    @Property(tries = 2000)
    void neverDropsACopyMadeToday(@ForAll("copies") List<LocalDateTime> copies, @ForAll("policies") RetentionPolicy policy) {
        Set<LocalDateTime> kept = new BackupRetention(policy).keep(copies, TODAY);
        assertThat(kept).containsAll(copies.stream().filter(t -> !t.toLocalDate().isBefore(TODAY)).toList());
    }

    @Property(tries = 2000)
    void theRecentDaysWeeksAndMonthsEachKeepTheirNewestCopy(@ForAll("copies") List<LocalDateTime> copies,
            @ForAll("policies") RetentionPolicy policy) {
        Set<LocalDateTime> kept = new BackupRetention(policy).keep(copies, TODAY);
        assertNewestOfRecentPeriodsKept(copies, kept, policy.daily(), LocalDateTime::toLocalDate);
        assertNewestOfRecentPeriodsKept(copies, kept, policy.weekly(),
                t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100L + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertNewestOfRecentPeriodsKept(copies, kept, policy.monthly(), t -> t.getYear() * 100L + t.getMonthValue());
    }

    @Property(tries = 2000)
    void pruningTwiceChangesNothing(@ForAll("copies") List<LocalDateTime> copies, @ForAll("policies") RetentionPolicy policy) {
        BackupRetention retention = new BackupRetention(policy);
        Set<LocalDateTime> kept = retention.keep(copies, TODAY);
        assertThat(retention.keep(kept, TODAY)).isEqualTo(kept);
    }

    @Property(tries = 1000)
    void aCopyKeptTomorrowWasKeptToday(@ForAll("copies") List<LocalDateTime> copies, @ForAll("policies") RetentionPolicy policy) {
        // Deleting is for ever: what tomorrow's pruning keeps must not have been deleted today.
        BackupRetention retention = new BackupRetention(policy);
        Set<LocalDateTime> today = retention.keep(copies, TODAY);
        Set<LocalDateTime> tomorrow = retention.keep(copies, TODAY.plusDays(1));
        assertThat(today).containsAll(tomorrow);
    }

    @Test
    void aDailyCopyForAYearKeepsTwentyThreeWithTheStandardPolicy() {
        List<LocalDateTime> year = TODAY.minusDays(364).datesUntil(TODAY.plusDays(1))
                .map(d -> d.atTime(9, 0)).toList();
        Set<LocalDateTime> kept = new BackupRetention(RetentionPolicy.standard()).keep(year, TODAY);
        // 7 days; the weeks and months overlap them partly, so fewer than 7 + 4 + 12 distinct copies.
        assertThat(kept).hasSizeBetween(17, 23).contains(TODAY.atTime(9, 0), TODAY.minusDays(6).atTime(9, 0));
        assertThat(kept).doesNotContain(TODAY.minusDays(9).atTime(9, 0));
    }

    private static <K> void assertNewestOfRecentPeriodsKept(List<LocalDateTime> copies, Set<LocalDateTime> kept, int count,
            java.util.function.Function<LocalDateTime, K> period) {
        List<K> recent = copies.stream().sorted(Comparator.reverseOrder()).map(period).distinct().limit(count).toList();
        for (K p : recent) {
            LocalDateTime newest = copies.stream().filter(t -> period.apply(t).equals(p))
                    .max(Comparator.naturalOrder()).orElseThrow();
            assertThat(kept).as("newest of period %s", p).contains(newest);
        }
    }

    @Provide
    Arbitrary<List<LocalDateTime>> copies() {
        Arbitrary<LocalDateTime> moment = Combinators.combine(
                Arbitraries.integers().between(-800, 2),
                Arbitraries.integers().between(0, 24 * 60 - 1))
                .as((day, minute) -> TODAY.plusDays(day).atStartOfDay().plusMinutes(minute));
        return moment.list().ofMaxSize(60).map(l -> l.stream().distinct().collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<RetentionPolicy> policies() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 15);
        return Combinators.combine(n, n, n).as(RetentionPolicy::new);
    }
}
