package ru.officialpages.ui.messages;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.MessageScope;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.ReturnReason;
import ru.officialpages.domain.StepKind;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.MessageImport;
import ru.officialpages.rules.Deadline;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.MessageDesk;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.LazyRows;
import ru.officialpages.report.Column;
import ru.officialpages.report.TableExport;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Сообщения: citizens' messages, what is due first, with the working time left; the card of
 * one message with its course and the draft answer (novokubansky-1740 app.1 §9–§21).
 */
public final class MessagesViewModel {
    static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;

    /** How a deadline looks in the list: plenty of time, under a working hour, past. */
    public enum Urgency { NONE, CALM, URGENT, OVERDUE }

    private final MessageDesk messages;
    private final PageDirectory pages;
    private final Office office;
    private final ru.officialpages.desk.Imports imports;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    private String municipality = "";
    private final TaskExecutor executor;
    private final Clock clock;

    private MessageDeadlines rules;
    private final LazyRows<Message> rows;
    private final ObservableList<PageChoice> pageChoices = FXCollections.observableArrayList();
    private final ObservableList<Network> networkList = FXCollections.observableArrayList();
    private final Map<Long, PageChoice> pageById = new HashMap<>();
    private final Map<String, String> networkNames = new HashMap<>();
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDateTime> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The message deleted last, until it is put back or the «Отменить» bar goes. */
    private final ReadOnlyObjectWrapper<MessageDesk.Deletion> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deletedText = new ReadOnlyStringWrapper("");
    /** The step deleted last, until it is put back or its «Отменить» bar goes. */
    private final ReadOnlyObjectWrapper<MessageDesk.CourseChange> lastStepChange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stepChangeText = new ReadOnlyStringWrapper("");

    final ObjectProperty<MessageScope> scope = new SimpleObjectProperty<>(MessageScope.OPEN);
    final ObjectProperty<Importance> filterImportance = new SimpleObjectProperty<>();
    final ObjectProperty<PageChoice> filterPage = new SimpleObjectProperty<>();
    final StringProperty filterText = new SimpleStringProperty("");

    // The card: null means a new message being recorded.
    private final ReadOnlyObjectWrapper<Message> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MessageStep> steps = FXCollections.observableArrayList();
    final ObjectProperty<PageChoice> page = new SimpleObjectProperty<>();
    final ObjectProperty<Network> network = new SimpleObjectProperty<>();
    final StringProperty author = new SimpleStringProperty("");
    final StringProperty authorLink = new SimpleStringProperty("");
    final StringProperty link = new SimpleStringProperty("");
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> detectedDate = new SimpleObjectProperty<>();
    final StringProperty detectedTime = new SimpleStringProperty("");
    final ObjectProperty<Importance> importance = new SimpleObjectProperty<>(Importance.ORDINARY);
    final StringProperty topic = new SimpleStringProperty("");
    final StringProperty executorName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detectedError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper networkError = new ReadOnlyStringWrapper("");

    // The next step: when (now by default, editable for entries made after the fact) and why.
    final ObjectProperty<LocalDate> stepDate = new SimpleObjectProperty<>();
    final StringProperty stepTime = new SimpleStringProperty("");
    final ObjectProperty<ReturnReason> returnReason = new SimpleObjectProperty<>();
    final ObjectProperty<NoAnswerGround> ground = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper stepError = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadlineText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdownText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Urgency> countdownUrgency = new ReadOnlyObjectWrapper<>(Urgency.NONE);
    private final ReadOnlyStringWrapper agreedText = new ReadOnlyStringWrapper("");

