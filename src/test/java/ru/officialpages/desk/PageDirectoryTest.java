package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.rules.PostLink;

/** The page registry as the screens see it: labels, the page of a post link, refusals in Russian, the notice. */
class PageDirectoryTest {
    @TempDir
    Path dir;
    private DeskFixture f;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyPickerLabelsAPageTheSameWayAndFindsThePageOfAWallLink() {
        PageDirectory.Listing listing = f.desks.pages().listing();
        assertThat(listing.label(f.vk)).isEqualTo("Администрация Берёзовского сельского поселения — ВКонтакте");
        assertThat(listing.pageOf(PostLink.parse("https://vk.com/wall-210001_99").orElseThrow())).contains(f.vk);
        assertThat(listing.pageOf(PostLink.parse("https://vk.com/wall-5_1").orElseThrow())).isEmpty();
    }

    @Test
    void anAddressChangeBeforeTheCurrentOneIsRefusedInRussianAndNothingIsAnnounced() {
        f.desks.pages().changeAddress(f.vk.id(), "https://vk.com/berezovka", LocalDate.of(2026, 8, 10));
        assertThat(f.heard).containsExactly(EnumSet.of(Change.PAGES));
        // Moved from PageRepositoryTest: storage names the day, the desk says it.
        assertThatThrownBy(() -> f.desks.pages().changeAddress(f.vk.id(), "https://vk.com/other", LocalDate.of(2026, 8, 10)))
                .isInstanceOf(DeskException.class).hasMessageContaining("позже 10.08.2026");
        assertThatThrownBy(() -> f.desks.pages().delete(f.vk.id(), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(DeskException.class).hasMessageContaining("раньше даты создания (20.01.2025)");
        assertThat(f.heard).hasSize(1);
    }

    @Test
    void aNewPageIsAnnouncedSoEveryPickerShowsIt() {
        Page ok = f.desks.pages().add(new Page(0, f.admin.id(), Network.OK, "https://ok.ru/group/1",
                LocalDate.of(2026, 1, 1), null, null));
        assertThat(f.heard).containsExactly(EnumSet.of(Change.PAGES));
        assertThat(f.desks.pages().listing().pages()).contains(ok);
    }
}
