package ru.officialpages.desk;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.StepKind;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.storage.MessageRepository;

/**
 * Citizens' messages and their course (novokubansky-1740 app.1). The deadlines kept with the
 * messages always match today's calendar and office hours: every read here first brings them up
 * to date (a pass that costs nothing when nothing moved), so no screen or command has to remember
 * to. Steps follow {@link ru.officialpages.rules.MessageCourse}; refusals come out in Russian.
 */
public final class MessageDesk {
    private final MessageRepository messages;
    private final Office office;
    private final Changes changes;

    public MessageDesk(MessageRepository messages, Office office, Changes changes) {
        this.messages = messages;
        this.office = office;
        this.changes = changes;
    }

    /** The deadlines' rules as they are now, the open messages' kept deadlines brought in line with them. */
    public MessageDeadlines deadlines() {
        MessageDeadlines rules = office.deadlines();
        messages.recomputeDeadlines(rules);
        return rules;
    }

    public int count(MessageFilter f) {
        deadlines();
        return messages.count(f);
    }

    public List<Message> slice(MessageFilter f, int offset, int limit) {
        deadlines();
        return messages.slice(f, offset, limit);
    }

    public void stream(MessageFilter f, Consumer<Stream<Message>> use) {
        deadlines();
        messages.stream(f, use);
    }

    public Optional<Message> find(long id) {
        deadlines();
        return messages.find(id);
    }

    public List<MessageStep> steps(long messageId) {
        return messages.steps(messageId);
    }

    /** The open messages due before {@code end} (Сегодня's list). */
    public List<Message> dueBefore(LocalDateTime end) {
        deadlines();
        return messages.dueBefore(end);
    }

    /** The links of the messages already recorded, to say a duplicate. */
    public Set<String> links() {
        return messages.links();
    }

    public Message add(Message m) {
        Message saved = Refusals.said(() -> messages.add(m, office.deadlines()));
        changes.announce(Change.MESSAGES);
        return saved;
    }

    public List<Message> addAll(Collection<Message> list) {
        List<Message> saved = Refusals.said(() -> messages.addAll(list, office.deadlines()));
        changes.announce(Change.MESSAGES);
        return saved;
    }

    /** Saves what the clerk corrected in the message itself; its deadlines follow. */
    public Message update(Message m) {
        Message saved = Refusals.said(() -> messages.update(m, office.deadlines()));
        changes.announce(Change.MESSAGES);
        return saved;
    }

    /**
     * As {@link #update(Message)}, made on the version the clerk opened: one another user changed since is refused
     * («Запись изменил другой пользователь…», {@link Refusals#isChangedMeanwhile}) and nothing is written.
     */
    public Message update(Message m, java.util.OptionalLong opened) {
        Message saved = Refusals.said(() -> messages.update(m, office.deadlines(), opened));
        changes.announce(Change.MESSAGES);
        return saved;
    }

    /** The message's version as it is opened for editing (issue 19 item 7); empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return Refusals.said(() -> messages.version(id));
    }

    /**
     * Keeps the draft typed on the message's version {@code opened}: one another user changed since (their draft, a
     * step) is refused («Запись изменил другой пользователь…») and their draft stays.
     */
    public void saveDraft(long id, String draft, java.util.OptionalLong opened) {
        Refusals.said(() -> {
            messages.saveDraft(id, draft, opened);
            return null;
        });
    }

    /** A message taken out with its steps, to put back on undo. */
    public static final class Deletion {
        private final MessageRepository.Removed removed;

        Deletion(MessageRepository.Removed removed) {
            this.removed = removed;
        }

        public Message message() {
            return removed.message();
        }
    }

    /** Deletes a message entered by mistake, with its steps; Сегодня and the reports follow at once. */
    public Deletion delete(long id) {
        Deletion d = new Deletion(Refusals.said(() -> messages.delete(id)));
        changes.announce(Change.MESSAGES);
        return d;
    }

