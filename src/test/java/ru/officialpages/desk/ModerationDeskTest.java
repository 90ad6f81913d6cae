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

    // --- New comments (issue 17 item 3) ---

    private ru.officialpages.storage.SyncedRepository syncedWithTwoComments() {
        var synced = new ru.officialpages.storage.SyncedRepository(f.db);
        String post = "https://vk.com/wall-210001_5";
        synced.saveComments(f.vk.id(), java.util.List.of(
                new ru.officialpages.domain.SyncedComment.Read("-210001_5_1", null, post, post + "?reply=1", "Пётр Ёлкин",
                        "https://vk.com/id77", T.minusHours(3), "ПРОДАМ гараж недорого"),
                new ru.officialpages.domain.SyncedComment.Read("-210001_5_2", "-210001_5_1", post, post + "?reply=2&thread=1",
                        "Анна", "https://vk.com/id78", T.minusHours(2), "Сколько?"),
                new ru.officialpages.domain.SyncedComment.Read("-210001_5_0", null, post, post + "?reply=0", "Старый",
                        "", T.minusDays(20), "Давний комментарий")));
        return synced;
    }

    @Test
    void theNewCommentsAreTheLastTwoWeeksNotYetLookedAtInThreads() {
        syncedWithTwoComments();
        ModerationDesk.NewComments found = f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T);
        assertThat(found.everRead()).isTrue();
        assertThat(found.count()).isEqualTo(2);
        assertThat(found.pages().get(0).lines()).extracting(l -> l.comment().text() + "/" + l.depth())
                .containsExactly("ПРОДАМ гараж недорого/0", "Сколько?/1");
    }

    @Test
    void nothingReadYetIsToldApartFromNothingNew() {
        assertThat(f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T).everRead()).isFalse();
        new ru.officialpages.storage.SyncedRepository(f.db).synced(f.vk.id(), T);
        ModerationDesk.NewComments found = f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T);
        assertThat(found.everRead()).isTrue();
        assertThat(found.pages()).isEmpty();
    }

    @Test
    void aDecisionMakesOneRecordLinkedToTheCommentAndTheLastOneChecksThePageForTheDay() {
        var synced = syncedWithTwoComments();
        var lines = f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T).pages().get(0).lines();
        ru.officialpages.domain.SyncedComment spam = lines.get(0).comment();
        ModerationDesk.Saved saved = f.desks.moderation().recordComment(spam, Set.of(DeletionGround.ADVERTISING),
                ModerationAction.DELETED, T);
        assertThat(saved.record().author()).contains("Пётр Ёлкин");
        assertThat(saved.record().noticedAt()).isEqualTo(T.minusHours(3));
        assertThat(saved.record().text()).isEqualTo("ПРОДАМ гараж недорого");
        assertThat(synced.commentsSince(f.vk.id(), T.minusDays(1))).filteredOn(c -> c.id() == spam.id())
                .singleElement().satisfies(c -> {
                    assertThat(c.recordId()).isEqualTo(saved.record().id());
                    assertThat(c.reviewedAt()).isEqualTo(T);
                });
        // One comment is left: the page is not checked yet.
        assertThat(f.desks.moderation().checkedOn(DAY)).isEmpty();
        f.desks.moderation().noViolations(f.vk.id(), java.util.List.of(lines.get(1).comment().id()), T.plusMinutes(5));
        assertThat(f.desks.moderation().checkedOn(DAY)).containsEntry(f.vk.id(), T.plusMinutes(5));
        assertThat(f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T).pages()).isEmpty();
        assertThat(f.heard).hasSize(2).allMatch(s -> s.contains(Change.MODERATION));
    }

    @Test
    void aDeletionWithoutAGroundIsRefusedAndNothingIsWritten() {
        syncedWithTwoComments();
        var c = f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T).pages().get(0).lines().get(0).comment();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.desks.moderation().recordComment(c, Set.of(),
                ModerationAction.DELETED, T)).isInstanceOf(DeskException.class).hasMessageStartingWith("Отметьте");
        assertThat(f.desks.moderation().count(ru.officialpages.domain.ModerationFilter.ALL)).isZero();
        assertThat(f.desks.moderation().newComments(java.util.List.of(f.vk.id()), T).count()).isEqualTo(2);
    }

    @Test
    void aCommentGoneFromTheDatabaseLeavesNoRecordBehind() {
        var gone = new ru.officialpages.domain.SyncedComment(9999, f.vk.id(), "-210001_5_9", "https://vk.com/wall-210001_5",
                "", "Кто-то", "", T, "Текст", null, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.desks.moderation().recordComment(gone,
                Set.of(DeletionGround.SPAM), ModerationAction.DELETED, T)).isInstanceOf(RuntimeException.class);
        assertThat(f.desks.moderation().count(ru.officialpages.domain.ModerationFilter.ALL)).isZero();
    }
}
