package ru.officialpages.ui.moderation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.report.Column;
import ru.officialpages.report.TableExport;
import ru.officialpages.rules.GroundClauses;
import ru.officialpages.rules.ModerationRound;
import ru.officialpages.rules.WeeklyNorm;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.text.CommentGrounds;
import ru.officialpages.text.CommentHint;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.LazyRows;
import ru.officialpages.ui.common.TableFilters;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Модерация: the record form with suggested grounds, the records list filtered and paged in SQL,
 * the blacklist and today's round. Suggestions only mark grounds; the user ticks them.
 */
public final class ModerationViewModel {
    static final DateTimeFormatter DATE = RuFormat.DATE;
    static final DateTimeFormatter TIME = RuFormat.TIME;
    static final DateTimeFormatter DATE_TIME = RuFormat.DATE_TIME;

    private final ModerationDesk moderation;
    private final PageDirectory pages;
    private final Office office;
    private final ru.officialpages.desk.Imports imports;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    private final TaskExecutor executor;
    private final Clock clock;
    private CommentGrounds commentGrounds;

    private final ObservableList<PageChoice> pageChoices = FXCollections.observableArrayList();
    private final ObservableList<PageChoice> activeChoices = FXCollections.observableArrayList();
    private final Map<String, String> networkNames = new HashMap<>();
    private final Map<Long, String> pageLabels = new HashMap<>();
    private final ReadOnlyObjectWrapper<NormPreset> preset = new ReadOnlyObjectWrapper<>(NormPreset.CUSTOM);
    private String municipality = "";

    // The list.
    private final LazyRows<ModerationEntry> rows;
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    final ObjectProperty<PageChoice> filterPage = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterTo = new SimpleObjectProperty<>();
    final ObjectProperty<DeletionGround> filterGround = new SimpleObjectProperty<>();
    final ObjectProperty<ModerationAction> filterAction = new SimpleObjectProperty<>();
    final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ModerationDesk.Deletion> lastDeleted = new ReadOnlyObjectWrapper<>();

    // The form.
    final ObjectProperty<PageChoice> page = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty authorName = new SimpleStringProperty("");
    final StringProperty authorLink = new SimpleStringProperty("");
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final ObjectProperty<ModerationAction> action = new SimpleObjectProperty<>(ModerationAction.DELETED);
    private final Map<DeletionGround, BooleanProperty> chosen = new EnumMap<>(DeletionGround.class);
    private final Map<DeletionGround, BooleanProperty> suggested = new EnumMap<>(DeletionGround.class);
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper authorWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper authorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper groundsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean attempted;
    private int authorLookup;
    /** The record open in the form for a change; null while a new one is being written. */
    private final ReadOnlyObjectWrapper<ModerationRecord> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");

    // The blacklist.
    private final ObservableList<BlacklistListing> blacklist = FXCollections.observableArrayList();
    final StringProperty blacklistSearch = new SimpleStringProperty("");
    final BooleanProperty showTakenOff = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDate> takeOffDay = new SimpleObjectProperty<>();

    // The round.
    private final ObservableList<RoundRow> round = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper roundWeek = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roundLastWeek = new ReadOnlyStringWrapper("");
    private List<Page> allPages = List.of();

    private boolean blacklistShown;

