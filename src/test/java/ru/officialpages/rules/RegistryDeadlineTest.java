package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RegistryDeadlineTest {

    @Test
    void examples() {
        assertThat(RegistryDeadline.next(LocalDate.of(2026, 11, 23))).isEqualTo(
                new RegistryDeadline(2026, 4, LocalDate.of(2027, 1, 25)));
        assertThat(RegistryDeadline.next(LocalDate.of(2026, 10, 10))).isEqualTo(
                new RegistryDeadline(2026, 3, LocalDate.of(2026, 10, 25)));
        assertThat(RegistryDeadline.next(LocalDate.of(2026, 10, 25)).quarter()).isEqualTo(3);
        assertThat(RegistryDeadline.next(LocalDate.of(2026, 10, 26)).quarter()).isEqualTo(4);
        assertThat(RegistryDeadline.next(LocalDate.of(2027, 1, 3))).isEqualTo(
                new RegistryDeadline(2026, 4, LocalDate.of(2027, 1, 25)));
        assertThat(RegistryDeadline.of(2026, 3).asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(RegistryDeadline.of(2026, 4).asOf()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Property
    void theNextDueDateIsNeverPastAndAtMostFourMonthsAway(@ForAll @IntRange(min = 0, max = 3650) int offset) {
        LocalDate today = LocalDate.of(2023, 1, 1).plusDays(offset);
        RegistryDeadline d = RegistryDeadline.next(today);
        assertThat(d.due()).isAfterOrEqualTo(today).isBefore(today.plusMonths(4).plusDays(1));
        assertThat(d.due().getDayOfMonth()).isEqualTo(25);
        assertThat(d.asOf()).isBefore(d.due());
    }
}
