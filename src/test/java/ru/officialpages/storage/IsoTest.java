package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** Times stored to the minute read back as they were written, other ISO forms still read. */
class IsoTest {

    @Test
    void aMinuteReadsBackAsWritten() {
        for (LocalDateTime t : new LocalDateTime[] {LocalDateTime.of(2026, 11, 16, 9, 5), LocalDateTime.of(2000, 1, 1, 0, 0),
            LocalDateTime.of(2024, 2, 29, 23, 59)}) {
            assertThat(Iso.parseMinute(Iso.minute(t))).isEqualTo(t);
        }
    }

    @Test
    void otherFormsGoToTheGeneralParser() {
        assertThat(Iso.parseMinute("2026-11-16T09:05:30")).isEqualTo(LocalDateTime.of(2026, 11, 16, 9, 5, 30));
        assertThatThrownBy(() -> Iso.parseMinute("2026-13-16T09:05")).isInstanceOf(java.time.DateTimeException.class);
        assertThatThrownBy(() -> Iso.parseMinute("2026-11-1xT09:05")).isInstanceOf(DateTimeParseException.class);
    }
}
