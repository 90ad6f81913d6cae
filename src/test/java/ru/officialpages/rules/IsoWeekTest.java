package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void parsesIsoWeeksAndRefusesWeeksThatDoNotExist() {
        assertThat(IsoWeek.parse("2026-W47").monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(IsoWeek.parse("2026w1").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(IsoWeek.parse("2026-W53").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(IsoWeek.parse("2025-W53")).as("2025 has 52 weeks").isNull();
        assertThat(IsoWeek.parse("2026-W0")).isNull();
        assertThat(IsoWeek.parse("неделя 47")).isNull();
        assertThat(IsoWeek.parse("2026-W47").toString()).isEqualTo("2026-W47");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
    }

    @Test
    void theLastFullWeekIsTheOneBeforeToday() {
        assertThat(IsoWeek.lastFull(LocalDate.of(2026, 11, 23)).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(IsoWeek.lastFull(LocalDate.of(2026, 11, 29)).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void daysInRussianOrIsoForm() {
        assertThat(IsoWeek.parseDay("01.10.2026")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(IsoWeek.parseDay("2026-10-01")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(IsoWeek.parseDay("32.10.2026")).isNull();
        assertThat(IsoWeek.parseDay("1.10.26")).isNull();
    }
}
