package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.StepKind;
import ru.officialpages.rules.MessageCourse;
import ru.officialpages.rules.MessageDeadlines;

/**
 * Citizens' messages and the steps of their course (V9, V12). Every change of a message goes
 * through {@link MessageDeadlines}, so the kept deadlines always match the course; they are
 * recomputed for the open messages by {@link #recomputeDeadlines} when the calendar may have changed.
 */
public final class MessageRepository {
    private static final String COLUMNS = "id, page_id, network_code, author_name, author_link, link, text, detected_at,"
            + " importance, topic, executor, stage, sent_at, interim_at, final_at, closed_at, no_answer_ground,"
            + " answer_due, final_due, due_at, draft, draft_agreed_at, interim_text, final_text";
    /** Due first, then the messages done with, newest first; the same expression as the V12 index. */
    private static final String ORDER = " ORDER BY (CASE WHEN due_at IS NULL THEN 1 ELSE 0 END), due_at,"
            + " detected_at DESC, id DESC";

    /** The open messages' deadlines as kept; read by the V15 index of open messages, not the whole table. */
    static final String OPEN_DEADLINES = "SELECT id, detected_at, importance, stage, interim_at,"
            + " answer_due, final_due, due_at FROM message WHERE due_at IS NOT NULL";

    private final Database db;
    /** What the open messages' deadlines were last counted on (see {@link MessageDeadlines#basis}). */
    private volatile long lastBasis;

    public MessageRepository(Database db) {
        this.db = db;
    }

    /** Records a new message with its deadlines. */
    public Message add(Message m, MessageDeadlines rules) {
        return addAll(List.of(m), rules).get(0);
    }

