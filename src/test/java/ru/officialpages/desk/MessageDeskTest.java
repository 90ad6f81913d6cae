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
}