    /** Puts a deleted message and its steps back as they were. */
    public void restore(Deletion d) {
        Refusals.said(() -> {
            messages.restore(d.removed);
            return null;
        });
        changes.announce(Change.MESSAGES);
    }

    /** One step of the course at {@code at}; a step the course does not allow is refused in Russian. */
    public Message step(long id, StepKind kind, LocalDateTime at, String reason, String text) {
        return step(id, kind, at, reason, text, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #step(long, StepKind, LocalDateTime, String, String)}, taken on the version the clerk opened: a
     * message another user moved on since is refused («Запись изменил другой пользователь…») and nothing is written.
     */
    public Message step(long id, StepKind kind, LocalDateTime at, String reason, String text, java.util.OptionalLong opened) {
        Message saved = Refusals.said(() -> messages.step(id, kind, at, reason, text, office.deadlines(), opened));
        changes.announce(Change.MESSAGES);
        return saved;
    }

    /** A message's course before a step was corrected or taken back: what «Отменить» puts back. */
    public static final class CourseChange {
        private final MessageRepository.Rewritten rewritten;
        private final MessageStep step;

        CourseChange(MessageRepository.Rewritten rewritten, MessageStep step) {
            this.rewritten = rewritten;
            this.step = step;
        }

        /** The message as the change left it. */
        public Message message() {
            return rewritten.message();
        }

        /** The step as it was before the change. */
        public MessageStep step() {
            return step;
        }
    }

    /**
     * Corrects a step's time, reason or text (an answer typed with a mistake, a time entered wrong); the
     * message's stage and deadlines are counted again over its course. Refused in Russian when the course
     * would not allow the steps in their new order.
     */
    public CourseChange editStep(MessageStep edited) {
        return editStep(edited, java.util.OptionalLong.empty());
    }

    /** As {@link #editStep(MessageStep)}, made on the version the clerk opened. */
    public CourseChange editStep(MessageStep edited, java.util.OptionalLong opened) {
        MessageStep[] was = new MessageStep[1];
        MessageRepository.Rewritten r = Refusals.said(() -> messages.rewriteCourse(edited.messageId(), steps -> {
            was[0] = stepOf(steps, edited.id());
            return steps.stream().map(s -> s.id() == edited.id() ? edited : s).toList();
        }, office.deadlines(), opened));
        changes.announce(Change.MESSAGES);
        return new CourseChange(r, was[0]);
    }

    /** Takes a step entered by mistake out of a message's course (an answer not given after all). */
    public CourseChange deleteStep(long messageId, long stepId) {
        return deleteStep(messageId, stepId, java.util.OptionalLong.empty());
    }

    /** As {@link #deleteStep(long, long)}, made on the version the clerk opened. */
    public CourseChange deleteStep(long messageId, long stepId, java.util.OptionalLong opened) {
        MessageStep[] was = new MessageStep[1];
        MessageRepository.Rewritten r = Refusals.said(() -> messages.rewriteCourse(messageId, steps -> {
            was[0] = stepOf(steps, stepId);
            return steps.stream().filter(s -> s.id() != stepId).toList();
        }, office.deadlines(), opened));
        changes.announce(Change.MESSAGES);
        return new CourseChange(r, was[0]);
    }

    /**
     * Puts the course back as it was before {@code change}, on the version the change left: a step another user
     * took since would be lost with it, so the undo is then refused («Запись изменил другой пользователь…»).
     */
    public Message undo(CourseChange change) {
        List<MessageStep> before = change.rewritten.before();
        Message m = Refusals.said(() -> messages.rewriteCourse(change.message().id(), now -> before,
                office.deadlines(), java.util.OptionalLong.of(change.rewritten.version())).message());
        changes.announce(Change.MESSAGES);
        return m;
    }

    private static MessageStep stepOf(List<MessageStep> steps, long stepId) {
        return steps.stream().filter(s -> s.id() == stepId).findFirst()
                .orElseThrow(() -> new ru.officialpages.storage.RecordGoneException(
                        ru.officialpages.storage.RecordGoneException.Kind.MESSAGE, stepId));
    }
}
