package ru.officialpages.ui.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.ContentPlan;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Контент-план: the items of the shown month (with the weeks around it), the pages they go to,
 * and per week and page what is planned against the norm — so a gap shows before the week starts.
 */
public final class PlanViewModel {
    /** A page as the plan offers it, with its norm base. */
    public record PlanPage(Page page, String label, OrganizationKind kind) {
    }

    private final ContentPlan plan;
    private final PageDirectory pages;
    private final Office office;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final Map<Long, String> texts = new HashMap<>();
    /**
     * The shown items by day, in the order of {@link #items}: the grid asks for each of its 42 days,
     * and filtering a district's two thousand items for each was a tenth of the first opening (issue 10).
     */
    private Map<LocalDate, List<PlanItem>> byDay;
    /**
     * The pages' labels by id, for the list's and the chips' page column: looked up for every item
     * shown, a search through 200 pages each time added up (issue 10). Replaced whole, so the export
     * may read it off the UI thread.
     */
    private volatile Map<Long, String> labels = Map.of();
    private final ObservableList<PlanPage> planPages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProductionCalendar> calendar = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanItem> lastDeleted = new ReadOnlyObjectWrapper<>();
    private WeeklyNorm norm;
    /** The pages' platform numbers as last read: a VK wall link finds a page kept by short name. */
    private volatile List<ru.officialpages.domain.PageIdentity> identities = List.of();
    /** Numbers the links checked for publishing taught, kept when the item is published. */
    private final List<ru.officialpages.domain.PageIdentity> learnedOnPublish = new ArrayList<>();
    private Settings settingsNow;

    public PlanViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.plan = desks.plan();
        this.pages = desks.pages();
        this.office = desks.office();
        this.executor = executor;
        this.clock = clock;
        month.set(YearMonth.from(today()));
        month.addListener((o, was, now) -> reloadItems());
        // Registered before any view's listener, so a redraw never sees the old days.
        items.addListener((javafx.collections.ListChangeListener<PlanItem>) c -> byDay = null);
        planPages.addListener((javafx.collections.ListChangeListener<PlanPage>) c -> {
            Map<Long, String> byId = new HashMap<>();
            planPages.forEach(pp -> byId.putIfAbsent(pp.page().id(), pp.label()));
            labels = Map.copyOf(byId);
        });
        // A new page reaches the item dialog's checkboxes; items published from Публикации or changed elsewhere the grid.
        onChange = what -> {
            if (what.contains(Change.PLAN) && what.size() == 1) {
                reloadItems();
            } else {
                load();
            }
        };
        desks.changes().subscribe(java.util.EnumSet.of(Change.PAGES, Change.PLAN, Change.SETTINGS), executor::onUiThread,
                onChange);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The first Monday on or before the 1st, and the Sunday on or after the last day: what a month grid shows. */
    public LocalDate firstShown() {
        return month.get().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate lastShown() {
        return month.get().atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public void load() {
        LocalDate from = firstShown();
        LocalDate to = lastShown();
        executor.execute(BackgroundTask.of(p -> {
            Settings s = office.settings();
            PageDirectory.Listing listing = pages.listing();
            identities = listing.identities();
            Map<Long, Organization> byId = listing.organizationsById();
            List<PlanPage> list = new ArrayList<>();
            for (Page page : listing.pages()) {
                Organization o = byId.get(page.organizationId());
                if (o == null) {
                    continue;
                }
                list.add(new PlanPage(page, PageDirectory.label(o.name(), listing.networkName(page.networkCode())), o.kind()));
            }
            ProductionCalendar c = office.calendar();
            // The shown weeks' items in the same task: a second round trip after this one made the grid
            // wait for the database twice and be drawn twice, empty and then full (issue 10).
            Shown shown = shown(from, to);
            return new Loaded(list, c, new WeeklyNorm(s.norms(), c, s.scaleNormByWorkingDays()), s, shown);
        }).onSuccess(l -> {
            // The norm and the items first: the grid is drawn once, when the calendar arrives.
            norm = l.norm();
            settingsNow = l.settings();
            planPages.setAll(l.pages());
            if (from.equals(firstShown()) && to.equals(lastShown())) {
                show(l.shown());
            } else {
                reloadItems();
            }
            calendar.set(l.calendar());
        }));
    }

    private record Loaded(List<PlanPage> pages, ProductionCalendar calendar, WeeklyNorm norm, Settings settings,
            Shown shown) {
    }

    public void reloadItems() {
        LocalDate from = firstShown();
        LocalDate to = lastShown();
        executor.execute(BackgroundTask.of(p -> shown(from, to)).onSuccess(this::show));
    }

    /** The items of the days with their texts, and their versions read first, so never newer than what is shown. */
    private Shown shown(LocalDate from, LocalDate to) {
        Map<Long, Long> v = plan.versionsBetween(from, to);
        return new Shown(plan.between(from, to), plan.textsBetween(from, to), v);
    }

    private void show(Shown shown) {
        texts.clear();
        texts.putAll(shown.texts());
        versions = shown.versions();
        items.setAll(shown.items());
    }

    private record Shown(List<PlanItem> items, Map<Long, String> texts, Map<Long, Long> versions) {
    }

    /**
     * The shown items' versions as they were read (issue 19 item 7): an edit, a move or a deletion is made on the
     * version of the item the user saw, so one another user saved meanwhile is not written over.
     */
    private Map<Long, Long> versions = Map.of();

    private java.util.OptionalLong opened(PlanItem item) {
        Long v = item.id() == 0 ? null : versions.get(item.id());
        return v == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
    }

    /** Says a refused change in the status line; an item another user changed meanwhile is shown again as it is now. */
    private void refused(Throwable e) {
        status.set(ru.officialpages.desk.Refusals.russian(e));
        if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
            reloadItems();
        }
    }

    /** The drafted text of the post an item will become ("" when none). */
    public String textOf(PlanItem item) {
        return texts.getOrDefault(item.id(), "");
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
    }

    public void next() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(YearMonth.from(today()));
    }

