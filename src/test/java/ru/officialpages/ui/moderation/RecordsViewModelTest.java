package ru.officialpages.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationFilter;

/** Модерация → Записи without a window: filters, deletion with the undo bar's text, undo and its end. */
class RecordsViewModelTest {
    @TempDir
    Path dir;
    ModerationFixture f;
    RecordsViewModel records;

    @BeforeEach
    void open() {
        f = new ModerationFixture(dir);
        f.record("Анна", ModerationAction.DELETED, DeletionGround.SPAM);
        f.record("Борис", ModerationAction.BLACKLISTED, DeletionGround.INSULT);
        f.vm.load();
        records = f.vm.records();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theFiltersNarrowTheCountAndTheRows() {
        assertThat(records.foundProperty().get()).isEqualTo("Найдено: 2 записи");
        records.filterText.set("борис");
        assertThat(records.foundProperty().get()).isEqualTo("Найдено: 1 запись");
        assertThat(records.rows()).extracting(e -> e.record().authorName()).containsExactly("Борис");
        records.filterAction.set(ModerationAction.DELETED);
        assertThat(records.foundProperty().get()).isEqualTo("Записей не найдено");
    }

    @Test
    void aDeletionIsSaidOnTheUndoBarAndUndoPutsTheRecordAndItsBlacklistingBack() {
        f.vm.blacklist().show();
        assertThat(f.vm.blacklist().listings()).hasSize(1);
        records.filterText.set("борис");
        records.delete(records.rows().get(0));
        assertThat(records.lastDeletedProperty().get()).isNotNull();
        assertThat(records.deletedTextProperty().get()).isEqualTo("Запись от 21.11.2026 (Борис) удалена");
        assertThat(records.foundProperty().get()).isEqualTo("Записей не найдено");
        assertThat(f.vm.blacklist().listings()).isEmpty();
        records.undoDelete();
        assertThat(records.lastDeletedProperty().get()).isNull();
        assertThat(records.foundProperty().get()).isEqualTo("Найдено: 1 запись");
        assertThat(f.vm.blacklist().listings()).hasSize(1);
        assertThat(f.vm.context().statusProperty().get()).isEqualTo("Удалённая запись возвращена");
    }

    @Test
    void whenTheUndoBarIsDismissedTheDeletionStays() {
        records.delete(records.rows().get(0));
        records.dismissUndo();
        assertThat(records.lastDeletedProperty().get()).isNull();
        records.undoDelete();
        assertThat(f.desks.moderation().count(ModerationFilter.ALL)).isEqualTo(1);
    }
}
