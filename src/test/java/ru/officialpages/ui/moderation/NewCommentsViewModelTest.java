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

/** Модерация → Новые комментарии without a window: empty states, threads, suggested grounds with the clause, decisions. */
class NewCommentsViewModelTest {
    @TempDir
    Path dir;
    ModerationFixture f;
    NewCommentsViewModel comments;

    @BeforeEach
    void open() {
        f = new ModerationFixture(dir);
        comments = f.vm.newComments();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void beforeAnyReadTheEmptyListSaysHowToStartAfterwardsThatNothingIsNew() {
        f.vm.load();
        assertThat(comments.rows()).isEmpty();
        assertThat(comments.summaryProperty().get()).isEmpty();
        assertThat(comments.emptyTextProperty().get()).contains("Настройки → Соцсети").contains("Обновить из соцсетей");
        f.synced.synced(f.vk.id(), ModerationFixture.NOW.minusHours(1));
        f.vm.load();
        assertThat(comments.emptyTextProperty().get()).startsWith("Новых комментариев нет");
    }

    @Test
    void aThreadComesWithTheObsceneWordsGroundAndTheClauseOfTheSettlementsOwnOrder() {
        f.syncTwoComments();
        f.vm.load();
        assertThat(comments.summaryProperty().get()).isEqualTo("2 новых комментария (страниц: 1)");
        assertThat(comments.rows()).extracting(CommentRow::depth).containsExactly(0, 1);
        CommentRow first = comments.rows().get(0);
        assertThat(first.pageLabel()).isEqualTo(f.vm.context().pageLabel(f.vk.id())).isNotEmpty();
        assertThat(first.chosen(DeletionGround.OBSCENE_LANGUAGE).get()).isTrue();
        // Ishtan's order §8 lists obscene words: that clause is cited, not the other seeds'.
        assertThat(first.suggestions()).contains(
                "Предлагается основание «Нецензурные выражения» — Иштанское сельское поселение, порядок, п. 8");
        assertThat(comments.rows().get(1).suggestions()).isEmpty();
    }

    @Test
    void recordingWithoutAGroundSaysSoOnTheRowAndRecordsNothing() {
        f.syncTwoComments();
        f.vm.load();
        CommentRow reply = comments.rows().get(1);
        comments.record(reply);
        assertThat(reply.errorProperty().get()).startsWith("Отметьте хотя бы одно основание");
        assertThat(f.desks.moderation().count(ModerationFilter.ALL)).isZero();
        reply.actionProperty().set(ModerationAction.LEFT);
        assertThat(reply.errorProperty().get()).isEmpty();
    }

    @Test
    void oneClickRecordsTheDecisionAndWhenThePageIsDoneTheRoundShowsItChecked() {
        f.syncTwoComments();
        f.vm.load();
        CommentRow obscene = comments.rows().get(0);
        obscene.actionProperty().set(ModerationAction.BLACKLISTED);
        comments.record(obscene);
        assertThat(f.vm.context().statusProperty().get()).isEqualTo("Запись сохранена; Иван Сидоров — в чёрном списке");
        assertThat(f.vm.records().foundProperty().get()).isEqualTo("Найдено: 1 запись");
        assertThat(f.vm.records().rows().get(0).record().grounds()).containsExactly(DeletionGround.OBSCENE_LANGUAGE);
        assertThat(comments.rows()).extracting(r -> r.comment().authorName()).containsExactly("Мария");
        assertThat(vkInTheRound().checkedProperty().get()).isFalse();

        comments.noViolations(comments.rows().get(0));
        assertThat(comments.rows()).isEmpty();
        assertThat(comments.emptyTextProperty().get()).startsWith("Новых комментариев нет");
        assertThat(vkInTheRound().checkedProperty().get()).isTrue();
        assertThat(vkInTheRound().timeProperty().get()).isEqualTo("проверено в 10:00");
        assertThat(f.desks.moderation().count(ModerationFilter.ALL)).isEqualTo(1);
    }

    /** Looked up each time: the round's rows are made afresh when the screen reloads after a change. */
    private RoundRow vkInTheRound() {
        return f.vm.round().rows().stream().filter(r -> r.pageId() == f.vk.id()).findFirst().orElseThrow();
    }

    @Test
    void aWholePageWithoutViolationsIsLookedAtInOneClick() {
        f.syncTwoComments();
        f.vm.load();
        comments.pageHasNoViolations(f.vk.id());
        assertThat(comments.rows()).isEmpty();
        assertThat(f.synced.unreviewed(f.vk.id())).isEmpty();
        assertThat(f.desks.moderation().checkedOn(ModerationFixture.NOW.toLocalDate())).containsKey(f.vk.id());
        assertThat(f.desks.moderation().count(ModerationFilter.ALL)).isZero();
    }
}