    public List<PlanItem> itemsOn(LocalDate day) {
        if (byDay == null) {
            Map<LocalDate, List<PlanItem>> days = new HashMap<>();
            items.forEach(i -> days.computeIfAbsent(i.day(), d -> new ArrayList<>()).add(i));
            byDay = days;
        }
        return List.copyOf(byDay.getOrDefault(day, List.of()));
    }

    /** Per page active that week: items planned (not cancelled) against its norm. */
    public List<PageWeek> week(LocalDate monday) {
        List<PageWeek> rows = new ArrayList<>();
        if (norm == null) {
            return rows;
        }
        // One pass over the shown items, not one per page: 200 pages × thousands of items add up (issue 10).
        Map<Long, List<LocalDate>> daysByPage = new HashMap<>();
        LocalDate sunday = monday.plusDays(6);
        for (PlanItem i : items) {
            if (i.status() != PlanStatus.CANCELLED && !i.day().isBefore(monday) && !i.day().isAfter(sunday)) {
                for (long id : i.pageIds()) {
                    daysByPage.computeIfAbsent(id, k -> new ArrayList<>()).add(i.day());
                }
            }
        }
        for (PlanPage pp : planPages) {
            Page page = pp.page();
            int planned = (int) daysByPage.getOrDefault(page.id(), List.of()).stream().filter(page::activeOn).count();
            int n = norm.progress(page, pp.kind(), monday, List.of()).norm();
            if (n > 0 || planned > 0) {
                rows.add(new PageWeek(page.id(), pp.label(), planned, n));
            }
        }
        return rows;
    }

    /** Pages active on a day: what a new item may go to. */
    public List<PlanPage> pagesActiveOn(LocalDate day) {
        return planPages.stream().filter(p -> p.page().activeOn(day)).toList();
    }

    /** Saves an item; with {@code repeatUntil}, a new one is repeated every week up to that day. */
    public void save(PlanItem item, LocalDate repeatUntil) {
        save(item, repeatUntil, null);
    }

    /** The same, with the drafted post text ({@code null}: leave the text as it is). */
    public void save(PlanItem item, LocalDate repeatUntil, String text) {
        java.util.OptionalLong opened = opened(item);
        executor.execute(BackgroundTask.of(p -> {
            if (item.id() == 0 && repeatUntil != null && repeatUntil.isAfter(item.day())) {
                List<PlanItem> series = new ArrayList<>();
                for (LocalDate d = item.day(); !d.isAfter(repeatUntil); d = d.plusWeeks(1)) {
                    series.add(item.onDay(d));
                }
                List<PlanItem> saved = plan.saveSeries(series);
                if (text != null) {
                    for (PlanItem s : saved) {
                        plan.saveText(s.id(), text);
                    }
                }
                return saved.size();
            }
            plan.save(item, text, opened);
            return 1;
        }).onSuccess(n -> {
            status.set(n > 1 ? Tr.tr("plan.saved.series", n) : Tr.tr("plan.saved"));
            reloadItems();
        }).onFailure(this::refused));
    }

