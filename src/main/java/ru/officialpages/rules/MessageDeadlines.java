package ru.officialpages.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;

/**
 * When a citizen's message must be answered, in working time (novokubansky-1740 app.1):
 * within 3 working hours of its detection (§9), 2 for a message of high importance (§17); after
 * an interim answer, the final one within 5 working days of it (§18), that is by the end of the
 * office hours of the fifth working day after the interim answer's day. No clock is read here.
 */
public final class MessageDeadlines {
    /** §9. */
    public static final Duration ORDINARY_ANSWER = Duration.ofHours(3);
    /** §17. */
    public static final Duration HIGH_ANSWER = Duration.ofHours(2);
    /** §18. */
    public static final int FINAL_ANSWER_DAYS = 5;
    /** Less working time than this left: the list shows the message in amber. */
    public static final Duration URGENT = Duration.ofHours(1);

    private final WorkingTime time;

    public MessageDeadlines(WorkingTime time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    public WorkingTime workingTime() {
        return time;
    }

    public static Duration answerTime(Importance importance) {
        return importance == Importance.HIGH ? HIGH_ANSWER : ORDINARY_ANSWER;
    }

    /** §9, §17: 3 (or 2) working hours from detection; a detection out of hours counts from the next working moment. */
    public LocalDateTime answerDue(LocalDateTime detectedAt, Importance importance) {
        return time.addWorkingHours(detectedAt, answerTime(importance));
    }

    /** §9, §17 with the sentence saying how the deadline was counted, for the message card. */
    public Deadline explainAnswer(LocalDateTime detectedAt, Importance importance) {
        return time.explainHours(detectedAt, answerTime(importance));
    }

    /** §18: by the end of the fifth working day after the day of the interim answer. */
    public LocalDateTime finalDue(LocalDateTime interimAt) {
        return explainFinal(interimAt).due();
    }

    public Deadline explainFinal(LocalDateTime interimAt) {
        return time.explainDays(interimAt.toLocalDate(), FINAL_ANSWER_DAYS);
    }

    /** The message with its deadlines as its course stands: the answer's, the final one's, and the one running now. */
    public Message apply(Message m) {
        LocalDateTime answer = answerDue(m.detectedAt(), m.importance());
        LocalDateTime fin = m.interimAt() == null ? null : finalDue(m.interimAt());
        LocalDateTime due = switch (m.stage()) {
            case NEW, SENT -> answer;
            case INTERIM -> fin;
            case FINAL, CLOSED -> null;
        };
        return m.withDeadlines(answer, fin, due);
    }

    /** Whether the first answer (interim or final) came within §9/§17; empty while none has come. */
    public static java.util.Optional<Boolean> answeredInTime(Message m) {
        LocalDateTime first = m.firstAnswerAt();
        if (first == null || m.answerDue() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(!first.isAfter(m.answerDue()));
    }

    /** Working time left until {@code due} at {@code now}; negative once it has passed. */
    public Countdown countdown(LocalDateTime due, LocalDateTime now) {
        return new Countdown(time.between(now, due));
    }

    /** Working time left (negative: overdue by). */
    public record Countdown(Duration left) {
        public boolean overdue() {
            return left.isNegative() || left.isZero();
        }

        /** Under an hour of working time left, not yet overdue. */
        public boolean urgent() {
            return !overdue() && left.compareTo(URGENT) < 0;
        }
    }

    /**
     * A fingerprint of everything the deadlines of messages detected from {@code from} to
     * {@code to} depend on: the office hours and the type of every day up to two months after
     * {@code to} (enough for 5 working days across the longest holidays). Equal fingerprints mean
     * the same deadlines, so a recount can be skipped.
     */
    public long basis(LocalDate from, LocalDate to) {
        long h = time.officeHours().hashCode();
        for (LocalDate d = from; !d.isAfter(to.plusDays(60)); d = d.plusDays(1)) {
            h = h * 31 + time.calendar().dayType(d).ordinal();
        }
        return h * 31 + from.hashCode();
    }

    /** True when a deadline falls on this date (for the Сегодня screen). */
    public static boolean dueOn(LocalDateTime due, LocalDate day) {
        return due != null && due.toLocalDate().equals(day);
    }
}
