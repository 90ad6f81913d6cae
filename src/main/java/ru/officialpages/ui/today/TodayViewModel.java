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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.RegistryDeadline;
import ru.officialpages.rules.WeekProgress;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Сегодня: how each page stands against this week's norm, what the plan says for today, what
 * it said for days gone by and was not published, and the deadlines coming, soonest first.
 */
public final class TodayViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MESSAGE_TIME = DateTimeFormatter.ofPattern("HH:mm");
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

    private final SettingsRepository settings;
    private final OrganizationRepository organizations;
    private final NetworkRepository networks;
    private final PageRepository pages;
    private final PostRepository posts;
    private final PlanRepository plan;
    private final CalendarRepository calendar;
    private final ru.officialpages.storage.MessageRepository messages;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ru.officialpages.storage.ModerationRepository moderation;

    private final ObservableList<PageProgress> week = FXCollections.observableArrayList();
    private final ObservableList<PlanItem> todayPlan = FXCollections.observableArrayList();
    private final ObservableList<PlanItem> overdue = FXCollections.observableArrayList();
    private final ObservableList<Due> dues = FXCollections.observableArrayList();
    private final Map<Long, String> pageLabels = new HashMap<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public TodayViewModel(SettingsRepository settings, OrganizationRepository organizations, NetworkRepository networks,
            PageRepository pages, PostRepository posts, PlanRepository plan, CalendarRepository calendar,
            ru.officialpages.storage.MessageRepository messages, TaskExecutor executor, Clock clock,
            ru.officialpages.storage.ModerationRepository moderation) {
        this.messages = messages;
        this.moderation = moderation;
        this.settings = settings;
        this.organizations = organizations;
        this.networks = networks;
        this.pages = pages;
        this.posts = posts;
        this.plan = plan;
        this.calendar = calendar;
        this.executor = executor;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate monday() {
        return WeeklyNorm.mondayOf(today());
    }

    public void load() {
        LocalDate today = today();
        LocalDate monday = monday();
        executor.execute(BackgroundTask.of(p -> {
            Settings s = settings.load();
            Map<Long, Organization> orgs = new HashMap<>();
            organizations.all().forEach(o -> orgs.put(o.id(), o));
            Map<String, String> networkNames = new HashMap<>();
            networks.all().forEach(n -> networkNames.put(n.code(), n.name()));
            WeeklyNorm norm = new WeeklyNorm(s.norms(), calendar.calendar(), s.scaleNormByWorkingDays());
            Map<Long, List<java.time.LocalDateTime>> postsByPage = new HashMap<>();
            for (Post post : posts.between(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay())) {
                postsByPage.computeIfAbsent(post.pageId(), k -> new ArrayList<>()).add(post.publishedAt());
            }
            List<PageProgress> progress = new ArrayList<>();
            Map<Long, String> labels = new HashMap<>();
            // Read once for the norms, the checklist and the round below (it was read three times).
            List<Page> allPages = pages.all();
            for (Page page : allPages) {
                Organization o = orgs.get(page.organizationId());
                if (o == null) {
                    continue;
                }
                String label = Tr.tr("plan.page.label", o.name(), networkNames.getOrDefault(page.networkCode(), page.networkCode()));
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
            due.add(new Due(registry.due(), Tr.tr("today.due.registry", roman(registry.quarter()), registry.year(),
                    DATE.format(registry.asOf()), daysLeft(today, registry.due())), false));
            for (PlanItem i : late) {
                due.add(new Due(i.day(), Tr.tr("today.due.plan", i.topic()), true));
            }
            // Checklist items with a deadline: link on the website, coordinator told (novoaltaysk-608 §1.4, §3.1).
            ru.officialpages.rules.WorkingTime time = calendar.workingTime();
            var marks = pages.allMarks();
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
            // Citizens' messages overdue or due today (novokubansky-1740 app.1 §9, §17, §18), the calendar's
            // corrections counted in first, as the Сообщения screen does.
            java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
            ru.officialpages.rules.MessageDeadlines deadlines = new ru.officialpages.rules.MessageDeadlines(time);
            messages.recomputeDeadlines(deadlines);
            for (ru.officialpages.domain.Message m : messages.dueBefore(today.plusDays(1).atStartOfDay())) {
                String who = m.authorName().isEmpty() ? networkNames.getOrDefault(m.networkCode(), m.networkCode()) : m.authorName();
                String key = m.stage() == ru.officialpages.domain.MessageStage.INTERIM ? "today.due.messageFinal" : "today.due.message";
                due.add(new Due(m.dueAt().toLocalDate(), Tr.tr(key, who, MESSAGE_TIME.format(m.dueAt())),
                        !m.dueAt().isAfter(now), m.id()));
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
            return new Loaded(progress, labels, todays, late, due);
        }).onSuccess(l -> {
            pageLabels.putAll(l.labels());
            week.setAll(l.progress());
            todayPlan.setAll(l.today());
            overdue.setAll(l.late());
            dues.setAll(l.due());
            loaded.set(true);
        }));
    }

    private record Loaded(List<PageProgress> progress, Map<Long, String> labels, List<PlanItem> today,
            List<PlanItem> late, List<Due> due) {
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
