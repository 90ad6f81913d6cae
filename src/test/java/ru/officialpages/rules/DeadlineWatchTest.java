package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.rules.DeadlineWatch.Alert;
import ru.officialpages.rules.DeadlineWatch.Level;

/** The clerk hears of a deadline once per message and stage: 30 working minutes before it, and when it passes. */
class DeadlineWatchTest {
    private static final WorkingTime TIME = new WorkingTime(TestCalendars.standard(), OfficeHours.defaults());

    private static Message due(long id, MessageStage stage, LocalDateTime dueAt) {
        Message m = Message.recorded(null, "vk", "Иванов", "", "", "Когда будет вода?", dueAt.minusHours(3),
                Importance.ORDINARY, "", "").withId(id).withDeadlines(dueAt, null, dueAt);
        return new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(), m.text(),
                m.detectedAt(), m.importance(), m.topic(), m.executor(), stage, null, null, null, null, null,
                m.answerDue(), m.finalDue(), m.dueAt(), "", null, "", "");
    }

    private static List<String> said(List<Alert> alerts) {
        return alerts.stream().map(a -> a.message().id() + " " + a.level()).toList();
    }

    @Test
    void toldOnceWhenCloseAndOnceWhenOverdue() {
        DeadlineWatch watch = new DeadlineWatch();
        // Tue 24.11.2026, due at 15:30.
        List<Message> open = List.of(due(1, MessageStage.NEW, LocalDateTime.of(2026, 11, 24, 15, 30)));
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 24, 14, 59), TIME)).isEmpty();
        assertThat(said(watch.check(open, LocalDateTime.of(2026, 11, 24, 15, 0), TIME))).containsExactly("1 SOON");
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 24, 15, 1), TIME)).isEmpty();
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 24, 15, 29), TIME)).isEmpty();
        assertThat(said(watch.check(open, LocalDateTime.of(2026, 11, 24, 15, 30), TIME))).containsExactly("1 OVERDUE");
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 24, 17, 0), TIME)).isEmpty();
    }

    @Test
    void workingMinutesNotClockMinutesCount() {
        DeadlineWatch watch = new DeadlineWatch();
        // Due Monday 23.11 at 9:20: on Friday 20.11 at 17:50 there are 10 + 20 working minutes left.
        List<Message> open = List.of(due(2, MessageStage.SENT, LocalDateTime.of(2026, 11, 23, 9, 20)));
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 20, 17, 49), TIME)).isEmpty();
        assertThat(said(watch.check(open, LocalDateTime.of(2026, 11, 20, 17, 50), TIME))).containsExactly("2 SOON");
    }

    @Test
    void firstSeenOverdueIsToldAsOverdueOnly() {
        DeadlineWatch watch = new DeadlineWatch();
        List<Message> open = List.of(due(3, MessageStage.NEW, LocalDateTime.of(2026, 11, 24, 10, 0)));
        assertThat(said(watch.check(open, LocalDateTime.of(2026, 11, 24, 12, 0), TIME))).containsExactly("3 OVERDUE");
        assertThat(watch.check(open, LocalDateTime.of(2026, 11, 24, 12, 1), TIME)).isEmpty();
    }

    @Test
    void aNewStageIsToldAgainButSentToExecutorIsTheSameDeadline() {
        DeadlineWatch watch = new DeadlineWatch();
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 15, 10);
        assertThat(said(watch.check(List.of(due(4, MessageStage.NEW, at)), at.minusMinutes(5), TIME)))
                .containsExactly("4 SOON");
        // Sent to the executor: still the deadline of the first answer.
        assertThat(watch.check(List.of(due(4, MessageStage.SENT, at)), at.minusMinutes(4), TIME)).isEmpty();
        // After an interim answer the final answer's deadline runs (§18): a new stage.
        LocalDateTime fin = LocalDateTime.of(2026, 11, 25, 10, 0);
        assertThat(said(watch.check(List.of(due(4, MessageStage.INTERIM, fin)), fin.minusMinutes(20), TIME)))
                .containsExactly("4 SOON");
    }

    @Test
    void closedAndUndatedMessagesAreNotTold() {
        DeadlineWatch watch = new DeadlineWatch();
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 15, 10);
        Message closed = due(5, MessageStage.FINAL, at);
        Message undated = due(6, MessageStage.NEW, at).withDeadlines(null, null, null);
        assertThat(watch.check(List.of(closed, undated), at.plusHours(1), TIME)).isEmpty();
    }

    @Test
    void whatWasToldSurvivesARestartAndAnsweredMessagesAreForgotten() {
        DeadlineWatch first = new DeadlineWatch();
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 15, 10);
        List<Message> open = List.of(due(7, MessageStage.NEW, at), due(8, MessageStage.NEW, at.plusMinutes(10)));
        assertThat(said(first.check(open, at.minusMinutes(10), TIME))).containsExactlyInAnyOrder("7 SOON", "8 SOON");
        DeadlineWatch restarted = new DeadlineWatch(first.told());
        assertThat(restarted.check(open, at.minusMinutes(9), TIME)).isEmpty();
        // Message 8 answered: it drops out of the list, and what was told of it is forgotten.
        restarted.check(List.of(open.get(0)), at.minusMinutes(8), TIME);
        assertThat(restarted.told()).allSatisfy(k -> assertThat(k).startsWith("7:"));
    }
}
