package ru.officialpages.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;

/**
 * Decides when to tell the clerk about a citizen's message whose answer is due (novokubansky-1740
 * app.1 §9, §17, §18): once it is within {@link #AHEAD} working time of its deadline, and again once
 * the deadline has passed; each of the two once per message and stage of its course, however often
 * it is asked. An interim answer starts a new deadline (§18), so the same message may be told of
 * again for its final answer. A message first seen already overdue is told of as overdue only.
 *
 * <p>Pure: the moment is passed in; what has been told can be handed out and back in, so a restart
 * does not repeat it.
 */
public final class DeadlineWatch {
    /** How close to its deadline a message is worth a word: 30 working minutes (issue 16). */
    public static final Duration AHEAD = Duration.ofMinutes(30);

    public enum Level { SOON, OVERDUE }

    /** One thing to tell: the message, the stage its deadline belongs to, how urgent. */
    public record Alert(Message message, Level level) {
        String key() {
            return DeadlineWatch.key(message.id(), message.stage(), level);
        }
    }

    private final Set<String> told;

    public DeadlineWatch() {
        this(List.of());
    }

    /** {@code told}: keys from {@link #told()} of an earlier run. */
    public DeadlineWatch(Collection<String> told) {
        this.told = new LinkedHashSet<>(told);
    }

    /**
     * The alerts not given before, for {@code open} messages (any order; closed ones and those
     * without a deadline are passed over) at {@code now}. Each returned alert counts as told.
     * Keys of messages no longer in {@code open} are forgotten, so the set stays small.
     */
    public List<Alert> check(Collection<Message> open, LocalDateTime now, WorkingTime time) {
        List<Alert> alerts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Message m : open) {
            if (m.dueAt() == null || !m.stage().isOpen()) {
                continue;
            }
            Level level;
            if (!m.dueAt().isAfter(now)) {
                level = Level.OVERDUE;
            } else if (time.between(now, m.dueAt()).compareTo(AHEAD) <= 0) {
                level = Level.SOON;
            } else {
                continue;
            }
            String soon = key(m.id(), m.stage(), Level.SOON);
            String overdue = key(m.id(), m.stage(), Level.OVERDUE);
            seen.add(soon);
            seen.add(overdue);
            Alert alert = new Alert(m, level);
            if (told.add(alert.key())) {
                alerts.add(alert);
            }
            if (level == Level.OVERDUE) {
                // Past the deadline, "soon" has nothing left to say.
                told.add(soon);
            }
        }
        told.retainAll(seen);
        return alerts;
    }

    /** What has been told, to hand to the next run. */
    public List<String> told() {
        return List.copyOf(told);
    }

    /**
     * New and sent-to-executor share the deadline of the first answer (§9, §17); after an interim
     * answer the final one runs (§18): those are the two stages a deadline has.
     */
    static String key(long messageId, MessageStage stage, Level level) {
        String deadline = stage == MessageStage.INTERIM ? "final" : "answer";
        return messageId + ":" + deadline + ":" + level.name();
    }
}
