package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.ReturnReason;
import ru.officialpages.domain.StepKind;

/** The course of a message (novokubansky-1740 app.1 §10–§21) as a pure rule, without a database. */
class MessageCourseTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 9, 0);

    private static Message fresh() {
        return Message.recorded(null, Network.VK, "Иванов", "", "", "Когда починят дорогу?", T, Importance.ORDINARY,
                "", "");
    }

    @Test
    void draftsGoBackAndForthUntilAgreedThenInterimThenFinal() {
        Message m = MessageCourse.next(fresh(), StepKind.SENT, T.plusMinutes(10), "", "");
        assertThat(m.stage()).isEqualTo(MessageStage.SENT);
        assertThat(m.sentAt()).isEqualTo(T.plusMinutes(10));
        m = MessageCourse.next(m, StepKind.SUBMITTED, T.plusMinutes(30), "", "черновик");
        assertThat(m.draft()).isEqualTo("черновик");
        m = MessageCourse.next(m, StepKind.RETURNED, T.plusMinutes(40), ReturnReason.ERRORS.name(), "");
        assertThat(m.draft()).isEqualTo("черновик");
        assertThat(m.draftAgreedAt()).isNull();
        m = MessageCourse.next(m, StepKind.AGREED, T.plusMinutes(50), "", "");
        assertThat(m.draftAgreedAt()).isEqualTo(T.plusMinutes(50));
        m = MessageCourse.next(m, StepKind.INTERIM, T.plusHours(1), "", "Разбираемся");
        assertThat(m.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(m.interimText()).isEqualTo("Разбираемся");
        assertThat(m.draft()).isEmpty();
        m = MessageCourse.next(m, StepKind.FINAL, T.plusDays(2), "", "Починили");
        assertThat(m.stage()).isEqualTo(MessageStage.FINAL);
        assertThat(m.finalText()).isEqualTo("Починили");
        assertThat(m.interimAt()).isEqualTo(T.plusHours(1));
    }

    @Test
    void aSecondInterimAnswerIsRefused() {
        Message interim = MessageCourse.next(fresh(), StepKind.INTERIM, T.plusHours(1), "", "Разбираемся");
        assertThatThrownBy(() -> MessageCourse.next(interim, StepKind.INTERIM, T.plusHours(2), "", "Ещё"))
                .isInstanceOfSatisfying(MessageCourse.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MessageCourse.Refusal.INTERIM_TWICE));
        assertThat(MessageCourse.allows(MessageStage.INTERIM, StepKind.INTERIM)).isFalse();
        assertThat(MessageCourse.allows(MessageStage.INTERIM, StepKind.FINAL)).isTrue();
    }

    @Test
    void nothingFollowsAFinalAnswerOrAClosing() {
        Message closed = MessageCourse.next(fresh(), StepKind.CLOSED, T.plusHours(1), NoAnswerGround.values()[0].name(), "");
        assertThat(closed.stage()).isEqualTo(MessageStage.CLOSED);
        assertThat(closed.noAnswerGround()).isEqualTo(NoAnswerGround.values()[0]);
        for (StepKind kind : StepKind.values()) {
            assertThat(MessageCourse.allows(MessageStage.CLOSED, kind)).isFalse();
            assertThat(MessageCourse.allows(MessageStage.FINAL, kind)).isFalse();
        }
        assertThatThrownBy(() -> MessageCourse.next(closed, StepKind.SENT, T.plusHours(2), "", ""))
                .isInstanceOfSatisfying(MessageCourse.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MessageCourse.Refusal.DONE));
    }

    @Test
    void sendingAgainKeepsAnInterimStage() {
        Message interim = MessageCourse.next(fresh(), StepKind.INTERIM, T.plusHours(1), "", "Разбираемся");
        Message sent = MessageCourse.next(interim, StepKind.SENT, T.plusHours(2), "", "");
        assertThat(sent.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(sent.sentAt()).isEqualTo(T.plusHours(2));
    }

    @Test
    void aReplayOverTheStepsLeftGivesTheCourseAsIfTheDeletedStepWasNeverTaken() {
        java.util.List<ru.officialpages.domain.MessageStep> steps = java.util.List.of(
                new ru.officialpages.domain.MessageStep(1, 0, StepKind.SENT, T.plusMinutes(10), "", ""),
                new ru.officialpages.domain.MessageStep(2, 0, StepKind.INTERIM, T.plusHours(1), "", "Разбираемся"),
                new ru.officialpages.domain.MessageStep(3, 0, StepKind.FINAL, T.plusDays(2), "", "Починили"));
        Message done = fresh();
        for (ru.officialpages.domain.MessageStep s : steps) {
            done = MessageCourse.next(done, s.kind(), s.at(), s.reason(), s.text());
        }
        assertThat(MessageCourse.replay(done, steps)).isEqualTo(done);

        Message reopened = MessageCourse.replay(done, steps.subList(0, 2));
        assertThat(reopened.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(reopened.finalAt()).isNull();
        assertThat(reopened.finalText()).isEmpty();
        // The answer taken back is the draft again, not lost.
        assertThat(reopened.draft()).isEqualTo("Починили");
        assertThat(MessageCourse.replay(done, java.util.List.of()).stage()).isEqualTo(MessageStage.NEW);
    }
}
