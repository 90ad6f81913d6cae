package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.RegistryPlacement;
import ru.officialpages.rules.Quarter;

/**
 * The specialist's mark that the quarter's registry is on the website (novoaltaysk-608 §3.5): kept, announced to the
 * screens, refused in Russian for a day inside the quarter, a day still ahead or a link that is no web address.
 */
class RegistryPlacementDeskTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);
    private static final Quarter Q3 = new Quarter(2026, 3);
    @TempDir
    Path dir;

    @Test
    void aMarkIsKeptAnnouncedCorrectedAndTakenBack() {
        try (DeskFixture f = new DeskFixture(dir)) {
            PageDirectory pages = f.desks.pages();
            assertThat(pages.registryPlacement(Q3)).isEmpty();
            pages.markRegistryPlaced(Q3, LocalDate.of(2026, 10, 20), " https://berezovka.ru/reestr ", TODAY, NOW);
            assertThat(f.heard).isNotEmpty().last().satisfies(what -> assertThat(what).contains(Change.PAGES));
            assertThat(pages.registryPlacement(Q3)).contains(
                    new RegistryPlacement(2026, 3, LocalDate.of(2026, 10, 20), "https://berezovka.ru/reestr"));
            pages.markRegistryPlaced(Q3, LocalDate.of(2026, 10, 21), "", TODAY, NOW);
            assertThat(pages.registryPlacement(Q3)).map(RegistryPlacement::placedOn).contains(LocalDate.of(2026, 10, 21));
            assertThat(pages.unmarkRegistryPlaced(Q3)).isTrue();
            assertThat(pages.registryPlacement(Q3)).isEmpty();
        }
    }

    @Test
    void aDayInsideTheQuarterOrAheadOrABadLinkIsRefusedAndNothingKept() {
        try (DeskFixture f = new DeskFixture(dir)) {
            PageDirectory pages = f.desks.pages();
            assertThatThrownBy(() -> pages.markRegistryPlaced(Q3, LocalDate.of(2026, 9, 30), "", TODAY, NOW))
                    .isInstanceOf(DeskException.class).hasMessageContaining("ещё не кончился III квартал 2026");
            assertThatThrownBy(() -> pages.markRegistryPlaced(Q3, TODAY.plusDays(1), "", TODAY, NOW))
                    .isInstanceOf(DeskException.class).hasMessageContaining("08.12.2026 ещё не наступило");
            assertThatThrownBy(() -> pages.markRegistryPlaced(Q3, LocalDate.of(2026, 10, 20), "сайт поселения", TODAY, NOW))
                    .isInstanceOf(DeskException.class).hasMessageContaining("не адрес страницы сайта");
            assertThat(pages.registryPlacement(Q3)).isEmpty();
        }
    }
}
