package ru.officialpages.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.RegistryDeadline;
import ru.officialpages.rules.WeekProgress;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.ContentPlan;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.MessageDesk;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.desk.PostLog;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Сегодня: how each page stands against this week's norm, what the plan says for today, what
 * it said for days gone by and was not published, and the deadlines coming, soonest first.
 */
public final class TodayViewModel {
    private static final DateTimeFormatter DATE = RuFormat.DATE;
    private static final DateTimeFormatter MESSAGE_TIME = RuFormat.TIME;
    /** Deadlines this close are shown before they are late. */
    static final int DUE_AHEAD_DAYS = 14;

    /** One page this week: published of the norm. */
    public record PageProgress(long pageId, String label, WeekProgress progress) {
    }

    /** Something due: when, what, and whether the day has passed; {@code messageId} when it is a citizen's message. */
    public record Due(LocalDate day, String text, boolean overdue, Long messageId) {
        public Due(LocalDate day, String text, boolean overdue) {
            this(day, text, overdue, null);
        }
    }

    private final Office office;
    private final PageDirectory pages;
    private final PostLog posts;
    private final ContentPlan plan;
    private final MessageDesk messages;
    private final ModerationDesk moderation;
    private final TaskExecutor executor;
    private final Clock clock;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    /** The day shown; the minute tick moves it on at midnight. */
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    /** When each citizen's message in the list is due, so the minute tick can mark it late without a reload. */
    private final Map<Long, java.time.LocalDateTime> messageDueAt = new HashMap<>();

