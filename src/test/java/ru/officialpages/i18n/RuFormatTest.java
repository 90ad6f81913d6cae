package ru.officialpages.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RuFormatTest {
    @Test
    void writesAndReadsTheClerksDates() {
        assertThat(RuFormat.date(LocalDate.of(2026, 12, 7))).isEqualTo("07.12.2026");
        assertThat(RuFormat.dateTime(LocalDateTime.of(2026, 12, 7, 9, 5))).isEqualTo("07.12.2026 09:05");
        assertThat(RuFormat.parseDate(" 07.12.2026 ")).contains(LocalDate.of(2026, 12, 7));
        assertThat(RuFormat.parseDate("31.02.2026")).isEmpty();
        assertThat(RuFormat.parseDate("")).isEmpty();
        assertThat(RuFormat.parseDateTime("07.12.2026 25:00")).isEmpty();
    }

    @Test
    void durationsAreHoursAndMinutesNeverDecimals() {
        assertThat(RuFormat.duration(Duration.ofMinutes(190))).isEqualTo("3 ч 10 мин");
        assertThat(RuFormat.duration(Duration.ofMinutes(120))).isEqualTo("2 ч");
        assertThat(RuFormat.duration(Duration.ofMinutes(45))).isEqualTo("45 мин");
        assertThat(RuFormat.duration(Duration.ofSeconds(20))).isEqualTo("менее 1 мин");
    }
}