    /** Reschedules by dragging: only the day changes. */
    public void move(PlanItem item, LocalDate day) {
        if (item.day().equals(day)) {
            return;
        }
        java.util.OptionalLong opened = opened(item);
        executor.execute(BackgroundTask.of(p -> {
            plan.move(item.id(), day, opened);
            return day;
        }).onSuccess(d -> {
            status.set(Tr.tr("plan.moved", item.topic(), d.format(RuFormat.DATE)));
            reloadItems();
        }).onFailure(this::refused));
    }

    public void copyToNextWeek(PlanItem item) {
        PlanItem copy = new PlanItem(0, item.day().plusWeeks(1), item.time(), item.pageIds(), item.topic(), item.occasion(),
                item.format(), item.notes(), item.status() == PlanStatus.PUBLISHED ? PlanStatus.PLANNED : item.status(), null);
        save(copy, null);
    }

    /** Deletes an item; {@link #undoDelete()} puts it back. */
    public void delete(PlanItem item) {
        java.util.OptionalLong opened = opened(item);
        executor.execute(BackgroundTask.of(p -> {
            plan.delete(item.id(), opened);
            return item;
        }).onSuccess(i -> {
            lastDeleted.set(i);
            status.set(Tr.tr("plan.deleted", i.topic()));
            reloadItems();
        }).onFailure(this::refused));
    }

    public void undoDelete() {
        PlanItem i = lastDeleted.get();
        if (i != null) {
            lastDeleted.set(null);
            save(i.withId(0, null), null);
        }
    }

    /**
     * Checks the links given for the item's pages: each must be a post on that page. Returns the
     * posts, or a Russian message per page that is wrong (keyed by page id).
     */
    public Map<Long, String> checkLinks(PlanItem item, Map<Long, String> links, List<Post> out, LocalDateTime at) {
        return checkLinks(item, links, out, at, textOf(item));
    }

    /** As above, with the post's text as the card holds it (it may be newer than the stored draft). */
    public Map<Long, String> checkLinks(PlanItem item, Map<Long, String> links, List<Post> out, LocalDateTime at,
            String postText) {
        Map<Long, String> errors = new HashMap<>();
        learnedOnPublish.clear();
        for (Long pageId : item.pageIds()) {
            String text = links.getOrDefault(pageId, "");
            PostLink.Result r = PostLink.parse(text);
            if (!r.isValid()) {
                errors.put(pageId, r.error());
                continue;
            }
            Page page = planPages.stream().map(PlanPage::page).filter(pg -> pg.id() == pageId).findFirst().orElse(null);
            ru.officialpages.rules.PostPages.Verdict verdict = page == null ? new ru.officialpages.rules.PostPages.Elsewhere()
                    : ru.officialpages.rules.PostPages.verdict(r.post(), page, identities,
                            ru.officialpages.domain.PageIdentity.Source.CLERK);
            if (verdict instanceof ru.officialpages.rules.PostPages.Taken taken) {
                errors.put(pageId, Tr.tr("pages.identity.taken", ru.officialpages.rules.PostPages.ownerText(
                        page.networkCode(), r.post().ownerId().getAsLong()), labels.getOrDefault(taken.otherPageId(), "")));
                continue;
            }
            if (verdict instanceof ru.officialpages.rules.PostPages.Elsewhere) {
                errors.put(pageId, Tr.tr("plan.publish.otherPage"));
                continue;
            }
            if (verdict instanceof ru.officialpages.rules.PostPages.Learn learn) {
                // The link names this page only by number: the item's page is the clerk's answer (issue 16).
                learnedOnPublish.add(learn.identity());
            }
            // The text drafted in the plan goes into each post's log entry (issue 8).
            out.add(new Post(0, pageId, at, r.post().postUrl(), item.format(), item.topic(), postText));
        }
        return errors;
    }

    /** Marks the item published with its posts; {@code done} gets null or the refusal in Russian. */
    public void publish(PlanItem item, List<Post> posts, java.util.function.Consumer<String> done) {
        List<ru.officialpages.domain.PageIdentity> learned = List.copyOf(learnedOnPublish);
        executor.execute(BackgroundTask.of(p -> {
            pages.learn(learned);
            return plan.publish(item.id(), posts);
        }).onSuccess(saved -> {
            status.set(Tr.tr("plan.published", item.topic()));
            reloadItems();
            done.accept(null);
        }).onFailure(e -> done.accept(ru.officialpages.desk.Refusals.russian(e))));
    }