    /**
     * Adds messages in one transaction, all or none; an interim or final answer they already have
     * (an imported list) is kept as a step of the course.
     */
    public List<Message> addAll(Collection<Message> messages, MessageDeadlines rules) {
        lastBasis = 0;
        return db.write(c -> {
            List<Message> saved = new ArrayList<>(messages.size());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (" + COLUMNS.substring(4)
                    + ", search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (Message m : messages) {
                    Message withDue = rules.apply(m);
                    bindAll(ps, withDue);
                    ps.executeUpdate();
                    long id;
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    if (withDue.interimAt() != null) {
                        insertStep(c, id, StepKind.INTERIM, withDue.interimAt(), "", withDue.interimText());
                    }
                    if (withDue.finalAt() != null) {
                        insertStep(c, id, StepKind.FINAL, withDue.finalAt(), "", withDue.finalText());
                    }
                    saved.add(withDue.withId(id));
                }
            }
            return saved;
        });
    }

    /** Saves what the user corrected in the message itself; the deadlines follow a new detection time or importance. */
    public Message update(Message m, MessageDeadlines rules) {
        return update(m, rules, java.util.OptionalLong.empty());
    }

    /** The message's version now (V26), to name when it is edited; empty when it is gone. */
    public java.util.OptionalLong version(long id) {
        return db.read(c -> Versions.of(c, RecordGoneException.Kind.MESSAGE, id));
    }

    /**
     * As {@link #update(Message, MessageDeadlines)}, made on the message's version {@code expected} (read when it
     * was opened): one another user has changed since is refused with {@link ChangedMeanwhileException}.
     */
    public Message update(Message m, MessageDeadlines rules, java.util.OptionalLong expected) {
        lastBasis = 0;
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.MESSAGE, m.id(), expected);
            Message current = find(c, m.id()).orElseThrow(() -> new RecordGoneException(RecordGoneException.Kind.MESSAGE, m.id()));
            Message edited = rules.apply(new Message(current.id(), m.pageId(), m.networkCode(), m.authorName(),
                    m.authorLink(), m.link(), m.text(), m.detectedAt(), m.importance(), m.topic(), m.executor(),
                    current.stage(), current.sentAt(), current.interimAt(), current.finalAt(), current.closedAt(),
                    current.noAnswerGround(), null, null, null, current.draft(), current.draftAgreedAt(),
                    current.interimText(), current.finalText()));
            write(c, edited);
            return edited;
        });
    }

    /** A message taken out with the steps of its course: what an undo puts back. */
    public record Removed(Message message, List<MessageStep> steps) {
    }

    /** Deletes a message entered by mistake, with its steps; the answer puts them back on undo. */
    public Removed delete(long id) {
        lastBasis = 0;
        return db.write(c -> {
            Message m = find(c, id).orElseThrow(() -> new RecordGoneException(RecordGoneException.Kind.MESSAGE, id));
            List<MessageStep> steps = steps(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM message_step WHERE message_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM message WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return new Removed(m, steps);
        });
    }

    /** Puts a deleted message and its steps back as they were, under its own number. */
    public void restore(Removed r) {
        lastBasis = 0;
        db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (" + COLUMNS.substring(4)
                    + ", search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindAll(ps, r.message());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            // Back under its own number: Сегодня, the list and any open card still name it so.
            try (PreparedStatement ps = c.prepareStatement("UPDATE message SET id = ? WHERE id = ?")) {
                ps.setLong(1, r.message().id());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            for (MessageStep step : r.steps()) {
                insertStep(c, r.message().id(), step.kind(), step.at(), step.reason(), step.text());
            }
            return null;
        });
    }

    /** Keeps the draft answer as typed, without a step. */
    public void saveDraft(long id, String draft) {
        saveDraft(id, draft, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #saveDraft(long, String)}, typed on the message's version {@code expected} (read when its card was
     * opened): a message another user has changed since — their draft kept, a step taken — is refused with
     * {@link ChangedMeanwhileException}, so their draft is not written over. Keeping a draft adds one to the version.
     */
    public void saveDraft(long id, String draft, java.util.OptionalLong expected) {
        db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.MESSAGE, id, expected);
            try (PreparedStatement ps = c.prepareStatement("UPDATE message SET draft = ? WHERE id = ?")) {
                ps.setString(1, draft);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Records one step of the course at {@code at} and moves the message on (app.1 §10–§21).
     * {@code reason}: the {@code ReturnReason} of a returned draft or the {@code NoAnswerGround}
     * of a closing; {@code text}: the draft or the answer. A step the course does not allow is refused
     * ({@link MessageCourse.RefusedException}).
     */
    public Message step(long id, StepKind kind, LocalDateTime at, String reason, String text, MessageDeadlines rules) {
        return step(id, kind, at, reason, text, rules, java.util.OptionalLong.empty());
    }

    /**
     * As {@link #step(long, StepKind, LocalDateTime, String, String, MessageDeadlines)}, taken on the message's
     * version {@code expected} (read when its card was opened): a message another user has moved on since — a
     * step, a correction — is refused with {@link ChangedMeanwhileException}, so a draft is not agreed that
     * was meanwhile returned. A step adds one to the version either way.
     */
    public Message step(long id, StepKind kind, LocalDateTime at, String reason, String text, MessageDeadlines rules,
            java.util.OptionalLong expected) {
        Objects.requireNonNull(at, "at");
        lastBasis = 0;
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.MESSAGE, id, expected);
            Message m = find(c, id).orElseThrow(() -> new RecordGoneException(RecordGoneException.Kind.MESSAGE, id));
            // The course decides (rules.MessageCourse); a step it refuses throws before anything is written.
            Message next;
            try {
                next = MessageCourse.next(m, kind, at, reason, text);
            } catch (MessageCourse.RefusedException refused) {
                throw new StepRefusedException(refused);
            }
            String body = text == null ? "" : text;
            next = rules.apply(next);
            write(c, next);
            insertStep(c, id, kind, at, reason == null ? "" : reason, body);
            return next;
        });
    }

    /**
     * Counts the open messages' deadlines again by {@code rules} and saves those that changed;
     * returns how many did. Called when the Сообщения or Сегодня screen opens and before a
     * command-line import, rather than from every place that edits the calendar or the office
     * hours (the settings screen, {@code calendar import}): a corrected day then reaches the
     * deadlines whichever way it was made, at the cost of one pass over the open messages,
     * a few milliseconds for hundreds of them.
     */
    public int recomputeDeadlines(MessageDeadlines rules) {
        // Counted in reads first: usually nothing has moved, and a write transaction would also wait
        // for the quick check of the file that the window starts once it is up (issue 10).
        Long basis = db.read(c -> basisToRecount(c, rules));
        if (basis == null) {
            return 0;
        }
        if (db.read(c -> recount(c, rules, false)) == 0) {
            lastBasis = basis;
            return 0;
        }
        return db.write(c -> {
            int changed = recount(c, rules, true);
            lastBasis = basis;
            return changed;
        });
    }

    /** What the open messages' deadlines depend on now, or null when there are none or it is as last counted. */
    private Long basisToRecount(Connection c, MessageDeadlines rules) throws SQLException {
        // The span of the open messages and what their deadlines depend on: unchanged since the
        // last recount, nothing can have moved (the usual case when the screen is reopened).
        String first;
        String last;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(detected_at), MAX(detected_at) FROM message WHERE due_at IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            first = rs.getString(1);
            last = rs.getString(2);
        }
        if (first == null) {
            return null;
        }
        long basis = rules.basis(Iso.moment(first).toLocalDate(), Iso.moment(last).toLocalDate());
        return basis == lastBasis ? null : basis;
    }

    /** The open messages whose kept deadlines differ from the rules' count; with {@code apply}, corrected. */
    private static int recount(Connection c, MessageDeadlines rules, boolean apply) throws SQLException {
        int changed = 0;
        // Only the columns the deadlines depend on, compared as stored text: a few milliseconds per thousand.
        try (PreparedStatement read = c.prepareStatement(OPEN_DEADLINES);
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE message SET answer_due = ?, final_due = ?, due_at = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                LocalDateTime detected = Iso.moment(rs.getString(2));
                Importance importance = Importance.valueOf(rs.getString(3));
                MessageStage stage = MessageStage.valueOf(rs.getString(4));
                String interim = rs.getString(5);
                String answer = Iso.minute(rules.answerDue(detected, importance));
                String fin = interim == null ? null : Iso.minute(rules.finalDue(Iso.moment(interim)));
                String due = stage == MessageStage.INTERIM ? fin : stage.isOpen() ? answer : null;
                if (!answer.equals(rs.getString(6)) || !Objects.equals(fin, rs.getString(7))
                        || !Objects.equals(due, rs.getString(8))) {
                    if (apply) {
                        ps.setString(1, answer);
                        ps.setString(2, fin);
                        ps.setString(3, due);
                        ps.setLong(4, rs.getLong(1));
                        ps.addBatch();
                    }
                    changed++;
                }
            }
            if (apply && changed > 0) {
                ps.executeBatch();
            }
        }
        return changed;
    }

    public Optional<Message> find(long id) {
        return db.read(c -> find(c, id));
    }

    private static Optional<Message> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM message WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<MessageStep> steps(long messageId) {
        return db.read(c -> steps(c, messageId));
    }

    private static List<MessageStep> steps(Connection c, long messageId) throws SQLException {
        List<MessageStep> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, message_id, kind, at, reason, text FROM message_step WHERE message_id = ? ORDER BY at, id")) {
            ps.setLong(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new MessageStep(rs.getLong(1), rs.getLong(2), StepKind.valueOf(rs.getString(3)),
                            Iso.moment(rs.getString(4)), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return list;
    }

    /** How many messages the filter lets through. */
    public int count(MessageFilter f) {
        return db.read(c -> {
            Where w = where(f);
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM message" + w.sql())) {
                w.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Rows {@code offset}… of the filtered list, what is due first. */
    public List<Message> slice(MessageFilter f, int offset, int limit) {
        return db.read(c -> {
            Where w = where(f);
            List<Message> list = new ArrayList<>(Math.min(limit, 1000));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM message" + w.sql() + ORDER
                    + " LIMIT ? OFFSET ?")) {
                int i = w.bind(ps, 1);
                ps.setInt(i, limit);
                ps.setInt(i + 1, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(map(rs));
                    }
                }
            }
            return list;
        });
    }

    /**
     * The whole filtered list in the screen's order, streamed to {@code use} while the cursor is
     * open (an export of 50,000 messages never holds them all). Valid only inside {@code use}.
     */
    public void stream(MessageFilter f, java.util.function.Consumer<java.util.stream.Stream<Message>> use) {
        db.readWithCursor(c -> {
            Where w = where(f);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM message" + w.sql() + ORDER)) {
                w.bind(ps, 1);
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    use.accept(RowStream.of(rs, MessageRepository::map));
                }
            }
            return null;
        });
    }

    /** Open messages due before {@code end}: the overdue ones and those due today, for Сегодня. */
    public List<Message> dueBefore(LocalDateTime end) {
        return db.read(c -> {
            List<Message> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM message WHERE due_at IS NOT NULL AND due_at < ? ORDER BY due_at, id")) {
                ps.setString(1, Iso.minute(end));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(map(rs));
                    }
                }
            }
            return list;
        });
    }

    /** Every message's link, so an import refuses one already recorded. */
    public java.util.Set<String> links() {
        return db.read(c -> {
            java.util.Set<String> set = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT link FROM message WHERE link <> ''");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    set.add(rs.getString(1));
                }
            }
            return set;
        });
    }

    private Where where(MessageFilter f) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        switch (f.scope()) {
            // An open message is one with a running deadline: the index on due_at serves both.
            case OPEN -> parts.add("due_at IS NOT NULL");
            case CLOSED -> parts.add("due_at IS NULL");
            case ALL -> { }
        }
        if (f.importance() != null) {
            parts.add("importance = ?");
            args.add(f.importance().name());
        }
        if (f.pageId() != null) {
            parts.add("page_id = ?");
            args.add(f.pageId());
        }
        if (!f.text().isEmpty()) {
            parts.add(db.dialect().contains("search"));
            args.add(searchText(f.text()));
        }
        return Where.of(parts, args);
    }

    private static void write(Connection c, Message m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE message SET page_id = ?, network_code = ?, author_name = ?,"
                + " author_link = ?, link = ?, text = ?, detected_at = ?, importance = ?, topic = ?, executor = ?, stage = ?,"
                + " sent_at = ?, interim_at = ?, final_at = ?, closed_at = ?, no_answer_ground = ?, answer_due = ?,"
                + " final_due = ?, due_at = ?, draft = ?, draft_agreed_at = ?, interim_text = ?, final_text = ?, search = ?"
                + " WHERE id = ?")) {
            bindAll(ps, m);
            ps.setLong(25, m.id());
            ps.executeUpdate();
        }
    }

    /** Binds every column but the id, in {@link #COLUMNS} order, then the search text: parameters 1–24. */
    private static void bindAll(PreparedStatement ps, Message m) throws SQLException {
        ps.setObject(1, m.pageId());
        ps.setString(2, m.networkCode());
        ps.setString(3, m.authorName());
        ps.setString(4, m.authorLink());
        ps.setString(5, m.link());
        ps.setString(6, m.text());
        ps.setString(7, Iso.minute(m.detectedAt()));
        ps.setString(8, m.importance().name());
        ps.setString(9, m.topic());
        ps.setString(10, m.executor());
        ps.setString(11, m.stage().name());
        ps.setString(12, iso(m.sentAt()));
        ps.setString(13, iso(m.interimAt()));
        ps.setString(14, iso(m.finalAt()));
        ps.setString(15, iso(m.closedAt()));
        ps.setString(16, m.noAnswerGround() == null ? null : m.noAnswerGround().name());
        ps.setString(17, iso(m.answerDue()));
        ps.setString(18, iso(m.finalDue()));
        ps.setString(19, iso(m.dueAt()));
        ps.setString(20, m.draft());
        ps.setString(21, iso(m.draftAgreedAt()));
        ps.setString(22, m.interimText());
        ps.setString(23, m.finalText());
        ps.setString(24, searchText(String.join(" ", m.authorName(), m.text(), m.topic(), m.executor(), m.link(),
                m.authorLink())));
    }

    private static void insertStep(Connection c, long id, StepKind kind, LocalDateTime at, String reason, String text)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO message_step (message_id, kind, at, reason, text) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, kind.name());
            ps.setString(3, Iso.minute(at));
            ps.setString(4, reason);
            ps.setString(5, text);
            ps.executeUpdate();
        }
    }

    private static Message map(ResultSet rs) throws SQLException {
        long page = rs.getLong(2);
        Long pageId = rs.wasNull() ? null : page;
        String ground = rs.getString(17);
        return new Message(rs.getLong(1), pageId, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), time(rs.getString(8)), Importance.valueOf(rs.getString(9)), rs.getString(10),
                rs.getString(11), MessageStage.valueOf(rs.getString(12)), time(rs.getString(13)), time(rs.getString(14)),
                time(rs.getString(15)), time(rs.getString(16)), ground == null ? null : NoAnswerGround.valueOf(ground),
                time(rs.getString(18)), time(rs.getString(19)), time(rs.getString(20)), rs.getString(21),
                time(rs.getString(22)), rs.getString(23), rs.getString(24));
    }

    private static LocalDateTime time(String s) {
        return s == null ? null : Iso.moment(s);
    }

    private static String iso(LocalDateTime t) {
        return t == null ? null : Iso.minute(t);
    }

    static String searchText(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * A message's course before a step was corrected or deleted, the message after, and its version after: what
     * an undo puts back, and on which version (a step another user took since is not undone with it).
     */
    public record Rewritten(Message message, List<MessageStep> before, long version) {
    }

    /**
     * Replaces a message's steps by what {@code change} makes of them, in one transaction: the course is
     * replayed over the new steps ({@link MessageCourse#replay}) and the deadlines follow. A list the course
     * refuses throws {@link StepRefusedException} before anything is written (issue 16 item 3).
     */
    public Rewritten rewriteCourse(long id, java.util.function.UnaryOperator<List<MessageStep>> change,
            MessageDeadlines rules) {
        return rewriteCourse(id, change, rules, java.util.OptionalLong.empty());
    }

    /** As {@link #rewriteCourse(long, java.util.function.UnaryOperator, MessageDeadlines)}, made on {@code expected}. */
    public Rewritten rewriteCourse(long id, java.util.function.UnaryOperator<List<MessageStep>> change,
            MessageDeadlines rules, java.util.OptionalLong expected) {
        lastBasis = 0;
        return db.write(c -> {
            Versions.claim(c, RecordGoneException.Kind.MESSAGE, id, expected);
            Message m = find(c, id).orElseThrow(() -> new RecordGoneException(RecordGoneException.Kind.MESSAGE, id));
            List<MessageStep> before = steps(c, id);
            List<MessageStep> after = change.apply(List.copyOf(before));
            Message next;
            try {
                next = rules.apply(MessageCourse.replay(m, after));
            } catch (MessageCourse.RefusedException refused) {
                throw new StepRefusedException(refused);
            }
            write(c, next);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM message_step WHERE message_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            for (MessageStep step : after.stream().sorted(java.util.Comparator.comparing(MessageStep::at)
                    .thenComparingLong(MessageStep::id)).toList()) {
                insertStep(c, id, step.kind(), step.at(), step.reason(), step.text());
            }
            return new Rewritten(next, before, Versions.of(c, RecordGoneException.Kind.MESSAGE, id).orElseThrow());
        });
    }
}
