package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;

/** Deadlines of citizens' messages, novokubansky-1740 app.1 §9, §17, §18, on the 2026 calendar. */
class MessageDeadlinesTest {
    private static final MessageDeadlines RULES =
            new MessageDeadlines(new WorkingTime(TestCalendars.standard(), OfficeHours.defaults()));

    @Test
    void fridayEveningIsAnsweredOnMondayMorning() {
        // Fri 20.11.2026 17:30: half an hour on Friday, the rest from 9:00 on Monday (§9).
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 20, 17, 30), Importance.ORDINARY))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        // §17: two working hours for high importance.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 20, 17, 30), Importance.HIGH))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 30));
        // Detected over the weekend: counted from Monday 9:00.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 21, 22, 0), Importance.ORDINARY))
                .isEqualTo(LocalDateTime.of(2026, 11, 23, 12, 0));
    }

    @Test
    void lunchDoesNotCount() {
        // 11:30 + 3 working hours: 11:30–13:00 and 14:00–15:30.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 24, 11, 30), Importance.ORDINARY))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 15, 30));
        // Detected at lunch: counted from 14:00.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 24, 13, 20), Importance.HIGH))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 16, 0));
    }

    @Test
    void holidaysAreSkipped() {
        // Tue 03.11.2026 is shortened (ends 17:00), Wed 04.11 a holiday: 16:00 + 3 h ends on Thursday 11:00.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 11, 3, 16, 0), Importance.ORDINARY))
                .isEqualTo(LocalDateTime.of(2026, 11, 5, 11, 0));
        // New Year: Thu 31.12.2026 is off, 1–8 January off, so an answer to a message of 30.12 evening waits till 11.01.2027.
        assertThat(RULES.answerDue(LocalDateTime.of(2026, 12, 30, 17, 0), Importance.ORDINARY).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void theFinalAnswerIsDueFiveWorkingDaysAfterTheInterimOne() {
        // §18: interim on Mon 23.11.2026 → end of Mon 30.11.
        assertThat(RULES.finalDue(LocalDateTime.of(2026, 11, 23, 10, 0))).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        // Across the 4 November holiday: interim on Fri 30.10 → Mon 2, Tue 3, Thu 5, Fri 6, Mon 9.
        assertThat(RULES.finalDue(LocalDateTime.of(2026, 10, 30, 15, 0))).isEqualTo(LocalDateTime.of(2026, 11, 9, 18, 0));
    }

    @Test
    void theRunningDeadlineFollowsTheCourse() {
        Message m = Message.recorded(null, "vk", "Иван", "", "", "Когда починят фонарь?", LocalDateTime.of(2026, 11, 20, 17, 30),
                Importance.ORDINARY, "", "");
        Message fresh = RULES.apply(m);
        assertThat(fresh.dueAt()).isEqualTo(fresh.answerDue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        Message interim = RULES.apply(m.withAnswers(LocalDateTime.of(2026, 11, 23, 10, 0), null));
        assertThat(interim.stage()).isEqualTo(MessageStage.INTERIM);
        assertThat(interim.dueAt()).isEqualTo(interim.finalDue()).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        assertThat(MessageDeadlines.answeredInTime(interim)).contains(true);
        Message late = RULES.apply(m.withAnswers(null, LocalDateTime.of(2026, 11, 23, 12, 0)));
        assertThat(late.dueAt()).isNull();
        assertThat(MessageDeadlines.answeredInTime(late)).contains(false);
    }

    @Test
    void countdownInWorkingTime() {
        LocalDateTime due = LocalDateTime.of(2026, 11, 23, 11, 30);
        MessageDeadlines.Countdown before = RULES.countdown(due, LocalDateTime.of(2026, 11, 20, 17, 50));
        assertThat(before.left()).isEqualTo(Duration.ofMinutes(160));
        assertThat(before.urgent()).isFalse();
        assertThat(RULES.countdown(due, LocalDateTime.of(2026, 11, 23, 10, 40)).urgent()).isTrue();
        MessageDeadlines.Countdown past = RULES.countdown(due, LocalDateTime.of(2026, 11, 23, 14, 30));
        assertThat(past.overdue()).isTrue();
        assertThat(past.left()).isEqualTo(Duration.ofMinutes(-120));
    }
}