    public ModerationViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.moderation = desks.moderation();
        this.pages = desks.pages();
        this.office = desks.office();
        this.imports = desks.imports();
        this.executor = executor;
        this.clock = clock;
        this.rows = new LazyRows<>(executor);
        for (DeletionGround g : DeletionGround.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((o, was, now) -> revalidate());
            chosen.put(g, on);
            suggested.put(g, new SimpleBooleanProperty(false));
        }
        for (javafx.beans.Observable f : List.of(filterPage, filterFrom, filterTo, filterGround, filterAction, filterText)) {
            f.addListener(o -> reload());
        }
        blacklistSearch.addListener(o -> reloadBlacklist());
        showTakenOff.addListener(o -> reloadBlacklist());
        text.addListener((o, was, now) -> suggest(now));
        authorName.addListener(o -> lookUpAuthor());
        authorLink.addListener(o -> lookUpAuthor());
        for (javafx.beans.Observable f : List.of(page, date, time, authorName, authorLink, action)) {
            f.addListener(o -> revalidate());
        }
        time.addListener((o, was, now) -> timeError.set(now.isBlank() || parseTime(now).isPresent() ? "" : Tr.tr("moderation.error.time")));
        takeOffDay.set(today());
        newRecord();
        // A new page reaches the pickers and the round; records imported elsewhere the list.
        onChange = what -> executor.onUiThread(this::load);
        desks.changes().subscribe(java.util.EnumSet.of(Change.PAGES, Change.MODERATION, Change.SETTINGS), onChange);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Loads the pages and the preset, then the list, the blacklist and the round. */
    public void load() {
        executor.execute(BackgroundTask.of(p -> new Registry(pages.pages(), pages.organizations(), pages.networks(),
                office.settings(), CommentGrounds.builtIn())).onSuccess(r -> {
                    preset.set(r.settings().preset());
                    municipality = r.settings().municipality();
                    commentGrounds = r.grounds();
                    Map<Long, Organization> orgs = new HashMap<>();
                    r.organizations().forEach(o -> orgs.put(o.id(), o));
                    r.networks().forEach(n -> networkNames.put(n.code(), n.name()));
                    List<PageChoice> all = new ArrayList<>();
                    List<PageChoice> active = new ArrayList<>();
                    List<RoundRow> roundRows = new ArrayList<>();
                    for (Page pg : r.pages()) {
                        Organization o = orgs.get(pg.organizationId());
                        String label = Tr.tr("posts.page.label", o == null ? "" : o.name(), networkName(pg.networkCode()),
                                pg.address().replaceFirst("^https://", ""));
                        pageLabels.put(pg.id(), Tr.tr("plan.page.label", o == null ? "" : o.name(), networkName(pg.networkCode())));
                        PageChoice choice = new PageChoice(pg, label);
                        all.add(choice);
                        if (pg.activeOn(today())) {
                            active.add(choice);
                            roundRows.add(new RoundRow(pg.id(), label));
                        }
                    }
                    allPages = r.pages();
                    pageChoices.setAll(all);
                    activeChoices.setAll(active);
                    round.setAll(roundRows);
                    if (active.size() == 1 && page.get() == null) {
                        page.set(active.get(0));
                    }
                    suggest(text.get());
                    reload();
                    reloadBlacklist();
                    reloadRound();
                }));
    }

    private record Registry(List<Page> pages, List<Organization> organizations, List<Network> networks,
            ru.officialpages.domain.Settings settings, CommentGrounds grounds) {
    }

    public String networkName(String code) {
        return networkNames.getOrDefault(code, code);
    }

    /** "Администрация … — ВКонтакте" for a page id. */
    public String pageLabel(long pageId) {
        return pageLabels.getOrDefault(pageId, "");
    }

    // --- The list ---

    ModerationFilter filter() {
        PageChoice p = filterPage.get();
        return new ModerationFilter(p == null ? null : p.page().id(), filterFrom.get(), filterTo.get(), filterGround.get(),
                filterAction.get(), filterText.get());
    }

    public void reload() {
        ModerationFilter f = filter();
        executor.execute(BackgroundTask.of(p -> moderation.count(f)).onSuccess(n -> {
            rows.reset(n, (offset, limit) -> moderation.slice(f, offset, limit));
            found.set(n == 0 ? Tr.tr("moderation.found.none") : Tr.tr("moderation.found", n,
                    Tr.plural(n, Tr.tr("moderation.record.one"), Tr.tr("moderation.record.few"), Tr.tr("moderation.record.many"))));
        }));
    }

    /** Deletes a record (and the blacklisting it made); {@link #undoDelete()} puts both back. */
    public void delete(ModerationEntry entry) {
        executor.execute(BackgroundTask.of(p -> moderation.delete(entry.record().id())).onSuccess(d -> {
            ModerationRecord open = editing.get();
            if (open != null && open.id() == d.record().id()) {
                // The record in the form is gone: the form starts a new one rather than save into nothing.
                newRecord();
            }
            lastDeleted.set(d);
            status.set(Tr.tr("moderation.deleted", DATE.format(d.record().noticedAt()), d.record().author()));
            reload();
            reloadBlacklist();
        }));
    }

    public void undoDelete() {
        ModerationDesk.Deletion d = lastDeleted.get();
        if (d == null) {
            return;
        }
        lastDeleted.set(null);
        executor.execute(BackgroundTask.of(p -> {
            moderation.restore(d);
            return d;
        }).onSuccess(x -> {
            status.set(Tr.tr("moderation.restored"));
            reload();
            reloadBlacklist();
        }));
    }

    // --- The form ---

