package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.officialpages.domain.RegistryPlacement;

class RegistryPlacementRepositoryTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 20, 11, 30);
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aQuartersMarkIsKeptCorrectedAndTakenBack(Engine engine) {
        Database db = engine.open(dir);
        RegistryPlacementRepository marks = new RegistryPlacementRepository(db);
        assertThat(marks.of(2026, 3)).isEmpty();
        marks.mark(new RegistryPlacement(2026, 3, LocalDate.of(2026, 10, 20), "https://novoalt.ru/reestr"), NOW);
        marks.mark(new RegistryPlacement(2026, 2, LocalDate.of(2026, 7, 24), ""), NOW);
        // Corrected: the same quarter marked again keeps one mark, the new one.
        marks.mark(new RegistryPlacement(2026, 3, LocalDate.of(2026, 10, 22), " https://novoalt.ru/reestr-3 "), NOW);
        try (Database again = engine.reopen(dir, db)) {
            RegistryPlacementRepository reopened = new RegistryPlacementRepository(again);
            assertThat(reopened.of(2026, 3)).contains(
                    new RegistryPlacement(2026, 3, LocalDate.of(2026, 10, 22), "https://novoalt.ru/reestr-3"));
            assertThat(reopened.all()).extracting(RegistryPlacement::quarter).containsExactly(3, 2);
            assertThat(reopened.unmark(2026, 3)).isTrue();
            assertThat(reopened.unmark(2026, 3)).isFalse();
            assertThat(reopened.of(2026, 3)).isEmpty();
            assertThat(reopened.of(2026, 2)).map(RegistryPlacement::placedOn).contains(LocalDate.of(2026, 7, 24));
        }
    }
}
