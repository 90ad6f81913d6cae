package ru.officialpages.rules;

import java.time.LocalDateTime;
import java.util.Objects;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.StepKind;

/**
 * The course of a citizen's message (novokubansky-1740 app.1 §10–§21): which step may follow the
 * stage a message is in, and what the message looks like after it. Deadlines are not counted here
 * ({@link MessageDeadlines} does that on the result), so the two rules stay apart and testable.
 */
public final class MessageCourse {

    /** Why a step was refused; the desk says it in Russian. */
    public enum Refusal {
        /** The message was answered for good or closed: no step follows (§20, §21). */
        DONE,
        /** An interim answer was already given: the next answer is the final one (§18). */
        INTERIM_TWICE
    }

    /** A step the course does not allow at the message's stage. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super("step refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private MessageCourse() {
    }

    /**
     * The message after step {@code kind} at {@code at}. {@code reason}: the {@code ReturnReason}
     * of a returned draft or the {@code NoAnswerGround} of a closing; {@code text}: the draft or the
     * answer. Throws {@link RefusedException} for a step the stage does not allow.
     */
    public static Message next(Message m, StepKind kind, LocalDateTime at, String reason, String text) {
        Objects.requireNonNull(at, "at");
        if (!m.stage().isOpen()) {
            throw new RefusedException(Refusal.DONE);
        }
        String body = text == null ? "" : text;
        return switch (kind) {
            case SENT -> copy(m, m.stage() == MessageStage.NEW ? MessageStage.SENT : m.stage(), at, m.interimAt(),
                    m.finalAt(), null, null, m.draft(), m.draftAgreedAt(), m.interimText(), m.finalText());
            case SUBMITTED -> copy(m, m.stage(), m.sentAt(), m.interimAt(), m.finalAt(), null, null, body, null,
                    m.interimText(), m.finalText());
            case RETURNED -> copy(m, m.stage(), m.sentAt(), m.interimAt(), m.finalAt(), null, null, m.draft(), null,
                    m.interimText(), m.finalText());
            case AGREED -> copy(m, m.stage(), m.sentAt(), m.interimAt(), m.finalAt(), null, null,
                    body.isEmpty() ? m.draft() : body, at, m.interimText(), m.finalText());
            case INTERIM -> {
                if (m.stage() == MessageStage.INTERIM) {
                    throw new RefusedException(Refusal.INTERIM_TWICE);
                }
                yield copy(m, MessageStage.INTERIM, m.sentAt(), at, null, null, null, "", null, body, "");
            }
            case FINAL -> copy(m, MessageStage.FINAL, m.sentAt(), m.interimAt(), at, null, null, "", null,
                    m.interimText(), body);
            case CLOSED -> copy(m, MessageStage.CLOSED, m.sentAt(), m.interimAt(), null, at,
                    NoAnswerGround.valueOf(reason), m.draft(), m.draftAgreedAt(), m.interimText(), "");
        };
    }

    /**
     * The message as its course stands after {@code steps}, taken in order from its recording: what a
     * corrected or deleted step leaves (issue 16 item 3). The message's own fields (author, text, detection)
     * are kept; the course is rebuilt step by step, so a correction the course does not allow (an answer
     * moved before another step of a closed course) is refused as the step itself would be.
     */
    public static Message replay(Message m, java.util.List<ru.officialpages.domain.MessageStep> steps) {
        Message course = new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(),
                m.text(), m.detectedAt(), m.importance(), m.topic(), m.executor(), MessageStage.NEW, null, null, null,
                null, null, m.answerDue(), m.finalDue(), m.dueAt(), "", null, "", "");
        java.util.List<ru.officialpages.domain.MessageStep> ordered = new java.util.ArrayList<>(steps);
        ordered.sort(java.util.Comparator.comparing(ru.officialpages.domain.MessageStep::at)
                .thenComparingLong(ru.officialpages.domain.MessageStep::id));
        for (ru.officialpages.domain.MessageStep s : ordered) {
            course = next(course, s.kind(), s.at(), s.reason(), s.text());
        }
        if (!course.stage().isOpen()) {
            return course;
        }
        // The draft as typed last stays; an answer whose step was taken back becomes the draft again.
        String draft = m.stage().isOpen() ? m.draft() : m.finalText().isEmpty() ? course.draft() : m.finalText();
        return copy(course, course.stage(), course.sentAt(), course.interimAt(), course.finalAt(), null, null, draft,
                course.draftAgreedAt(), course.interimText(), course.finalText());
    }

    /** Whether step {@code kind} may be taken at the message's stage. */
    public static boolean allows(MessageStage stage, StepKind kind) {
        return stage.isOpen() && !(kind == StepKind.INTERIM && stage == MessageStage.INTERIM);
    }

    private static Message copy(Message m, MessageStage stage, LocalDateTime sent, LocalDateTime interim,
            LocalDateTime fin, LocalDateTime closed, NoAnswerGround ground, String draft, LocalDateTime agreed,
            String interimText, String finalText) {
        return new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(), m.text(),
                m.detectedAt(), m.importance(), m.topic(), m.executor(), stage, sent, interim, fin, closed, ground,
                m.answerDue(), m.finalDue(), m.dueAt(), draft, agreed, interimText, finalText);
    }
}
