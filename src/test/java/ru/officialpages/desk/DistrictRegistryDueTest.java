package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.officialpages.rules.RegistryDeadline;

/** Which quarterly registry the district report checks: the last one due (the 25th, novoaltaysk-608 §3.5) by a day. */
class DistrictRegistryDueTest {
    @Test
    void theLastRegistryDueOnOrBeforeTheDay() {
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2026, 12, 6))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2026, 10, 25))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2026, 10, 24))).isEqualTo(RegistryDeadline.of(2026, 2));
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2027, 1, 25))).isEqualTo(RegistryDeadline.of(2026, 4));
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2027, 1, 10))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(DistrictDesk.lastRegistryDue(LocalDate.of(2027, 3, 31)).due()).isEqualTo(LocalDate.of(2027, 1, 25));
    }
}