    public MessagesViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.messages = desks.messages();
        this.pages = desks.pages();
        this.office = desks.office();
        this.imports = desks.imports();
        this.executor = executor;
        this.clock = clock;
        this.rows = new LazyRows<>(executor);
        now.set(LocalDateTime.now(clock));
        javafx.beans.InvalidationListener refilter = o -> reload();
        for (javafx.beans.Observable f : List.of(scope, filterImportance, filterPage, filterText)) {
            f.addListener(refilter);
        }
        page.addListener((o, was, p) -> {
            if (p != null) {
                networkList.stream().filter(n -> n.code().equals(p.page().networkCode())).findFirst().ifPresent(network::set);
            }
        });
        text.addListener((o, was, t) -> {
            if (!t.isBlank()) {
                textError.set("");
            }
        });
        network.addListener((o, was, n) -> {
            if (n != null) {
                networkError.set("");
            }
        });
        newMessage();
        // New pages reach the pickers; messages added elsewhere (an import) and a changed calendar reach the list.
        onChange = what -> load();
        desks.changes().subscribe(java.util.EnumSet.of(Change.PAGES, Change.MESSAGES, Change.SETTINGS), executor::onUiThread,
                onChange);
    }

    /**
     * Reads the registry and the deadlines' rules (the message desk keeps the open messages'
     * deadlines in line with the calendar), then the list. The view calls it each time the screen
     * is shown; a change notice calls it too.
     */
    public void load() {
        executor.execute(BackgroundTask.of(p -> {
            return new Loaded(messages.deadlines(), pages.pages(), pages.organizations(), pages.networks(),
                    office.settings().municipality());
        }).onSuccess(l -> {
            rules = l.rules();
            municipality = l.municipality();
            networkNames.clear();
            l.networks().forEach(n -> networkNames.put(n.code(), n.name()));
            networkList.setAll(l.networks());
            Map<Long, Organization> orgs = new HashMap<>();
            l.organizations().forEach(o -> orgs.put(o.id(), o));
            List<PageChoice> choices = new ArrayList<>();
            pageById.clear();
            for (Page p : l.pages()) {
                if (p.deletedOn() != null) {
                    continue;
                }
                Organization o = orgs.get(p.organizationId());
                PageChoice c = new PageChoice(p, Tr.tr("posts.page.label", o == null ? "" : o.name(),
                        networkName(p.networkCode()), p.address().replaceFirst("^https://", "")));
                choices.add(c);
                pageById.put(p.id(), c);
            }
            PageChoice keptFilter = filterPage.get();
            pageChoices.setAll(choices);
            if (keptFilter != null) {
                filterPage.set(pageById.get(keptFilter.page().id()));
            }
            refresh();
            reload();
            Message m = current.get();
            if (m != null) {
                // Shown again as it is now; what the status line says of the change that caused it stays.
                executor.execute(BackgroundTask.of(p -> new Opened(messages.version(m.id()), messages.find(m.id()),
                        messages.steps(m.id())))
                        .onSuccess(o -> {
                            Message shown = current.get();
                            if (shown == null || shown.id() != m.id()) {
                                return;
                            }
                            if (o.message().isEmpty()) {
                                newMessage();
                                return;
                            }
                            String said = status.get();
                            openedVersion = o.version();
                            show(o.message().get(), o.steps());
                            status.set(said);
                        }));
            }
        }));
    }

    private record Loaded(MessageDeadlines rules, List<Page> pages, List<Organization> organizations, List<Network> networks,
            String municipality) {
    }

    /** The list again, as filtered. */
    public void reload() {
        MessageFilter f = filter();
        executor.execute(BackgroundTask.of(p -> messages.count(f)).onSuccess(n -> {
            rows.reset(n, (offset, limit) -> messages.slice(f, offset, limit));
            found.set(n == 0 ? Tr.tr("messages.found.none") : Tr.tr("messages.found",
                    Tr.count(n, "messages.one", "messages.few", "messages.many")));
        }));
    }

    MessageFilter filter() {
        PageChoice p = filterPage.get();
        return new MessageFilter(scope.get() == null ? MessageScope.ALL : scope.get(), filterImportance.get(),
                p == null ? null : p.page().id(), filterText.get());
    }

    /** The minute has moved on: the countdowns are counted again (the view calls it every minute). */
    public void refresh() {
        now.set(LocalDateTime.now(clock));
        showCourse(current.get());
    }

    // ---- the card ----

    /** An empty card for a new message, detected now. */
    public void newMessage() {
        openedVersion = java.util.OptionalLong.empty();
        current.set(null);
        draftBasis = null;
        steps.clear();
        LocalDateTime t = LocalDateTime.now(clock);
        page.set(null);
        network.set(null);
        author.set("");
        authorLink.set("");
        link.set("");
        text.set("");
        detectedDate.set(t.toLocalDate());
        detectedTime.set(hhmm(t.toLocalTime()));
        importance.set(Importance.ORDINARY);
        topic.set("");
        executorName.set("");
        clearErrors();
        showCourse(null);
    }

    /** Shows a message of the list (or from Сегодня) in the card. */
    public void open(long id) {
        open(id, "");
    }

    /** Opens the message and then says {@code notice} (empty: nothing) on its card. */
    private void open(long id, String notice) {
        executor.execute(BackgroundTask.of(p -> new Opened(messages.version(id), messages.find(id), messages.steps(id)))
                .onSuccess(o -> {
                    if (o.message().isEmpty()) {
                        newMessage();
                        return;
                    }
                    openedVersion = o.version();
                    show(o.message().get(), o.steps());
                    if (!notice.isEmpty()) {
                        stepError.set(notice);
                    }
                }));
    }

    /**
     * The shown message's version as it was read (issue 19 item 7): a correction is made on it, so one another
     * user saved meanwhile is not written over. Read before the message, so it is never newer than what is shown.
     */
    private java.util.OptionalLong openedVersion = java.util.OptionalLong.empty();

    private record Opened(java.util.OptionalLong version, Optional<Message> message, List<MessageStep> steps) {
    }

    private void show(Message m, List<MessageStep> list) {
        current.set(m);
        draftBasis = new DraftBasis(m.id(), openedVersion);
        steps.setAll(list);
        page.set(m.pageId() == null ? null : pageById.get(m.pageId()));
        network.set(networkList.stream().filter(n -> n.code().equals(m.networkCode())).findFirst().orElse(null));
        author.set(m.authorName());
        authorLink.set(m.authorLink());
        link.set(m.link());
        text.set(m.text());
        detectedDate.set(m.detectedAt().toLocalDate());
        detectedTime.set(hhmm(m.detectedAt().toLocalTime()));
        importance.set(m.importance());
        topic.set(m.topic());
        executorName.set(m.executor());
        clearErrors();
        LocalDateTime t = LocalDateTime.now(clock);
        stepDate.set(t.toLocalDate());
        stepTime.set(hhmm(t.toLocalTime()));
        showCourse(m);
    }

    private void clearErrors() {
        textError.set("");
        detectedError.set("");
        networkError.set("");
        stepError.set("");
        status.set("");
    }

    /** Records the new message, or saves what was corrected in the one shown. */
    public void save() {
        status.set("");
        boolean ok = true;
        if (network.get() == null) {
            networkError.set(Tr.tr("messages.error.network"));
            ok = false;
        }
        if (text.get().isBlank()) {
            textError.set(Tr.tr("messages.error.text"));
            ok = false;
        }
        Optional<LocalDateTime> detected = moment(detectedDate.get(), detectedTime.get());
        if (detected.isEmpty()) {
            detectedError.set(Tr.tr("messages.error.detected"));
            ok = false;
        } else if (detected.get().isAfter(LocalDateTime.now(clock))) {
            detectedError.set(Tr.tr("messages.error.detectedFuture"));
            ok = false;
        } else {
            detectedError.set("");
        }
        if (!ok || rules == null) {
            return;
        }
        Message before = current.get();
        PageChoice p = page.get();
        Message m = Message.recorded(p == null ? null : p.page().id(), network.get().code(), author.get().strip(),
                authorLink.get().strip(), link.get().strip(), text.get().strip(), detected.get(), importance.get(),
                topic.get().strip(), executorName.get().strip());
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(t -> before == null ? messages.add(m) : messages.update(m.withId(before.id()), opened))
                .onSuccess(saved -> {
                    open(saved.id());
                    status.set(before == null ? Tr.tr("messages.saved.new") : Tr.tr("messages.saved"));
                    reload();
                }).onFailure(e -> {
                    if (before != null && ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
                        // Another user saved the message meanwhile: nothing was written; the card shows theirs.
                        open(before.id(), ru.officialpages.desk.Refusals.russian(e));
                        reload();
                    } else {
                        failed(e);
                    }
                }));
    }

    /**
     * Keeps a draft answer typed for a message the user leaves, so it is there when they come back. It was typed
     * on the message as its card was opened: a draft (or a step) another user saved meanwhile is not written over;
     * the message is shown again with theirs, and the clerk's text is given in the notice so it is not lost.
     */
    public void keepDraft(long messageId, String text) {
        java.util.OptionalLong typedOn = draftBasis != null && draftBasis.messageId() == messageId
                ? draftBasis.version() : java.util.OptionalLong.empty();
        executor.execute(BackgroundTask.of(p -> {
            messages.saveDraft(messageId, text, typedOn);
            return text;
        }).onFailure(e -> {
            if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
                open(messageId, Tr.tr("messages.draft.changedMeanwhile", text.strip()));
                reload();
            } else {
                failed(e);
            }
        }));
    }

    /** The message whose draft the editor shows, and its version as that card was opened. */
    private record DraftBasis(long messageId, java.util.OptionalLong version) {
    }

    /**
     * Set once the card has changed ({@link #show}): while {@code current} changes, the view keeps the draft of the
     * message it leaves, which was typed on this version, not on the one just read for the next message.
     */
    private DraftBasis draftBasis;

    public void send() {
        step(StepKind.SENT, "", "");
    }

    /** The draft goes to the curator for agreement (app.1 §12). */
    public void submit(String draftText) {
        if (draftText.isBlank()) {
            stepError.set(Tr.tr("messages.error.draft"));
            return;
        }
        step(StepKind.SUBMITTED, "", draftText);
    }

    /** The curator agreed the draft (§14, §16): the time is kept. */
    public void agree(String draftText) {
        if (draftText.isBlank()) {
            stepError.set(Tr.tr("messages.error.draft"));
            return;
        }
        step(StepKind.AGREED, "", draftText);
    }

    /** The curator sent the draft back with one of the reasons of §14. */
    public void returnDraft(String draftText) {
        if (returnReason.get() == null) {
            stepError.set(Tr.tr("messages.error.reason"));
            return;
        }
        step(StepKind.RETURNED, returnReason.get().name(), draftText);
    }

    /** §18: the author got an interim answer; the final one is due in 5 working days. */
    public void interim(String answer) {
        if (answer.isBlank()) {
            stepError.set(Tr.tr("messages.error.answer"));
            return;
        }
        step(StepKind.INTERIM, "", answer);
    }

    public void answer(String answer) {
        if (answer.isBlank()) {
            stepError.set(Tr.tr("messages.error.answer"));
            return;
        }
        step(StepKind.FINAL, "", answer);
    }

    /** §21: no answer, on the chosen ground. */
    public void closeWithoutAnswer() {
        if (ground.get() == null) {
            stepError.set(Tr.tr("messages.error.ground"));
            return;
        }
        step(StepKind.CLOSED, ground.get().name(), "");
    }

    private void step(StepKind kind, String reason, String body) {
        Message m = current.get();
        if (m == null || rules == null) {
            return;
        }
        Optional<LocalDateTime> at = moment(stepDate.get(), stepTime.get());
        if (at.isEmpty()) {
            stepError.set(Tr.tr("messages.error.stepTime"));
            return;
        }
        if (at.get().isBefore(m.detectedAt().withSecond(0).withNano(0))) {
            stepError.set(Tr.tr("messages.error.stepBefore", DATE_TIME.format(m.detectedAt())));
            return;
        }
        if (at.get().isAfter(LocalDateTime.now(clock))) {
            stepError.set(Tr.tr("messages.error.stepFuture"));
            return;
        }
        stepError.set("");
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(t -> messages.step(m.id(), kind, at.get(), reason, body, opened)).onSuccess(saved -> {
            status.set(Tr.tr("messages.step.done." + kind.name()));
            returnReason.set(null);
            ground.set(null);
            open(saved.id());
            reload();
        }).onFailure(e -> failed(m.id(), e)));
    }

    private void failed(Throwable e) {
        stepError.set(ru.officialpages.desk.Refusals.russian(e));
    }

    /** As {@link #failed(Throwable)}; a message another user moved on meanwhile is shown again as it is now. */
    private void failed(long messageId, Throwable e) {
        if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
            open(messageId, ru.officialpages.desk.Refusals.russian(e));
            reload();
        } else {
            failed(e);
        }
    }

    private void showCourse(Message m) {
        agreedText.set("");
        if (m == null || rules == null) {
            stageText.set(m == null ? Tr.tr("messages.stage.unsaved") : Tr.tr("messages.stage." + m.stage().name()));
            deadlineText.set("");
            explanation.set("");
            countdownText.set("");
            countdownUrgency.set(Urgency.NONE);
            return;
        }
        String stage = Tr.tr("messages.stage." + m.stage().name());
        if (m.stage() == MessageStage.CLOSED && m.noAnswerGround() != null) {
            stage = Tr.tr("messages.stage.closedWith", Tr.tr("messages.ground." + m.noAnswerGround().name()));
        }
        stageText.set(stage);
        Deadline d = m.stage() == MessageStage.INTERIM ? rules.explainFinal(m.interimAt())
                : rules.explainAnswer(m.detectedAt(), m.importance());
        explanation.set(d.explanation());
        if (m.stage() == MessageStage.INTERIM) {
            deadlineText.set(Tr.tr("messages.deadline.final", DATE_TIME.format(m.finalDue())));
        } else if (m.stage().isOpen()) {
            deadlineText.set(Tr.tr("messages.deadline.answer", DATE_TIME.format(m.answerDue())));
        } else {
            Optional<Boolean> inTime = MessageDeadlines.answeredInTime(m);
            deadlineText.set(inTime.isEmpty() ? Tr.tr("messages.deadline.was", DATE_TIME.format(m.answerDue()))
                    : inTime.get() ? Tr.tr("messages.deadline.inTime", DATE_TIME.format(m.answerDue()))
                    : Tr.tr("messages.deadline.late", DATE_TIME.format(m.answerDue()),
                            duration(rules.workingTime().between(m.answerDue(), m.firstAnswerAt()))));
        }
        countdownText.set(countdown(m));
        countdownUrgency.set(urgency(m));
        if (m.draftAgreedAt() != null) {
            agreedText.set(Tr.tr("messages.agreed", DATE_TIME.format(m.draftAgreedAt())));
        }
    }

    /** "осталось 1 ч 20 мин рабочего времени" / "просрочено на 2 ч"; empty when nothing runs. */
    public String countdown(Message m) {
        return countdown(m, rules, now.get());
    }

    private static String countdown(Message m, MessageDeadlines rules, LocalDateTime now) {
        if (m == null || m.dueAt() == null || rules == null) {
            return "";
        }
        MessageDeadlines.Countdown c = rules.countdown(m.dueAt(), now);
        return c.overdue() ? Tr.tr("messages.countdown.overdue", duration(c.left().negated()))
                : Tr.tr("messages.countdown.left", duration(c.left()));
    }

    public Urgency urgency(Message m) {
        if (m == null || m.dueAt() == null || rules == null) {
            return Urgency.NONE;
        }
        MessageDeadlines.Countdown c = rules.countdown(m.dueAt(), now.get());
        return c.overdue() ? Urgency.OVERDUE : c.urgent() ? Urgency.URGENT : Urgency.CALM;
    }

    /** Working time as "1 ч 20 мин", "2 ч", "45 мин". */
    static String duration(Duration d) {
        long minutes = d.toMinutes();
        long h = minutes / 60;
        long min = minutes % 60;
        if (h > 0 && min > 0) {
            return Tr.tr("calendar.duration.hoursMinutes", String.valueOf(h), String.valueOf(min));
        }
        if (h > 0) {
            return Tr.tr("calendar.duration.hours", String.valueOf(h));
        }
        return min > 0 ? Tr.tr("calendar.duration.minutes", String.valueOf(min)) : Tr.tr("calendar.duration.underMinute");
    }

    // ---- export and printing ----

    public String municipality() {
        return municipality;
    }

    /** Every message, answered or not (the scope box's «Все сообщения»). */
    public void showAll() {
        scope.set(MessageScope.ALL);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The list as filtered now, for «Экспорт в Excel» and «Печать», in the screen's order (what is
     * due first) and streamed from the database, not from the rows the table has fetched. The
     * deadline is a date-time cell; the countdown is text as of the moment of export. Authors'
     * names are in it, so the title row says «Для служебного пользования».
     */
    public TableExport<Message> tableExport() {
        MessageFilter f = filter();
        MessageDeadlines r = rules;
        LocalDateTime at = now.get();
        Map<Long, String> where = new HashMap<>();
        pageById.forEach((id, c) -> where.put(id, c.label()));
        Map<String, String> names = Map.copyOf(networkNames);
        java.util.function.Function<Message, String> whereOf = m -> m.pageId() != null && where.containsKey(m.pageId())
                ? where.get(m.pageId()) : names.getOrDefault(m.networkCode(), m.networkCode());
        TableExport<Message> export = TableExport.<Message>of(Tr.tr("messages.export.title"), use -> messages.stream(f, use))
                .forOfficialUse().expectedRows(rows.size());
        if (f.scope() != MessageScope.ALL) {
            export.filter(Tr.tr("export.filter.stage", Tr.tr("messages.scope." + f.scope().name())));
        }
        if (f.importance() != null) {
            export.filter(Tr.tr("export.filter.importance", Tr.tr("messages.importance." + f.importance().name())));
        }
        PageChoice p = filterPage.get();
        if (p != null) {
            export.filter(Tr.tr("export.filter.page", p.label()));
        }
        if (!f.text().isEmpty()) {
            export.filter(Tr.tr("export.filter.search", f.text()));
        }
        return export
                .column(Column.dateTime(Tr.tr("messages.col.due"), 16, Message::dueAt))
                .column(Column.text(Tr.tr("messages.export.col.left"), 24, (Message m) -> countdown(m, r, at)))
                .column(Column.text(Tr.tr("messages.export.col.stage"), 22, (Message m) -> stageName(m)))
                .column(Column.dateTime(Tr.tr("messages.export.col.detected"), 16, Message::detectedAt))
                .column(Column.text(Tr.tr("messages.field.importance"), 11,
                        (Message m) -> Tr.tr("messages.importance." + m.importance().name())))
                .column(Column.wrappedText(Tr.tr("messages.export.col.author"), 20, Message::authorName))
                .column(Column.wrappedText(Tr.tr("messages.export.col.where"), 28, whereOf))
                .column(Column.hyperlink(Tr.tr("messages.export.col.link"), 26, Message::link))
                .column(Column.wrappedText(Tr.tr("messages.col.text"), 44, Message::text))
                .column(Column.wrappedText(Tr.tr("messages.export.col.topic"), 18, Message::topic))
                .column(Column.wrappedText(Tr.tr("messages.export.col.executor"), 18, Message::executor))
                .column(Column.dateTime(Tr.tr("messages.export.col.answered"), 16, Message::firstAnswerAt));
    }

    // ---- import ----

    /** Reads a file of messages; nothing is written until {@link #applyImport} with a clean preview. */
    public void previewImport(Path file, Consumer<MessageImport.Preview> show) {
        executor.execute(BackgroundTask.of(p -> imports.messages().preview(file))
                .onSuccess(show));
    }

    public void applyImport(MessageImport.Preview preview) {
        if (!preview.canApply() || rules == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> imports.messages().apply(preview)).onSuccess(n -> {
            status.set(Tr.tr("messages.import.done", n));
            reload();
        }));
    }

    /** A preview row as the dialog lists it. */
    public String describe(MessageImport.Line l) {
        Message m = l.message();
        String excerpt = m.text().length() > 60 ? m.text().substring(0, 60) + "…" : m.text();
        return Tr.tr("messages.import.row", l.line(), DATE_TIME.format(m.detectedAt()), networkName(m.networkCode()), excerpt);
    }

    // ---- what the table shows ----

    public String networkName(String code) {
        return networkNames.getOrDefault(code, code);
    }

    public String whereText(Message m) {
        PageChoice p = m.pageId() == null ? null : pageById.get(m.pageId());
        return p != null ? p.label() : networkName(m.networkCode());
    }

    public String stageName(Message m) {
        return Tr.tr("messages.stage." + m.stage().name());
    }

    public String dueText(Message m) {
        return m.dueAt() == null ? "" : DATE_TIME.format(m.dueAt());
    }

    static Optional<LocalDateTime> moment(LocalDate date, String time) {
        if (date == null || time == null) {
            return Optional.empty();
        }
        String t = time.strip();
        try {
            return Optional.of(date.atTime(LocalTime.parse(t.length() == 4 ? "0" + t : t)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    public LazyRows<Message> rows() {
        return rows;
    }

    public ObservableList<PageChoice> pageChoices() {
        return pageChoices;
    }

    public ObservableList<Network> networkList() {
        return networkList;
    }

    public ObservableList<MessageStep> steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<Message> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDateTime> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Deletes a message entered by mistake, with its steps; {@link #undoDelete()} puts it back. */
    public void delete(Message m) {
        if (m == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> messages.delete(m.id())).onSuccess(d -> {
            Message open = current.get();
            if (open != null && open.id() == d.message().id()) {
                newMessage();
            }
            lastDeleted.set(d);
            deletedText.set(Tr.tr("messages.deleted", ru.officialpages.i18n.RuFormat.dateTime(d.message().detectedAt()),
                    d.message().authorName()));
            reload();
        }).onFailure(e -> status.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    /** Puts the message deleted last back, with its steps. */
    public void undoDelete() {
        MessageDesk.Deletion d = lastDeleted.get();
        if (d == null) {
            return;
        }
        dismissUndo();
        executor.execute(BackgroundTask.of(p -> {
            messages.restore(d);
            return d;
        }).onSuccess(x -> {
            status.set(Tr.tr("messages.restored"));
            reload();
        }).onFailure(e -> status.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    /**
     * Why a corrected step would be refused, or "" when it may be saved: a time typed wrong, before the
     * message was detected, or still to come (the same checks as a new step).
     */
    public String stepProblem(LocalDate date, String time) {
        Message m = current.get();
        Optional<LocalDateTime> at = moment(date, time);
        if (at.isEmpty()) {
            return Tr.tr("messages.error.stepTime");
        }
        if (m != null && at.get().isBefore(m.detectedAt().withSecond(0).withNano(0))) {
            return Tr.tr("messages.error.stepBefore", DATE_TIME.format(m.detectedAt()));
        }
        if (at.get().isAfter(LocalDateTime.now(clock))) {
            return Tr.tr("messages.error.stepFuture");
        }
        return "";
    }

    /** Saves a step corrected in its dialog (time and text); the stage and deadlines are counted again. */
    public void editStep(MessageStep step, LocalDate date, String time, String body) {
        Optional<LocalDateTime> at = moment(date, time);
        if (at.isEmpty() || !stepProblem(date, time).isEmpty()) {
            return;
        }
        MessageStep edited = new MessageStep(step.id(), step.messageId(), step.kind(), at.get(), step.reason(), body);
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> messages.editStep(edited, opened)).onSuccess(c -> {
            afterCourseChange(c.message(), Tr.tr("messages.step.edited"));
        }).onFailure(e -> failed(step.messageId(), e)));
    }

    /** Takes a step entered by mistake out of the course; «Отменить» or Ctrl+Z puts it back. */
    public void deleteStep(MessageStep step) {
        if (step == null) {
            return;
        }
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> messages.deleteStep(step.messageId(), step.id(), opened)).onSuccess(c -> {
            lastStepChange.set(c);
            stepChangeText.set(Tr.tr("messages.step.deleted", describe(c.step()), DATE_TIME.format(c.step().at())));
            afterCourseChange(c.message(), "");
        }).onFailure(e -> failed(step.messageId(), e)));
    }

    /** Puts the step deleted last back: the course is as it was. */
    public void undoStep() {
        MessageDesk.CourseChange c = lastStepChange.get();
        if (c == null) {
            return;
        }
        dismissStepUndo();
        executor.execute(BackgroundTask.of(p -> messages.undo(c)).onSuccess(m -> {
            afterCourseChange(m, Tr.tr("messages.step.restored"));
        }).onFailure(e -> failed(c.message().id(), e)));
    }

    public void dismissStepUndo() {
        lastStepChange.set(null);
        stepChangeText.set("");
    }

    public javafx.beans.property.ReadOnlyObjectProperty<MessageDesk.CourseChange> lastStepChangeProperty() {
        return lastStepChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepChangeTextProperty() {
        return stepChangeText.getReadOnlyProperty();
    }

    /** Shows the message as the change left it (its card clears the status line), then says {@code said}. */
    private void afterCourseChange(Message m, String said) {
        Message open = current.get();
        if (open != null && open.id() == m.id()) {
            // The change took the next version: the card's next edit is made on it.
            executor.execute(BackgroundTask.of(p -> new Opened(messages.version(m.id()), Optional.of(m), messages.steps(m.id())))
                    .onSuccess(o -> {
                        if (current.get() != null && current.get().id() == m.id()) {
                            openedVersion = o.version();
                        }
                        show(m, o.steps());
                        status.set(said);
                    }));
        } else {
            status.set(said);
        }
        reload();
    }

    /** The «Отменить» bar has been shown long enough. */
    public void dismissUndo() {
        lastDeleted.set(null);
        deletedText.set("");
    }

    public javafx.beans.property.ReadOnlyObjectProperty<MessageDesk.Deletion> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deletedTextProperty() {
        return deletedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detectedErrorProperty() {
        return detectedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty networkErrorProperty() {
        return networkError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepErrorProperty() {
        return stepError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadlineTextProperty() {
        return deadlineText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Urgency> countdownUrgencyProperty() {
        return countdownUrgency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agreedTextProperty() {
        return agreedText.getReadOnlyProperty();
    }

    /** A step as the history lists it: "23.11.2026 09:55 — Возвращён на доработку: …". */
    public String describe(MessageStep s) {
        String what = Tr.tr("messages.step." + s.kind().name());
        if (s.kind() == StepKind.RETURNED && !s.reason().isEmpty()) {
            what = Tr.tr("messages.step.withReason", what, Tr.tr("messages.reason." + s.reason()));
        } else if (s.kind() == StepKind.CLOSED && !s.reason().isEmpty()) {
            what = Tr.tr("messages.step.withReason", what, Tr.tr("messages.ground." + s.reason()));
        }
        String line = DATE_TIME.format(s.at()) + " — " + what;
        // The answers themselves, as posted: the card keeps what the author was told.
        if ((s.kind() == StepKind.INTERIM || s.kind() == StepKind.FINAL) && !s.text().isBlank()) {
            line += "\n«" + s.text().strip() + "»";
        }
        return line;
    }
}
