package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.DeletionGround.Clause;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Page;

/** Author keys, the clause shown for a ground, and the days the round was done. */
class ModerationRulesTest {

    @Test
    void oneProfileWrittenManyWaysHasOneKey() {
        for (String link : List.of("https://vk.com/id123", "http://m.vk.com/id123/", "vk.com/id123?from=feed", "VK.COM/ID123",
                "https://www.vk.com/id123#wall", "https://vkontakte.ru/id123")) {
            assertThat(AuthorKey.link(link)).as(link).isEqualTo("vk.com/id123");
        }
        assertThat(AuthorKey.link("https://telegram.me/ivan")).isEqualTo("t.me/ivan");
        assertThat(AuthorKey.link("vk.com/id1234")).isNotEqualTo(AuthorKey.link("vk.com/id123"));
        assertThat(AuthorKey.link("  ")).isEmpty();
        assertThat(AuthorKey.name("  Пётр   ЁЛКИН ")).isEqualTo("петр елкин");
        assertThat(AuthorKey.of("Пётр", "vk.com/id5")).isEqualTo("vk.com/id5");
        assertThat(AuthorKey.of("Пётр", "")).isEqualTo("петр");
    }

    @Test
    void theSettlementsOwnClauseWhenItsOrderListsTheGround() {
        // ishtan-13 §8 lists obscene language; only novoaltaysk-608 §2.5 lists advertising.
        assertThat(GroundClauses.shown(DeletionGround.OBSCENE_LANGUAGE, NormPreset.ISHTAN)).containsExactly(Clause.ISHTAN_8);
        assertThat(GroundClauses.inOwnOrder(DeletionGround.ADVERTISING, NormPreset.ISHTAN)).isFalse();
        assertThat(GroundClauses.shown(DeletionGround.ADVERTISING, NormPreset.ISHTAN)).containsExactly(Clause.NOVOALTAYSK_2_5);
        assertThat(GroundClauses.shown(DeletionGround.INCITEMENT_OF_HATRED, NormPreset.MINERALNYE_VODY))
                .containsExactly(Clause.MINVODY_8);
        assertThat(GroundClauses.shown(DeletionGround.INSULT, NormPreset.NOVOKUBANSKY)).containsExactly(Clause.NOVOKUBANSKY_14);
        assertThat(GroundClauses.shown(DeletionGround.SPAM, NormPreset.NOVOALTAYSK)).containsExactly(Clause.NOVOALTAYSK_2_5);
        assertThat(GroundClauses.shown(DeletionGround.SPAM, NormPreset.CUSTOM)).hasSize(4);
        for (DeletionGround g : DeletionGround.values()) {
            for (NormPreset p : NormPreset.values()) {
                assertThat(GroundClauses.shown(g, p)).isNotEmpty();
            }
        }
    }

    @Test
    void aDayCountsWhenEveryActivePageWasCheckedAndDaysOffDoNot() {
        // Week of 02.11.2026: Wednesday 04.11 is a holiday (Labour Code art. 112), Tuesday 03.11 is shortened.
        ProductionCalendar calendar = TestCalendars.standard();
        LocalDate monday = LocalDate.of(2026, 11, 2);
        Page a = new Page(1, 1, Network.VK, "https://vk.com/a", LocalDate.of(2025, 1, 1), null, null);
        Page b = new Page(2, 1, Network.OK, "https://ok.ru/b", LocalDate.of(2026, 11, 5), null, null);
        Map<LocalDate, Set<Long>> checked = Map.of(
                monday, Set.of(1L),                      // only page a existed: done
                monday.plusDays(1), Set.of(),            // nothing checked
                monday.plusDays(2), Set.of(1L),          // a holiday: not counted
                monday.plusDays(3), Set.of(1L),          // b exists from Thursday and was not checked
                monday.plusDays(4), Set.of(1L, 2L));     // both: done
        ModerationRound.Week week = ModerationRound.week(monday, monday.plusDays(6), calendar, List.of(a, b), checked);
        assertThat(week.workingDays()).isEqualTo(4);
        assertThat(week.doneDays()).isEqualTo(2);
        assertThat(ModerationRound.week(monday, monday, calendar, List.of(a, b), checked)).isEqualTo(new ModerationRound.Week(1, 1));
        assertThat(ModerationRound.unchecked(monday.plusDays(3), List.of(a, b), Set.of(1L))).isEqualTo(1);
    }
}
