package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A citizen's message found on a page (an "инцидент", novokubansky-1740 app.1) and its course.
 * {@code pageId} is null when only the network is known. The deadlines are computed by
 * {@code rules.MessageDeadlines} and kept, so that 50,000 messages sort in the database:
 * {@code answerDue} (§9, §17), {@code finalDue} after an interim answer (§18), and {@code dueAt},
 * the one that runs now (null once answered for good or closed).
 */
public record Message(long id, Long pageId, String networkCode, String authorName, String authorLink, String link,
        String text, LocalDateTime detectedAt, Importance importance, String topic, String executor,
        MessageStage stage, LocalDateTime sentAt, LocalDateTime interimAt, LocalDateTime finalAt,
        LocalDateTime closedAt, NoAnswerGround noAnswerGround, LocalDateTime answerDue, LocalDateTime finalDue,
        LocalDateTime dueAt, String draft, LocalDateTime draftAgreedAt, String interimText, String finalText) {

    public Message {
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(importance, "importance");
        Objects.requireNonNull(stage, "stage");
        authorName = nz(authorName);
        authorLink = nz(authorLink);
        link = nz(link);
        text = nz(text);
        topic = nz(topic);
        executor = nz(executor);
        draft = nz(draft);
        interimText = nz(interimText);
        finalText = nz(finalText);
    }

    /** A new message as the user records it; deadlines are filled in when it is saved. */
    public static Message recorded(Long pageId, String networkCode, String authorName, String authorLink, String link,
            String text, LocalDateTime detectedAt, Importance importance, String topic, String executor) {
        return new Message(0, pageId, networkCode, authorName, authorLink, link, text, detectedAt, importance, topic,
                executor, MessageStage.NEW, null, null, null, null, null, null, null, null, "", null, "", "");
    }

    /** When the author got the first answer (interim or final), if any. */
    public LocalDateTime firstAnswerAt() {
        return interimAt != null ? interimAt : finalAt;
    }

    public Message withDeadlines(LocalDateTime answer, LocalDateTime fin, LocalDateTime due) {
        return new Message(id, pageId, networkCode, authorName, authorLink, link, text, detectedAt, importance, topic,
                executor, stage, sentAt, interimAt, finalAt, closedAt, noAnswerGround, answer, fin, due, draft,
                draftAgreedAt, interimText, finalText);
    }

    public Message withId(long newId) {
        return new Message(newId, pageId, networkCode, authorName, authorLink, link, text, detectedAt, importance, topic,
                executor, stage, sentAt, interimAt, finalAt, closedAt, noAnswerGround, answerDue, finalDue, dueAt, draft,
                draftAgreedAt, interimText, finalText);
    }

    /** The course as it stood in an imported list: answered at these moments (either may be null). */
    public Message withAnswers(LocalDateTime interim, LocalDateTime fin) {
        MessageStage s = fin != null ? MessageStage.FINAL : interim != null ? MessageStage.INTERIM : stage;
        return new Message(id, pageId, networkCode, authorName, authorLink, link, text, detectedAt, importance, topic,
                executor, s, sentAt, interim, fin, closedAt, noAnswerGround, answerDue, finalDue, dueAt, draft,
                draftAgreedAt, interimText, finalText);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
