package ru.officialpages.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;

/** Модерация → Чёрный список without a window: read when shown, searched, an author taken off from a day. */
class BlacklistViewModelTest {
    @TempDir
    Path dir;
    ModerationFixture f;
    BlacklistViewModel blacklist;

    @BeforeEach
    void open() {
        f = new ModerationFixture(dir);
        f.record("Борис", ModerationAction.BLACKLISTED, DeletionGround.INSULT);
        f.record("Вера", ModerationAction.RESTRICTED, DeletionGround.SPAM);
        f.vm.load();
        blacklist = f.vm.blacklist();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void notReadUntilShownThenSearched() {
        assertThat(blacklist.listings()).isEmpty();
        blacklist.show();
        assertThat(blacklist.listings()).hasSize(2);
        blacklist.search.set("вер");
        assertThat(blacklist.listings()).extracting(l -> l.entry().authorName()).containsExactly("Вера");
    }

    @Test
    void anAuthorTakenOffLeavesTheListAndComesBackWithTheTakenOffShown() {
        blacklist.show();
        blacklist.search.set("борис");
        blacklist.takeOffDay.set(LocalDate.of(2026, 11, 23));
        blacklist.takeOff(blacklist.listings().get(0));
        assertThat(f.vm.context().statusProperty().get()).contains("снят").contains("23.11.2026");
        assertThat(blacklist.listings()).isEmpty();
        blacklist.showTakenOff.set(true);
        assertThat(blacklist.listings()).singleElement()
                .satisfies(l -> assertThat(l.entry().until()).isEqualTo(LocalDate.of(2026, 11, 23)));
    }
}
