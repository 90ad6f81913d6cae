package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IsoTest {
    @Property
    void aStoredDateIsReadBackAsTheStandardParserReadsIt(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int dayOffset) {
        LocalDate day = LocalDate.of(2026, 11, 23).plusDays(dayOffset % 3_000_000);
        String stored = day.toString();
        assertThat(Iso.date(stored)).isEqualTo(LocalDate.parse(stored));
    }

    @Property
    void aStoredMomentIsReadBackAsTheStandardParserReadsIt(@ForAll @IntRange(min = 0, max = 5_000_000) int minutes) {
        LocalDateTime t = LocalDateTime.of(2022, 1, 1, 0, 0).plusMinutes(minutes);
        String stored = Iso.minute(t);
        assertThat(Iso.moment(stored)).isEqualTo(t).isEqualTo(LocalDateTime.parse(stored));
    }

    @Property
    void aMomentIsWrittenAsTheStandardFormatterWritesItToTheMinute(@ForAll @IntRange(min = -3_000_000, max = 3_000_000) int hours,
            @ForAll @IntRange(min = 0, max = 3599) int seconds) {
        LocalDateTime t = LocalDateTime.of(2026, 11, 23, 10, 5).plusHours(hours * 7L).plusSeconds(seconds);
        String standard = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(t);
        assertThat(Iso.minute(t)).isEqualTo(standard).hasSize(16);
    }

    @Test
    void otherShapesGoToTheStandardParserAndNullStaysNull() {
        assertThat(Iso.moment("2026-11-23T10:05:30")).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 5, 30));
        assertThat(Iso.date("+12026-11-23")).isEqualTo(LocalDate.of(12026, 11, 23));
        assertThat(Iso.date(null)).isNull();
        assertThat(Iso.moment(null)).isNull();
        assertThatThrownBy(() -> Iso.date("2026-13-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Iso.date("2026-1a-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Iso.moment("2026-11-23T25:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Iso.date("2026-02-30")).isInstanceOf(DateTimeException.class);
    }
}