    /** Clears the form for a new record: today, now, no grounds. */
    public void newRecord() {
        LocalDateTime now = LocalDateTime.now(clock);
        attempted = false;
        editing.set(null);
        formTitle.set(Tr.tr("moderation.form.title"));
        if (activeChoices.size() != 1) {
            page.set(null);
        }
        date.set(now.toLocalDate());
        time.set(TIME.format(now));
        authorName.set("");
        authorLink.set("");
        text.set("");
        note.set("");
        action.set(ModerationAction.DELETED);
        chosen.values().forEach(b -> b.set(false));
        clearErrors();
    }

    /**
     * Puts a recorded comment in the form to be changed (issue 6: a record is corrected in place,
     * not deleted and typed again); {@link #save()} then updates it.
     */
    public void edit(ModerationEntry entry) {
        ModerationRecord r = entry.record();
        attempted = false;
        editing.set(r);
        formTitle.set(Tr.tr("moderation.form.editTitle", DATE_TIME.format(r.noticedAt())));
        // A record on a page deleted since is still shown with its page, though new records cannot choose it.
        page.set(pageChoices.stream().filter(c -> c.page().id() == r.pageId()).findFirst().orElse(null));
        date.set(r.noticedAt().toLocalDate());
        time.set(TIME.format(r.noticedAt()));
        authorName.set(r.authorName());
        authorLink.set(r.authorLink());
        text.set(r.text());
        note.set(r.note());
        action.set(r.action());
        chosen.forEach((g, on) -> on.set(r.grounds().contains(g)));
        clearErrors();
    }

    private void clearErrors() {
        pageError.set("");
        authorError.set("");
        groundsError.set("");
    }

    private void suggest(String comment) {
        Set<DeletionGround> grounds = EnumSet.noneOf(DeletionGround.class);
        List<String> messages = new ArrayList<>();
        if (commentGrounds != null && comment != null && !comment.isBlank()) {
            for (CommentHint h : commentGrounds.hints(comment)) {
                messages.add(h.message());
                grounds.addAll(h.grounds());
            }
        }
        hints.setAll(messages);
        suggested.forEach((g, on) -> on.set(grounds.contains(g)));
    }

    /** Ticks every suggested ground; the user may untick any. */
    public void acceptSuggested() {
        suggested.forEach((g, on) -> {
            if (on.get()) {
                chosen.get(g).set(true);
            }
        });
    }

    private void lookUpAuthor() {
        String name = authorName.get();
        String link = authorLink.get();
        int ticket = ++authorLookup;
        if (name.isBlank() && link.isBlank()) {
            authorWarning.set("");
            return;
        }
        LocalDate day = date.get() == null ? today() : date.get();
        executor.execute(BackgroundTask.of(p -> moderation.listed(name, link, day)).onSuccess(found -> {
            if (ticket != authorLookup) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (BlacklistListing l : found) {
                parts.add(Tr.tr(l.entry().restriction() == ModerationAction.BLACKLISTED ? "moderation.author.blacklisted"
                        : "moderation.author.restricted", DATE.format(l.entry().since()), networkName(l.networkCode()),
                        l.organizationName()));
            }
            authorWarning.set(String.join("\n", parts));
        }));
    }

    private void revalidate() {
        if (attempted) {
            validate();
        }
    }

    /** Sets the field messages; true when the record can be saved. */
    boolean validate() {
        pageError.set(page.get() == null ? Tr.tr("moderation.error.page") : "");
        boolean timeOk = parseTime(time.get()).isPresent() && date.get() != null;
        timeError.set(timeOk ? "" : Tr.tr("moderation.error.time"));
        ModerationAction a = action.get();
        authorError.set(a != null && a.restrictsAuthor() && authorName.get().isBlank() && authorLink.get().isBlank()
                ? Tr.tr("moderation.error.author") : "");
        groundsError.set(a != null && ModerationImport.needsGround(a) && chosenGrounds().isEmpty()
                ? Tr.tr("moderation.error.grounds") : "");
        if (timeOk && page.get() != null && date.get() != null
                && !page.get().page().activeOn(date.get())) {
            pageError.set(Tr.tr("moderation.error.pageNotActive"));
        }
        return pageError.get().isEmpty() && timeOk && authorError.get().isEmpty() && groundsError.get().isEmpty() && a != null;
    }

    Set<DeletionGround> chosenGrounds() {
        Set<DeletionGround> set = EnumSet.noneOf(DeletionGround.class);
        chosen.forEach((g, on) -> {
            if (on.get()) {
                set.add(g);
            }
        });
        return set;
    }

