package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.SyncedComment;

/** Which comments are new, the order threads are read in, and which decisions need a ground. */
class CommentReviewTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final String POST_A = "https://vk.com/wall-1_10";
    private static final String POST_B = "https://vk.com/wall-1_11";

    private static SyncedComment c(long id, String post, Long parent, LocalDateTime at) {
        return new SyncedComment(id, 1, "-1_" + id, post, "", "Автор " + id, "", at, "текст " + id, parent, null, null);
    }

    @Test
    void aReplyFollowsWhatItAnswersAndPostsGoByTheirFirstComment() {
        SyncedComment a1 = c(1, POST_A, null, NOW.minusHours(5));
        SyncedComment b1 = c(2, POST_B, null, NOW.minusHours(4));
        SyncedComment a2 = c(3, POST_A, null, NOW.minusHours(3));
        SyncedComment a1r = c(4, POST_A, 1L, NOW.minusHours(2));
        SyncedComment a1rr = c(5, POST_A, 4L, NOW.minusHours(1));
        List<CommentReview.Line> lines = CommentReview.threads(List.of(a1rr, b1, a2, a1r, a1));
        assertThat(lines).extracting(l -> l.comment().id()).containsExactly(1L, 4L, 5L, 3L, 2L);
        assertThat(lines).extracting(CommentReview.Line::depth).containsExactly(0, 1, 2, 0, 0);
    }

    @Test
    void aReplyWhoseParentWasLookedAtStillReadsAsAReply() {
        List<CommentReview.Line> lines = CommentReview.threads(List.of(c(7, POST_A, 99L, NOW)));
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.depth()).isEqualTo(1));
    }

    @Test
    void aCycleOfParentsFromAHostileAnswerStillShowsEveryComment() {
        List<CommentReview.Line> lines = CommentReview.threads(List.of(c(1, POST_A, 2L, NOW), c(2, POST_A, 1L, NOW)));
        assertThat(lines).extracting(l -> l.comment().id()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void newMeansNotLookedAtAndWrittenInTheLastFourteenDays() {
        assertThat(CommentReview.isNew(c(1, POST_A, null, NOW.minusDays(14)), NOW)).isTrue();
        assertThat(CommentReview.isNew(c(1, POST_A, null, NOW.minusDays(14).minusMinutes(1)), NOW)).isFalse();
        SyncedComment seen = new SyncedComment(1, 1, "k", POST_A, "", "", "", NOW, "", null, NOW, null);
        assertThat(CommentReview.isNew(seen, NOW)).isFalse();
    }

    @Test
    void deletingOrRestrictingNeedsAGroundLeavingOrAnsweringDoesNot() {
        assertThat(CommentReview.needsGround(ModerationAction.DELETED)).isTrue();
        assertThat(CommentReview.needsGround(ModerationAction.BLACKLISTED)).isTrue();
        assertThat(CommentReview.needsGround(ModerationAction.RESTRICTED)).isTrue();
        assertThat(CommentReview.needsGround(ModerationAction.LEFT)).isFalse();
        assertThat(CommentReview.needsGround(ModerationAction.ANSWERED)).isFalse();
    }
}
