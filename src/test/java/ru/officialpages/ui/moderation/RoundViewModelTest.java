package ru.officialpages.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Модерация → Обход without a window: a row per active page, a tick keeps its time, the week counts a done day. */
class RoundViewModelTest {
    @TempDir
    Path dir;
    ModerationFixture f;
    RoundViewModel round;

    @BeforeEach
    void open() {
        f = new ModerationFixture(dir);
        f.vm.load();
        round = f.vm.round();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void tickingEveryPageDoesTheDay() {
        assertThat(round.rows()).hasSize(2);
        assertThat(round.weekProperty().get()).isEqualTo("На этой неделе обход выполнен в 0 из 1 рабочего дня");
        RoundRow first = round.rows().get(0);
        round.setChecked(first, true);
        assertThat(first.timeProperty().get()).isEqualTo("проверено в 10:00");
        assertThat(f.desks.moderation().checkedOn(ModerationFixture.NOW.toLocalDate())).containsKey(first.pageId());
        assertThat(round.weekProperty().get()).isEqualTo("На этой неделе обход выполнен в 0 из 1 рабочего дня");
        round.checkAll();
        assertThat(round.rows()).allMatch(r -> r.checkedProperty().get());
        assertThat(round.weekProperty().get()).isEqualTo("На этой неделе обход выполнен в 1 из 1 рабочего дня");
        round.setChecked(first, false);
        assertThat(first.timeProperty().get()).isEmpty();
        assertThat(f.desks.moderation().checkedOn(ModerationFixture.NOW.toLocalDate())).doesNotContainKey(first.pageId());
    }
}
