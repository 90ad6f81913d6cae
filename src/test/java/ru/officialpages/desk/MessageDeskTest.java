package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.StepKind;
import ru.officialpages.rules.DayType;

/** The message desk: deadlines always follow the calendar (no caller recomputes), steps follow the course. */
class MessageDeskTest {
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

    private Message monday9() {
        return f.desks.messages().add(Message.recorded(f.vk.id(), Network.VK, "Иванов", "", "", "Когда починят дорогу?",
                LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY, "", ""));
    }

    @Test
    void aDayMadeNonWorkingMovesTheOpenMessagesDeadlinesForEveryReader() {
        Message m = monday9();
        assertThat(m.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 12, 0));
        f.heard.clear();
        f.desks.office().setCalendarDays(Map.of(LocalDate.of(2026, 11, 23), DayType.NON_WORKING));
        assertThat(f.heard).containsExactly(EnumSet.of(Change.SETTINGS));
        // Nobody recomputes: the desk's reads bring the kept deadlines in line first.
        assertThat(f.desks.messages().find(m.id()).orElseThrow().dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 12, 0));
        assertThat(f.desks.messages().dueBefore(LocalDateTime.of(2026, 11, 24, 0, 0))).isEmpty();
        assertThat(f.desks.messages().dueBefore(LocalDateTime.of(2026, 11, 25, 0, 0))).extracting(Message::id)
                .containsExactly(m.id());
    }

    @Test
    void aStepTheCourseDoesNotAllowIsRefusedInRussianAndNothingIsWritten() {
        Message m = monday9();
        Message interim = f.desks.messages().step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 10, 0), "",
                "Разбираемся");
        assertThat(interim.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(f.heard).containsExactly(EnumSet.of(Change.MESSAGES), EnumSet.of(Change.MESSAGES));
        assertThatThrownBy(() -> f.desks.messages().step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 11, 0),
                "", "Ещё раз"))
                .isInstanceOf(DeskException.class)
                .hasMessage("Промежуточный ответ уже дан: теперь нужен окончательный.");
        assertThat(f.desks.messages().steps(m.id())).hasSize(1);
        assertThatThrownBy(() -> f.desks.messages().step(987, StepKind.SENT, LocalDateTime.of(2026, 11, 23, 11, 0), "", ""))
                .isInstanceOf(DeskException.class).hasMessage("Сообщение не найдено: возможно, оно удалено.");
    }

    @Test
    void aDeletedMessageComesBackWithItsCourseAndNumber() {
        Message m = monday9();
        f.desks.messages().step(m.id(), StepKind.SENT, LocalDateTime.of(2026, 11, 23, 9, 10), "", "");
        f.desks.messages().step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 10, 0), "", "Разбираемся");
        MessageDesk.Deletion d = f.desks.messages().delete(m.id());
        assertThat(f.desks.messages().find(m.id())).isEmpty();
        assertThat(f.desks.messages().dueBefore(LocalDateTime.of(2027, 1, 1, 0, 0))).isEmpty();
        f.desks.messages().restore(d);
        Message back = f.desks.messages().find(m.id()).orElseThrow();
        assertThat(back.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(back.interimText()).isEqualTo("Разбираемся");
        assertThat(f.desks.messages().steps(m.id())).extracting(ru.officialpages.domain.MessageStep::kind)
                .containsExactly(StepKind.SENT, StepKind.INTERIM);
        assertThat(f.heard.get(f.heard.size() - 1)).containsExactly(Change.MESSAGES);
    }

    @Test
    void aFinalAnswerTakenBackReopensTheMessageWithItsDeadlineAndUndoGivesItAgain() {
        Message m = monday9();
        f.desks.messages().step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 10, 0), "", "Разбираемся");
        Message done = f.desks.messages().step(m.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 24, 10, 0), "",
                "Дорогу починят в мае.");
        assertThat(done.dueAt()).isNull();
        long finalId = f.desks.messages().steps(m.id()).get(1).id();
        f.heard.clear();

        MessageDesk.CourseChange taken = f.desks.messages().deleteStep(m.id(), finalId);
        assertThat(f.heard).containsExactly(EnumSet.of(Change.MESSAGES));
        Message reopened = f.desks.messages().find(m.id()).orElseThrow();
        assertThat(reopened.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(reopened.dueAt()).isEqualTo(reopened.finalDue()).isNotNull();
        // The answer's words are not lost: they are the draft again.
        assertThat(reopened.draft()).isEqualTo("Дорогу починят в мае.");
        assertThat(taken.step().kind()).isEqualTo(StepKind.FINAL);
        assertThat(f.desks.messages().dueBefore(LocalDateTime.of(2027, 1, 1, 0, 0))).extracting(Message::id)
                .containsExactly(m.id());

        Message again = f.desks.messages().undo(taken);
        assertThat(again.stage()).isEqualTo(MessageStage.FINAL);
        assertThat(again.finalText()).isEqualTo("Дорогу починят в мае.");
        assertThat(f.desks.messages().steps(m.id())).extracting(ru.officialpages.domain.MessageStep::kind)
                .containsExactly(StepKind.INTERIM, StepKind.FINAL);
    }

    @Test
    void aCorrectedStepTimeMovesTheDeadlinesAndACorrectionTheCourseRefusesWritesNothing() {
        Message m = monday9();
        f.desks.messages().step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 10, 0), "", "Разбираемся");
        ru.officialpages.domain.MessageStep interim = f.desks.messages().steps(m.id()).get(0);
        Message before = f.desks.messages().find(m.id()).orElseThrow();

        MessageDesk.CourseChange c = f.desks.messages().editStep(new ru.officialpages.domain.MessageStep(interim.id(),
                m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 24, 10, 0), "", "Разбираемся, ответим"));
        assertThat(c.message().interimAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        assertThat(c.message().interimText()).isEqualTo("Разбираемся, ответим");
        assertThat(c.message().finalDue()).isAfter(before.finalDue());

        // A final answer, then the interim moved after it: the course does not allow a step after the final one.
        f.desks.messages().step(m.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 25, 10, 0), "", "Готово");
        ru.officialpages.domain.MessageStep moved = new ru.officialpages.domain.MessageStep(interim.id(), m.id(),
                StepKind.INTERIM, LocalDateTime.of(2026, 11, 26, 10, 0), "", "Разбираемся");
        long interimId = f.desks.messages().steps(m.id()).get(0).id();
        assertThatThrownBy(() -> f.desks.messages().editStep(new ru.officialpages.domain.MessageStep(interimId, m.id(),
                moved.kind(), moved.at(), "", moved.text())))
                .isInstanceOf(DeskException.class).hasMessage("Работа с сообщением уже завершена.");
        assertThat(f.desks.messages().find(m.id()).orElseThrow().stage()).isEqualTo(MessageStage.FINAL);
        assertThat(f.desks.messages().steps(m.id())).hasSize(2);
    }
}