    /** Saves the record (and the blacklisting its action means) in one transaction. */
    public void save() {
        attempted = true;
        if (!validate()) {
            status.set("");
            return;
        }
        LocalDateTime noticed = date.get().atTime(parseTime(time.get()).orElseThrow());
        ModerationRecord was = editing.get();
        if (was != null) {
            ModerationRecord changed = new ModerationRecord(was.id(), page.get().page().id(), noticed, authorName.get(),
                    authorLink.get(), text.get(), chosenGrounds(), action.get(), note.get(), was.recordedAt());
            executor.execute(BackgroundTask.of(p -> moderation.update(changed)).onSuccess(saved -> {
                // The form stays on the record: the user sees what was saved and may close it.
                editing.set(saved.record());
                status.set(saved.entry() == null ? Tr.tr("moderation.changed")
                        : Tr.tr("moderation.changed.listed", saved.record().author()));
                reload();
                reloadBlacklist();
            }));
            return;
        }
        ModerationRecord r = new ModerationRecord(0, page.get().page().id(), noticed, authorName.get(), authorLink.get(),
                text.get(), chosenGrounds(), action.get(), note.get(), LocalDateTime.now(clock));
        PageChoice samePage = page.get();
        executor.execute(BackgroundTask.of(p -> moderation.add(r)).onSuccess(saved -> {
            newRecord();
            // The next comment is usually on the same page: keep it chosen.
            page.set(samePage);
            status.set(saved.entry() == null ? Tr.tr("moderation.saved")
                    : Tr.tr("moderation.saved.listed", saved.record().author()));
            reload();
            reloadBlacklist();
        }));
    }