    private final ObservableList<PageProgress> week = FXCollections.observableArrayList();
    private final ObservableList<PlanItem> todayPlan = FXCollections.observableArrayList();
    private final ObservableList<PlanItem> overdue = FXCollections.observableArrayList();
    private final ObservableList<Due> dues = FXCollections.observableArrayList();
    private final Map<Long, String> pageLabels = new HashMap<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public TodayViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.office = desks.office();
        this.pages = desks.pages();
        this.posts = desks.posts();
        this.plan = desks.plan();
        this.messages = desks.messages();
        this.moderation = desks.moderation();
        this.executor = executor;
        this.clock = clock;
        day.set(LocalDate.now(clock));
        // Everything Сегодня counts: a post, a page, a plan item, a message or the round changed anywhere.
        onChange = what -> load();
        desks.changes().subscribe(java.util.EnumSet.allOf(Change.class), executor::onUiThread, onChange);
    }

    /** The day shown (today when last loaded); moves on at midnight through {@link #tick()}. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /**
     * The minute has moved on (the view calls it every minute; tests call it after moving the clock):
     * past midnight the whole screen is counted for the new day; otherwise a message whose deadline
     * just passed is marked late, without reading anything again.
     */
    public void tick() {
        if (!LocalDate.now(clock).equals(day.get())) {
            load();
            return;
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        List<Due> marked = new ArrayList<>(dues.size());
        boolean changed = false;
        for (Due d : dues) {
            java.time.LocalDateTime at = d.messageId() == null ? null : messageDueAt.get(d.messageId());
            boolean late = at != null && !at.isAfter(now);
            if (at != null && late != d.overdue()) {
                marked.add(new Due(d.day(), d.text(), late, d.messageId()));
                changed = true;
            } else {
                marked.add(d);
            }
        }
        if (changed) {
            dues.setAll(marked);
        }
    }

    public LocalDate today() {
        return day.get();
    }

    public LocalDate monday() {
        return WeeklyNorm.mondayOf(today());
    }

    public void load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = WeeklyNorm.mondayOf(today);
        executor.execute(BackgroundTask.of(p -> {
            Settings s = office.settings();
            PageDirectory.Listing listing = pages.listingWithoutNumbers();
            Map<Long, Organization> orgs = listing.organizationsById();
            Map<String, String> networkNames = new HashMap<>();
            listing.networks().forEach(n -> networkNames.put(n.code(), n.name()));
            WeeklyNorm norm = new WeeklyNorm(s.norms(), office.calendar(), s.scaleNormByWorkingDays());
            Map<Long, List<java.time.LocalDateTime>> postsByPage = new HashMap<>();
            for (Post post : posts.between(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay())) {
                postsByPage.computeIfAbsent(post.pageId(), k -> new ArrayList<>()).add(post.publishedAt());
            }
            List<PageProgress> progress = new ArrayList<>();
            Map<Long, String> labels = new HashMap<>();
            // Read once for the norms, the checklist and the round below (it was read three times).
            List<Page> allPages = listing.pages();
            for (Page page : allPages) {
                Organization o = orgs.get(page.organizationId());
                if (o == null) {
                    continue;
                }
                String label = PageDirectory.label(o.name(), listing.networkName(page.networkCode()));
                labels.put(page.id(), label);
                WeekProgress wp = norm.progress(page, o.kind(), monday, postsByPage.getOrDefault(page.id(), List.of()));
                if (wp.daysExisted() > 0) {
                    progress.add(new PageProgress(page.id(), label, wp));
                }
            }
            progress.sort(Comparator.comparingInt((PageProgress x) -> x.progress().missing()).reversed()
                    .thenComparing(PageProgress::label));
            List<PlanItem> todays = plan.between(today, today).stream().filter(i -> i.status() != ru.officialpages.domain.PlanStatus.CANCELLED).toList();
            // Only the open items: of a district's ~5 000 items in three months all but a hundred or so are done.
            java.util.Set<ru.officialpages.domain.PlanStatus> open = java.util.EnumSet.noneOf(ru.officialpages.domain.PlanStatus.class);
            for (ru.officialpages.domain.PlanStatus st : ru.officialpages.domain.PlanStatus.values()) {
                if (st.isOpen()) {
                    open.add(st);
                }
            }
            List<PlanItem> late = plan.between(today.minusDays(90), today.minusDays(1), open).stream()
                    .filter(i -> i.overdueOn(today)).toList();
            List<Due> due = new ArrayList<>();
            RegistryDeadline registry = RegistryDeadline.next(today);
            // Marked placed on the website (Страницы → «Реестр на сайте…»): nothing left to do for it.
            if (pages.registryPlacement(new ru.officialpages.rules.Quarter(registry.year(), registry.quarter())).isEmpty()) {
                due.add(new Due(registry.due(), Tr.tr("today.due.registry", roman(registry.quarter()), registry.year(),
                        DATE.format(registry.asOf()), daysLeft(today, registry.due())), false));
            }
            for (PlanItem i : late) {
                due.add(new Due(i.day(), Tr.tr("today.due.plan", i.topic()), true));
            }
            // Checklist items with a deadline: link on the website, coordinator told (novoaltaysk-608 §1.4, §3.1).
            ru.officialpages.rules.WorkingTime time = office.workingTime();
            var marks = pages.checklistMarks();
            for (Page page : allPages) {
                String label = labels.get(page.id());
                if (label == null) {
                    continue;
                }
                var checklist = ru.officialpages.rules.Checklist.of(page, marks.getOrDefault(page.id(), Map.of()), time,
                        s.coordinatorNoticeDays(), today);
                for (ru.officialpages.rules.ChecklistLine line : checklist.lines()) {
                    boolean soon = line.due() != null && !line.due().isAfter(today.plusDays(DUE_AHEAD_DAYS));
                    if (line.overdue() || (soon && line.mark().state() == ru.officialpages.domain.CheckState.NOT_DONE)) {
                        due.add(new Due(line.due(), Tr.tr("today.due.check", label,
                                Tr.tr("pages.check." + line.mark().item().name())), line.overdue()));
                    }
                }
            }
            // Citizens' messages overdue or due today (novokubansky-1740 app.1 §9, §17, §18); the message
            // desk counts the calendar's corrections in first.
            java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
            Map<Long, java.time.LocalDateTime> dueAt = new HashMap<>();
            for (ru.officialpages.domain.Message m : messages.dueBefore(today.plusDays(1).atStartOfDay())) {
                String who = m.authorName().isEmpty() ? networkNames.getOrDefault(m.networkCode(), m.networkCode()) : m.authorName();
                String key = m.stage() == ru.officialpages.domain.MessageStage.INTERIM ? "today.due.messageFinal" : "today.due.message";
                due.add(new Due(m.dueAt().toLocalDate(), Tr.tr(key, who, MESSAGE_TIME.format(m.dueAt())),
                        !m.dueAt().isAfter(now), m.id()));
                dueAt.put(m.id(), m.dueAt());
            }
            // The daily round of comments (issue 6): due every working day until every active page is checked.
            if (time.isWorkingDay(today)) {
                java.util.Set<Long> checked = moderation.checkedOn(today).keySet();
                long active = ru.officialpages.rules.ModerationRound.active(today, allPages);
                long left = ru.officialpages.rules.ModerationRound.unchecked(today, allPages, checked);
                if (active > 0 && left > 0) {
                    due.add(new Due(today, Tr.tr("today.due.round", active - left, active), false));
                }
            }
            due.sort(Comparator.comparing(Due::day));
            return new Loaded(today, progress, labels, todays, late, due, dueAt);
        }).onSuccess(l -> {
            // A list the same as shown is left alone: its card is not drawn again (issue 20 item 3; a sync
            // announces changes every few seconds, most of which move one page's figures or none).
            boolean renamed = !pageLabels.equals(l.labels()) || !l.day().equals(day.get());
            day.set(l.day());
            messageDueAt.clear();
            messageDueAt.putAll(l.dueAt());
            pageLabels.clear();
            pageLabels.putAll(l.labels());
            replace(week, l.progress(), false);
            replace(todayPlan, l.today(), renamed);
            replace(overdue, l.late(), renamed);
            replace(dues, l.due(), false);
            loaded.set(true);
        }));
    }

    /** Sets the list's items unless they are the same already ({@code always}: their texts changed with the labels or the day). */
    private static <T> void replace(ObservableList<T> shown, List<T> read, boolean always) {
        if (always || !shown.equals(read)) {
            shown.setAll(read);
        }
    }

    private record Loaded(LocalDate day, List<PageProgress> progress, Map<Long, String> labels, List<PlanItem> today,
            List<PlanItem> late, List<Due> due, Map<Long, java.time.LocalDateTime> dueAt) {
    }

    static String roman(int quarter) {
        return switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    static String daysLeft(LocalDate today, LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return Tr.tr("today.due.today");
        }
        return Tr.tr("today.due.in", days, Tr.plural(days, Tr.tr("today.day.one"), Tr.tr("today.day.few"), Tr.tr("today.day.many")));
    }

    public String pagesOf(PlanItem item) {
        return String.join("; ", item.pageIds().stream().map(id -> pageLabels.getOrDefault(id, "")).toList());
    }

    public ObservableList<PageProgress> week() {
        return week;
    }

    public ObservableList<PlanItem> todayPlan() {
        return todayPlan;
    }

    public ObservableList<PlanItem> overdue() {
        return overdue;
    }

    public ObservableList<Due> dues() {
        return dues;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
