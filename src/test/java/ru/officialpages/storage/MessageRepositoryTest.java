package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageScope;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.ReturnReason;
import ru.officialpages.domain.StepKind;
import ru.officialpages.rules.DayType;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.TestCalendars;
import ru.officialpages.rules.WorkingTime;

/** Messages on a real SQLite file: the order by what is due, paging, the course, recomputed deadlines. */
/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class MessageRepositoryTest {
    @Parameter
    Engine engine;
    private static final MessageDeadlines RULES =
            new MessageDeadlines(new WorkingTime(TestCalendars.standard(), OfficeHours.defaults()));
    @TempDir
    Path dir;
    private Database db;
    private MessageRepository repo;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        repo = new MessageRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Message message(String author, LocalDateTime detected, Importance importance) {
        return Message.recorded(null, Network.VK, author, "", "", "Вопрос от " + author, detected, importance, "ЖКХ", "");
    }

    @Test
    void listsWhatIsDueFirstAndTheAnsweredLast() {
        Message late = repo.add(message("Поздний", LocalDateTime.of(2026, 11, 24, 9, 0), Importance.ORDINARY), RULES);
        Message early = repo.add(message("Ранний", LocalDateTime.of(2026, 11, 20, 17, 30), Importance.ORDINARY), RULES);
        Message high = repo.add(message("Срочный", LocalDateTime.of(2026, 11, 23, 9, 0), Importance.HIGH), RULES);
        Message done = repo.add(message("Отвеченный", LocalDateTime.of(2026, 11, 19, 9, 0), Importance.ORDINARY), RULES);
        repo.step(done.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 19, 10, 0), "", "Ответ", RULES);

        assertThat(early.answerDue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        assertThat(high.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 0));
        List<String> order = repo.slice(MessageFilter.all(), 0, 10).stream().map(Message::authorName).toList();
        assertThat(order).containsExactly("Срочный", "Ранний", "Поздний", "Отвеченный");
        assertThat(repo.count(new MessageFilter(MessageScope.OPEN, null, null, ""))).isEqualTo(3);
        assertThat(repo.slice(new MessageFilter(MessageScope.CLOSED, null, null, ""), 0, 10))
                .extracting(Message::authorName).containsExactly("Отвеченный");
        assertThat(repo.slice(new MessageFilter(MessageScope.ALL, Importance.HIGH, null, ""), 0, 10))
                .extracting(Message::id).containsExactly(high.id());
        // Search ignores case and ё.
        assertThat(repo.slice(new MessageFilter(MessageScope.ALL, null, null, "ПОЗДНИЙ"), 0, 10))
                .extracting(Message::id).containsExactly(late.id());
        assertThat(repo.dueBefore(LocalDateTime.of(2026, 11, 24, 0, 0))).extracting(Message::authorName)
                .containsExactly("Срочный", "Ранний");
    }

    @Test
    void pagesThroughThousandsInDueOrder() {
        List<Message> many = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 9, 0);
        for (int i = 0; i < 1000; i++) {
            many.add(message("Автор " + i, start.plusMinutes(37L * ((i * 7919L) % 1000)), Importance.ORDINARY));
        }
        repo.addAll(many, RULES);
        MessageFilter all = MessageFilter.all();
        assertThat(repo.count(all)).isEqualTo(1000);
        List<Message> read = new ArrayList<>();
        for (int offset = 0; offset < 1000; offset += 200) {
            read.addAll(repo.slice(all, offset, 200));
        }
        assertThat(read).hasSize(1000);
        assertThat(read.stream().map(Message::id).distinct().count()).isEqualTo(1000);
        for (int i = 1; i < read.size(); i++) {
            assertThat(read.get(i).dueAt()).isAfterOrEqualTo(read.get(i - 1).dueAt());
        }
    }

    @Test
    void keepsEveryStepOfTheCourse() {
        Message m = repo.add(message("Иван", LocalDateTime.of(2026, 11, 20, 17, 30), Importance.ORDINARY), RULES);
        repo.step(m.id(), StepKind.SENT, LocalDateTime.of(2026, 11, 23, 9, 10), "", "", RULES);
        repo.step(m.id(), StepKind.SUBMITTED, LocalDateTime.of(2026, 11, 23, 9, 40), "", "черновик", RULES);
        repo.step(m.id(), StepKind.RETURNED, LocalDateTime.of(2026, 11, 23, 9, 55), ReturnReason.ERRORS.name(), "", RULES);
        repo.step(m.id(), StepKind.SUBMITTED, LocalDateTime.of(2026, 11, 23, 10, 10), "", "Исправленный ответ", RULES);
        Message agreed = repo.step(m.id(), StepKind.AGREED, LocalDateTime.of(2026, 11, 23, 10, 20), "", "", RULES);
        assertThat(agreed.draftAgreedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 20));
        assertThat(agreed.draft()).isEqualTo("Исправленный ответ");
        Message interim = repo.step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 23, 10, 30), "",
                "Исправленный ответ", RULES);
        assertThat(interim.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(interim.finalDue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        assertThat(interim.dueAt()).isEqualTo(interim.finalDue());
        assertThatThrownBy(() -> repo.step(m.id(), StepKind.INTERIM, LocalDateTime.of(2026, 11, 24, 10, 0), "", "x", RULES))
                .isInstanceOf(StorageException.class);
        Message fin = repo.step(m.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 26, 15, 0), "", "Сделано", RULES);
        assertThat(fin.dueAt()).isNull();

        List<MessageStep> steps = repo.steps(m.id());
        assertThat(steps).extracting(MessageStep::kind).containsExactly(StepKind.SENT, StepKind.SUBMITTED, StepKind.RETURNED,
                StepKind.SUBMITTED, StepKind.AGREED, StepKind.INTERIM, StepKind.FINAL);
        assertThat(steps.get(2).reason()).isEqualTo("ERRORS");
        assertThat(repo.find(m.id()).orElseThrow()).isEqualTo(fin);
        assertThatThrownBy(() -> repo.step(m.id(), StepKind.CLOSED, LocalDateTime.of(2026, 11, 27, 10, 0), "INSULT", "", RULES))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void closesWithTheGroundOfParagraph21() {
        Message m = repo.add(message("Грубиян", LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY), RULES);
        Message closed = repo.step(m.id(), StepKind.CLOSED, LocalDateTime.of(2026, 11, 23, 9, 30),
                NoAnswerGround.OBSCENITY.name(), "", RULES);
        assertThat(closed.stage()).isEqualTo(MessageStage.CLOSED);
        assertThat(closed.noAnswerGround()).isEqualTo(NoAnswerGround.OBSCENITY);
        assertThat(closed.dueAt()).isNull();
        assertThat(repo.count(new MessageFilter(MessageScope.OPEN, null, null, ""))).isZero();
    }

    @Test
    void aCorrectedCalendarMovesTheOpenDeadlines() {
        Message open = repo.add(message("Открытый", LocalDateTime.of(2026, 11, 20, 17, 30), Importance.ORDINARY), RULES);
        Message done = repo.add(message("Закрытый", LocalDateTime.of(2026, 11, 20, 17, 0), Importance.ORDINARY), RULES);
        repo.step(done.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 23, 9, 30), "", "", RULES);
        assertThat(repo.recomputeDeadlines(RULES)).isZero();

        // Monday 23.11 made a day off: the open message is now due on Tuesday; the answered one keeps its record.
        MessageDeadlines corrected = new MessageDeadlines(new WorkingTime(
                TestCalendars.standard().withOverride(LocalDate.of(2026, 11, 23), DayType.NON_WORKING), OfficeHours.defaults()));
        assertThat(repo.recomputeDeadlines(corrected)).isEqualTo(1);
        assertThat(repo.find(open.id()).orElseThrow().dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 11, 30));
        assertThat(repo.find(done.id()).orElseThrow().answerDue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 0));
    }

    @Test
    void anEditedDetectionTimeMovesTheDeadline() {
        Message m = repo.add(message("Иван", LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY), RULES);
        Message edited = repo.update(new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(),
                m.text(), LocalDateTime.of(2026, 11, 23, 14, 0), Importance.HIGH, m.topic(), "Отдел ЖКХ", m.stage(), null, null,
                null, null, null, null, null, null, "", null, "", ""), RULES);
        assertThat(edited.dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 16, 0));
        assertThat(repo.find(m.id()).orElseThrow().executor()).isEqualTo("Отдел ЖКХ");
    }

    @Test
    void theOpenMessagesAreFoundByAnIndexNotByReadingEveryMessage() {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Engine.SQLITE, "SQLite's own query plan");
        // Сегодня and Сообщения read them on opening; a district keeps 50,000 messages (issue 10).
        String plan = db.read(c -> {
            StringBuilder b = new StringBuilder();
            try (java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + MessageRepository.OPEN_DEADLINES);
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getString(4)).append('\n');
                }
            }
            return b.toString();
        });
        assertThat(plan).contains("USING INDEX").doesNotContain("SCAN message");
    }
}