    /** The plan of the shown month, or of the week from {@code monday}: what is exported and printed. */
    public List<ru.officialpages.report.PlanSheet.Row> rowsFor(LocalDate monday) {
        YearMonth m = month.get();
        return items.stream()
                .filter(i -> monday == null ? YearMonth.from(i.day()).equals(m)
                        : !i.day().isBefore(monday) && i.day().isBefore(monday.plusDays(7)))
                .map(i -> new ru.officialpages.report.PlanSheet.Row(i.day(), i.time() == null ? "" : i.time().toString(),
                        String.join("\n", i.pageIds().stream().map(this::pageLabel).toList()), i.topic(), i.occasion(),
                        Tr.tr("format." + i.format().name()), Tr.tr("plan.status." + i.status().name())))
                .toList();
    }

    /** What the list view lists: the items of the shown month (the grid also holds the days around it). */
    public List<PlanItem> listRows() {
        YearMonth m = month.get();
        return items.stream().filter(i -> YearMonth.from(i.day()).equals(m)).toList();
    }

    /**
     * The list view as shown ({@code shown}: its rows in the table's order), for «Экспорт в
     * Excel» and «Печать»; the month is the list's filter.
     */
    public ru.officialpages.report.TableExport<PlanItem> listExport(List<PlanItem> shown) {
        List<PlanItem> rows = List.copyOf(shown);
        return ru.officialpages.report.TableExport.<PlanItem>of(Tr.tr("plan.export.list.title"), use -> use.accept(rows.stream()))
                .expectedRows(rows.size())
                .filter(Tr.tr("export.filter.month", periodName(null)))
                .column(ru.officialpages.report.Column.date(Tr.tr("plan.day"), 12, PlanItem::day))
                .column(ru.officialpages.report.Column.text(Tr.tr("plan.time"), 7,
                        (PlanItem i) -> i.time() == null ? "" : i.time().toString()))
                .column(ru.officialpages.report.Column.wrappedText(Tr.tr("plan.topic"), 36, PlanItem::topic))
                .column(ru.officialpages.report.Column.wrappedText(Tr.tr("plan.pages"), 36,
                        (PlanItem i) -> String.join("\n", i.pageIds().stream().map(this::pageLabel).toList())))
                .column(ru.officialpages.report.Column.text(Tr.tr("plan.format"), 13,
                        (PlanItem i) -> Tr.tr("format." + i.format().name())))
                .column(ru.officialpages.report.Column.text(Tr.tr("plan.status"), 13,
                        (PlanItem i) -> Tr.tr("plan.status." + i.status().name())));
    }

    public String municipality() {
        return settingsNow == null ? "" : settingsNow.municipality();
    }

    /** "Ноябрь 2026 г." or "Неделя 23.11.2026 — 29.11.2026". */
    public String periodName(LocalDate monday) {
        if (monday != null) {
            java.time.format.DateTimeFormatter f = RuFormat.DATE;
            return Tr.tr("plan.export.week", f.format(monday), f.format(monday.plusDays(6)));
        }
        YearMonth m = month.get();
        String monthName = m.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Tr.RUSSIAN);
        return Tr.tr("plan.export.month", monthName.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + monthName.substring(1), m.getYear());
    }

    public Settings settings() {
        return settingsNow;
    }

    /** Writes the plan of the month (or the week from {@code monday}) for approval; {@code done} gets the result line. */
    public void export(LocalDate monday, java.nio.file.Path file, java.util.function.Consumer<String> done) {
        String period = periodName(monday);
        List<ru.officialpages.report.PlanSheet.Row> rows = rowsFor(monday);
        Settings s = settingsNow;
        String preparer = s == null ? "" : (s.preparerPosition() + " " + s.preparerName()).strip();
        String head = s == null ? "" : s.headName();
        String municipality = s == null ? "" : s.municipality();
        executor.execute(BackgroundTask.of(p -> {
            ru.officialpages.report.PlanSheet.write(file, municipality, period, rows, preparer, head);
            return file;
        }).onSuccess(f -> done.accept(Tr.tr("plan.export.done", f))));
    }

    public String pageLabel(long pageId) {
        return labels.getOrDefault(pageId, "");
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public ObservableList<PlanPage> planPages() {
        return planPages;
    }

    public ReadOnlyObjectProperty<ProductionCalendar> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanItem> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }
}