    static Optional<LocalTime> parseTime(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The tooltip of a ground: the clause of the settlement's own order, or of every seed that lists it. */
    public String clausesOf(DeletionGround g) {
        List<String> clauses = GroundClauses.shown(g, preset.get()).stream().map(c -> Tr.tr(c.key())).toList();
        return Tr.tr(GroundClauses.inOwnOrder(g, preset.get()) ? "moderation.clause.own" : "moderation.clause.other",
                String.join("; ", clauses));
    }

    // --- Export and printing ---

    public String municipality() {
        return municipality;
    }

    /**
     * The records as filtered now, for «Экспорт в Excel» and «Печать»: the query runs again over
     * the whole register (streamed), not over the blocks the table has fetched. Authors' names are
     * in it, so the title row says «Для служебного пользования».
     */
    public TableExport<ModerationEntry> tableExport() {
        ModerationFilter f = filter();
        TableExport<ModerationEntry> export = TableExport.<ModerationEntry>of(Tr.tr("moderation.export.title"),
                use -> moderation.stream(f, use)).forOfficialUse().expectedRows(rows.size());
        PageChoice p = filterPage.get();
        if (p != null) {
            export.filter(Tr.tr("export.filter.page", p.label()));
        }
        export.filter(TableFilters.period(f.from(), f.to()));
        if (f.ground() != null) {
            export.filter(Tr.tr("export.filter.ground", Tr.tr(f.ground().titleKey())));
        }
        if (f.action() != null) {
            export.filter(Tr.tr("export.filter.action", Tr.tr(f.action().doneKey())));
        }
        if (!f.text().isEmpty()) {
            export.filter(Tr.tr("export.filter.search", f.text()));
        }
        return export
                .column(Column.dateTime(Tr.tr("moderation.col.when"), 16, (ModerationEntry e) -> e.record().noticedAt()))
                .column(Column.wrappedText(Tr.tr("moderation.col.page"), 26,
                        (ModerationEntry e) -> e.organizationName() + ", " + networkName(e.networkCode())))
                .column(Column.wrappedText(Tr.tr("moderation.col.author"), 20, (ModerationEntry e) -> e.record().authorName()))
                .column(Column.hyperlink(Tr.tr("moderation.col.profile"), 24, (ModerationEntry e) -> e.record().authorLink()))
                .column(Column.wrappedText(Tr.tr("moderation.col.text"), 40, (ModerationEntry e) -> e.record().text()))
                .column(Column.wrappedText(Tr.tr("moderation.col.grounds"), 30,
                        (ModerationEntry e) -> groundsText(e.record().grounds())))
                .column(Column.text(Tr.tr("moderation.col.action"), 16,
                        (ModerationEntry e) -> Tr.tr(e.record().action().doneKey())))
                .column(Column.wrappedText(Tr.tr("moderation.col.note"), 20, (ModerationEntry e) -> e.record().note()));
    }

    /** The blacklist as searched now (a list of a few thousand at most, held by the screen). */
    public TableExport<BlacklistListing> blacklistExport() {
        List<BlacklistListing> shown = List.copyOf(blacklist);
        TableExport<BlacklistListing> export = TableExport.<BlacklistListing>of(Tr.tr("moderation.blacklist.export.title"),
                use -> use.accept(shown.stream())).forOfficialUse().expectedRows(shown.size());
        if (!showTakenOff.get()) {
            export.filter(Tr.tr("export.filter.listedOn", DATE.format(today())));
        }
        String search = blacklistSearch.get() == null ? "" : blacklistSearch.get().strip();
        if (!search.isEmpty()) {
            export.filter(Tr.tr("export.filter.search", search));
        }
        return export
                .column(Column.wrappedText(Tr.tr("moderation.col.author"), 22, (BlacklistListing l) -> l.entry().authorName()))
                .column(Column.hyperlink(Tr.tr("moderation.col.profile"), 26, (BlacklistListing l) -> l.entry().authorLink()))
                .column(Column.wrappedText(Tr.tr("moderation.col.page"), 26,
                        (BlacklistListing l) -> l.organizationName() + ", " + networkName(l.networkCode())))
                .column(Column.text(Tr.tr("moderation.col.restriction"), 18,
                        (BlacklistListing l) -> Tr.tr(l.entry().restriction().doneKey())))
                .column(Column.date(Tr.tr("moderation.col.since"), 11, (BlacklistListing l) -> l.entry().since()))
                .column(Column.date(Tr.tr("moderation.col.until"), 11, (BlacklistListing l) -> l.entry().until()))
                .column(Column.wrappedText(Tr.tr("moderation.col.grounds"), 30,
                        (BlacklistListing l) -> groundsText(l.entry().grounds())))
                .column(Column.wrappedText(Tr.tr("moderation.col.note"), 20, (BlacklistListing l) -> l.entry().note()));
    }

    /** The grounds by their full names: a file is read without the tooltips that explain the short ones. */
    private static String groundsText(Set<DeletionGround> grounds) {
        return String.join("; ", grounds.stream().sorted().map(g -> Tr.tr(g.titleKey())).toList());
    }

    // --- Import ---

    /** Reads a file of records; nothing is written until {@link #applyImport} with a clean preview. */
    public void previewImport(Path file, Consumer<ModerationImport.Preview> show) {
        LocalDateTime now = LocalDateTime.now(clock);
        executor.execute(BackgroundTask.of(p -> imports.moderation(now).preview(file)).onSuccess(show));
    }

    public void applyImport(ModerationImport.Preview preview) {
        if (!preview.canApply()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> imports.moderation(LocalDateTime.now(clock)).apply(preview)).onSuccess(n -> {
            status.set(Tr.tr("moderation.import.done", n));
            reload();
            reloadBlacklist();
        }));
    }

    /** A preview row as the dialog lists it. */
    public String describe(ModerationImport.Line l) {
        ModerationRecord r = l.record();
        return Tr.tr("moderation.import.row", l.line(), DATE.format(r.noticedAt()), pageLabel(r.pageId()),
                r.author(), Tr.tr(r.action().doneKey()));
    }

    // --- The blacklist ---

    /**
     * The blacklist tab is shown: from now on its list is read and kept up to date. Until then it is
     * not read at all: 5,000 entries of a district were a good part of the database's work on opening
     * Модерация, for a tab the user may not look at (issue 10).
     */
    public void showBlacklist() {
        if (!blacklistShown) {
            blacklistShown = true;
            reloadBlacklist();
        }
    }

    public void reloadBlacklist() {
        if (!blacklistShown) {
            return;
        }
        String search = blacklistSearch.get();
        boolean all = showTakenOff.get();
        LocalDate day = today();
        executor.execute(BackgroundTask.of(p -> moderation.blacklist(search, all, day)).onSuccess(blacklist::setAll));
    }

