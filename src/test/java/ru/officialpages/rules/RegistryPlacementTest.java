package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which quarterly registry a week checks (the quarter last ended by its Sunday) and what is known of its
 * placement on the website by the 25th of the month after the quarter (novoaltaysk-608 §3.5).
 */
class RegistryPlacementTest {
    @Test
    void theRegistryOfTheQuarterLastEndedByTheDay() {
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2026, 12, 13))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2026, 10, 4))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2026, 9, 30))).isEqualTo(RegistryDeadline.of(2026, 3));
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2026, 9, 29))).isEqualTo(RegistryDeadline.of(2026, 2));
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2027, 1, 10))).isEqualTo(RegistryDeadline.of(2026, 4));
        assertThat(RegistryDeadline.lastEnded(LocalDate.of(2027, 3, 28)).due()).isEqualTo(LocalDate.of(2027, 1, 25));
    }

    @Test
    void placedOnTimeLateOverdueOrNotDueYet() {
        RegistryDeadline q3 = RegistryDeadline.of(2026, 3);
        LocalDate due = LocalDate.of(2026, 10, 25);
        assertThat(q3.due()).isEqualTo(due);
        assertThat(q3.placementText(Optional.of(LocalDate.of(2026, 10, 20)), LocalDate.of(2026, 12, 13)))
                .isEqualTo("размещён 20.10.2026");
        // The 25th itself is in time.
        assertThat(q3.placement(Optional.of(due), due)).isEqualTo(RegistryDeadline.Placement.PLACED);
        assertThat(q3.placementText(Optional.of(LocalDate.of(2026, 10, 27)), LocalDate.of(2026, 12, 13)))
                .isEqualTo("размещён 27.10.2026, позже срока 25.10.2026");
        assertThat(q3.placementText(Optional.empty(), LocalDate.of(2026, 10, 26)))
                .isEqualTo("не размещён, срок 25.10.2026 прошёл");
        assertThat(q3.placementText(Optional.empty(), due)).isEqualTo("срок не наступил");
        // A mark made after the day looked at does not count yet on that day.
        assertThat(q3.placement(Optional.of(LocalDate.of(2026, 10, 20)), LocalDate.of(2026, 10, 11)))
                .isEqualTo(RegistryDeadline.Placement.NOT_DUE);
    }
}
