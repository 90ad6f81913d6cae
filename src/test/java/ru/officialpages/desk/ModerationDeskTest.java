package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;

/** The moderation desk: the blacklist follows the records by BlacklistPolicy; deletion can be undone. */
class ModerationDeskTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 9, 0);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
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

    private ModerationRecord record(ModerationAction action) {
        return new ModerationRecord(0, f.vk.id(), T, "Пётр Ёлкин", "https://vk.com/id77", "ПРОДАМ гараж",
                Set.of(DeletionGround.ADVERTISING), action, "", T.plusMinutes(3));
    }

    @Test
    void aBlacklistingRecordListsTheAuthorAndACorrectionToDeletionTakesThemOff() {
        ModerationDesk.Saved saved = f.desks.moderation().add(record(ModerationAction.BLACKLISTED));
        assertThat(saved.entry()).isNotNull();
        assertThat(f.desks.moderation().blacklist("", false, DAY)).hasSize(1);
        ModerationRecord corrected = new ModerationRecord(saved.record().id(), f.vk.id(), T, "Пётр Ёлкин",
                "https://vk.com/id77", "ПРОДАМ гараж", Set.of(DeletionGround.ADVERTISING), ModerationAction.DELETED, "",
                T.plusMinutes(3));
        f.desks.moderation().update(corrected);
        assertThat(f.desks.moderation().blacklist("", true, DAY)).isEmpty();
        assertThat(f.heard).containsExactly(EnumSet.of(Change.MODERATION), EnumSet.of(Change.MODERATION));
    }

    @Test
    void aDeletedRecordComesBackWithItsBlacklistEntry() {
        ModerationDesk.Saved saved = f.desks.moderation().add(record(ModerationAction.RESTRICTED));
        ModerationDesk.Deletion gone = f.desks.moderation().delete(saved.record().id());
        assertThat(gone.entries()).hasSize(1);
        assertThat(f.desks.moderation().blacklist("", true, DAY)).isEmpty();
        f.desks.moderation().restore(gone);
        assertThat(f.desks.moderation().blacklist("", false, DAY)).hasSize(1);
        assertThat(f.desks.moderation().count(ru.officialpages.domain.ModerationFilter.ALL)).isEqualTo(1);
        assertThat(f.heard).hasSize(3);
    }
}