    /** Takes the author off the list from the chosen day. */
    public void takeOff(BlacklistListing listing) {
        LocalDate day = takeOffDay.get() == null ? today() : takeOffDay.get();
        LocalDate until = day.isBefore(listing.entry().since()) ? listing.entry().since() : day;
        executor.execute(BackgroundTask.of(p -> {
            moderation.takeOff(listing.entry().id(), until);
            return until;
        }).onSuccess(d -> {
            status.set(Tr.tr("moderation.blacklist.takenOff", listing.entry().author(), DATE.format(d)));
            reloadBlacklist();
            lookUpAuthor();
        }));
    }

    /** The grounds by their short names, as a table cell shows them. */
    public String shortGroundsText(Set<DeletionGround> grounds) {
        return String.join("; ", grounds.stream().sorted().map(g -> Tr.tr(ModerationView.SHORT + g.name())).toList());
    }

    // --- The round ---

    public void reloadRound() {
        LocalDate today = today();
        LocalDate monday = WeeklyNorm.mondayOf(today);
        List<Page> known = allPages;
        LocalDate lastMonday = monday.minusWeeks(1);
        executor.execute(BackgroundTask.of(p -> {
            var calendarNow = office.calendar();
            var rounds = moderation.rounds(lastMonday, today);
            return new RoundState(moderation.checkedOn(today), ModerationRound.week(monday, today, calendarNow, known, rounds),
                    ModerationRound.week(lastMonday, monday.minusDays(1), calendarNow, known, rounds));
        })
                .onSuccess(s -> {
                    for (RoundRow row : round) {
                        LocalDateTime at = s.checked().get(row.pageId());
                        row.checkedProperty().set(at != null);
                        row.timeProperty().set(at == null ? "" : Tr.tr("moderation.round.at", TIME.format(at)));
                    }
                    roundWeek.set(Tr.tr("moderation.round.week", s.week().doneDays(), s.week().workingDays(),
                            days(s.week().workingDays())));
                    roundLastWeek.set(Tr.tr("moderation.round.lastWeek", s.lastWeek().doneDays(), s.lastWeek().workingDays(),
                            days(s.lastWeek().workingDays())));
                }));
    }

    private record RoundState(Map<Long, LocalDateTime> checked, ModerationRound.Week week, ModerationRound.Week lastWeek) {
    }

    private static String days(int n) {
        return Tr.plural(n, Tr.tr("moderation.round.day.one"), Tr.tr("moderation.round.day.few"),
                Tr.tr("moderation.round.day.many"));
    }

    /** The settlement's preset of rules, which decides the clause each ground cites. */
    public ReadOnlyObjectProperty<NormPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundLastWeekProperty() {
        return roundLastWeek.getReadOnlyProperty();
    }

    /** Marks a page checked now, or unmarks it. */
    public void setChecked(RoundRow row, boolean checked) {
        LocalDateTime now = LocalDateTime.now(clock);
        row.checkedProperty().set(checked);
        row.timeProperty().set(checked ? Tr.tr("moderation.round.at", TIME.format(now)) : "");
        executor.execute(BackgroundTask.of(p -> {
            if (checked) {
                moderation.check(row.pageId(), now.toLocalDate(), now);
            } else {
                moderation.uncheck(row.pageId(), now.toLocalDate());
            }
            return checked;
        }).onSuccess(x -> reloadRound()));
    }

    /** Marks every page not yet checked today. */
    public void checkAll() {
        for (RoundRow row : round) {
            if (!row.checkedProperty().get()) {
                setChecked(row, true);
            }
        }
    }

    // --- Properties ---

    public ObservableList<PageChoice> pageChoices() {
        return pageChoices;
    }

    public ObservableList<PageChoice> activeChoices() {
        return activeChoices;
    }

    public LazyRows<ModerationEntry> rows() {
        return rows;
    }

    public BooleanProperty chosen(DeletionGround g) {
        return chosen.get(g);
    }

    public BooleanProperty suggested(DeletionGround g) {
        return suggested.get(g);
    }

    public ObservableList<String> hints() {
        return hints;
    }

    /** Empty until {@link #showBlacklist}: the blacklist is read when its tab is first shown. */
    public ObservableList<BlacklistListing> blacklist() {
        return blacklist;
    }

    public ObservableList<RoundRow> round() {
        return round;
    }

    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorWarningProperty() {
        return authorWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageErrorProperty() {
        return pageError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorErrorProperty() {
        return authorError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groundsErrorProperty() {
        return groundsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundWeekProperty() {
        return roundWeek.getReadOnlyProperty();
    }

    /** The record being changed in the form; null for a new one. */
    public ReadOnlyObjectProperty<ModerationRecord> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModerationDesk.Deletion> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }
}
