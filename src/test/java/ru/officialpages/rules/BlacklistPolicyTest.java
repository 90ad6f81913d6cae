package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.BlacklistEntry;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;

/** How the blacklist follows the moderation records (minvody §8), decided without a database. */
class BlacklistPolicyTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 9, 0);

    private static ModerationRecord record(long id, ModerationAction action) {
        return new ModerationRecord(id, 7, T, "Пётр Ёлкин", "https://vk.com/id77", "Реклама",
                Set.of(DeletionGround.ADVERTISING), action, "повторно", T.plusMinutes(5));
    }

    @Test
    void aRestrictingRecordListsTheAuthorFromTheDayNoticedUnlessAlreadyListed() {
        BlacklistPolicy.Decision d = BlacklistPolicy.onAdd(record(5, ModerationAction.BLACKLISTED), false);
        assertThat(d).isInstanceOf(BlacklistPolicy.Enlist.class);
        BlacklistEntry e = ((BlacklistPolicy.Enlist) d).entry();
        assertThat(e.pageId()).isEqualTo(7);
        assertThat(e.since()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(e.until()).isNull();
        assertThat(e.recordId()).isEqualTo(5L);
        assertThat(e.grounds()).containsExactly(DeletionGround.ADVERTISING);
        assertThat(e.note()).isEqualTo("повторно");
        assertThat(BlacklistPolicy.onAdd(record(5, ModerationAction.BLACKLISTED), true))
                .isInstanceOf(BlacklistPolicy.Nothing.class);
        assertThat(BlacklistPolicy.onAdd(record(5, ModerationAction.DELETED), false))
                .isInstanceOf(BlacklistPolicy.Nothing.class);
    }

    @Test
    void aCorrectedRecordTakesItsEntryAlongOrOff() {
        assertThat(BlacklistPolicy.onUpdate(record(5, ModerationAction.RESTRICTED), true, false))
                .isInstanceOf(BlacklistPolicy.Follow.class);
        assertThat(BlacklistPolicy.onUpdate(record(5, ModerationAction.DELETED), true, false))
                .isInstanceOf(BlacklistPolicy.Unlist.class);
        assertThat(BlacklistPolicy.onUpdate(record(5, ModerationAction.DELETED), false, false))
                .isInstanceOf(BlacklistPolicy.Nothing.class);
        // A restriction newly chosen lists the author as a new record would.
        assertThat(BlacklistPolicy.onUpdate(record(5, ModerationAction.BLACKLISTED), false, false))
                .isInstanceOf(BlacklistPolicy.Enlist.class);
        assertThat(BlacklistPolicy.onUpdate(record(5, ModerationAction.BLACKLISTED), false, true))
                .isInstanceOf(BlacklistPolicy.Nothing.class);
    }

    @Test
    void aDayTakenOffStaysButNeverBeforeTheDayListed() {
        LocalDate since = LocalDate.of(2026, 11, 23);
        assertThat(BlacklistPolicy.keptUntil(null, since)).isNull();
        assertThat(BlacklistPolicy.keptUntil(LocalDate.of(2026, 12, 1), since)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(BlacklistPolicy.keptUntil(LocalDate.of(2026, 11, 1), since)).isEqualTo(since);
    }
}
