package ru.officialpages.ui.posts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.Column;
import ru.officialpages.report.TableExport;
import ru.officialpages.rules.PageAddress;
import ru.officialpages.rules.PostLink;
import ru.officialpages.rules.PostPages;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.desk.PostLog;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.LazyRows;
import ru.officialpages.ui.common.TableFilters;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Публикации: the log, filtered and sorted in SQL and fetched as the table scrolls, and the
 * quick entry — paste a post's link, the page is found in the registry and the form filled in.
 */
public final class PostsViewModel {
    private final PostLog posts;
    private final PageDirectory pages;
    private final Office office;
    private final ru.officialpages.desk.Imports imports;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    private final TaskExecutor executor;
    private final Clock clock;

    private final ObservableList<PageChoice> pageChoices = FXCollections.observableArrayList();
    private final LazyRows<PostEntry> rows;
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    private final Map<Long, String> networkOfPage = new HashMap<>();
    private final Map<String, String> networkNames = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong(-1);
    private String municipality = "";
    /** The registry as last read, with the pages' platform numbers: what a pasted link is matched against. */
    private PageDirectory.Listing listing = new PageDirectory.Listing(List.of(), List.of(), List.of(), List.of());

    // Filters: null means "any".
    final ObjectProperty<PageChoice> filterPage = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterTo = new SimpleObjectProperty<>();
    final ObjectProperty<PostFormat> filterFormat = new SimpleObjectProperty<>();
    final StringProperty filterText = new SimpleStringProperty("");
    final ObjectProperty<PostSort> sort = new SimpleObjectProperty<>(PostSort.NEWEST);

    // Quick entry.
    final StringProperty link = new SimpleStringProperty("");
    final ObjectProperty<PageChoice> entryPage = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> entryDate = new SimpleObjectProperty<>();
    final StringProperty entryTime = new SimpleStringProperty("");
    final ObjectProperty<PostFormat> entryFormat = new SimpleObjectProperty<>(PostFormat.PHOTO);
    final StringProperty entryTopic = new SimpleStringProperty("");
    final StringProperty entryText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper linkError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PostLink> parsed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper unknownPage = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;
    /** The post deleted last, until it is put back or the «Отменить» bar goes. */
    private final ReadOnlyObjectWrapper<PostLog.Deletion> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deletedText = new ReadOnlyStringWrapper("");

    public PostsViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.posts = desks.posts();
        this.pages = desks.pages();
        this.office = desks.office();
        this.imports = desks.imports();
        this.executor = executor;
        this.clock = clock;
        this.rows = new LazyRows<>(executor);
        javafx.beans.InvalidationListener refilter = o -> reload();
        for (javafx.beans.Observable f : List.of(filterPage, filterFrom, filterTo, filterFormat, filterText, sort)) {
            f.addListener(refilter);
        }
        link.addListener((o, was, now) -> linkChanged(now));
        entryTime.addListener((o, was, now) -> timeError.set(parseTime(now).isPresent() || now.isBlank()
                ? "" : Tr.tr("posts.error.time")));
        canAdd = Bindings.createBooleanBinding(() -> parsed.get() != null && entryPage.get() != null
                && entryDate.get() != null && parseTime(entryTime.get()).isPresent() && entryFormat.get() != null,
                parsed, entryPage, entryDate, entryTime, entryFormat);
        // A page added or renamed anywhere reaches the pickers; posts logged elsewhere (the plan, an import, a
        // sync every few seconds) the log, in place: the rows scrolled to and the one selected stay.
        onChange = what -> {
            if (what.contains(Change.POSTS) && !what.contains(Change.PAGES) && !what.contains(Change.ALL)
                    && !what.contains(Change.SETTINGS)) {
                refresh();
            } else {
                load();
            }
        };
        desks.changes().subscribe(java.util.EnumSet.of(Change.PAGES, Change.POSTS, Change.SETTINGS), executor::onUiThread,
                onChange);
    }

    /** Loads the registry's pages for the lists, then the log. */
    public void load() {
        executor.execute(BackgroundTask.of(p -> new Registry(pages.listing(), office.settings().municipality()))
                .onSuccess(r -> {
                    listing = r.listing();
                    municipality = r.municipality();
                    Map<Long, Organization> orgs = new HashMap<>();
                    r.organizations().forEach(o -> orgs.put(o.id(), o));
                    r.networks().forEach(n -> networkNames.put(n.code(), n.name()));
                    List<PageChoice> choices = new ArrayList<>();
                    for (Page page : r.pages()) {
                        Organization o = orgs.get(page.organizationId());
                        networkOfPage.put(page.id(), page.networkCode());
                        choices.add(new PageChoice(page, Tr.tr("posts.page.label", o == null ? "" : o.name(),
                                networkName(page.networkCode()), page.address().replaceFirst("^https://", ""))));
                    }
                    pageChoices.setAll(choices);
                    reload();
                }));
    }

    private record Registry(PageDirectory.Listing listing, String municipality) {
        List<Page> pages() {
            return listing.pages();
        }

        List<Organization> organizations() {
            return listing.organizations();
        }

        List<Network> networks() {
            return listing.networks();
        }
    }

    public String networkName(String code) {
        return networkNames.getOrDefault(code, code);
    }

    /**
     * The log as filtered and sorted now, for «Экспорт в Excel» and «Печать»: the query runs
     * again over the whole log (streamed), not over the rows the table has fetched.
     */
    public TableExport<PostEntry> tableExport() {
        PostFilter f = filter();
        PostSort s = sort.get();
        TableExport<PostEntry> export = TableExport.<PostEntry>of(Tr.tr("posts.export.title"), use -> posts.stream(f, s, use))
                .expectedRows(count.get());
        PageChoice page = filterPage.get();
        if (page != null) {
            export.filter(Tr.tr("export.filter.page", page.label()));
        }
        export.filter(TableFilters.period(f.from(), f.to()));
        if (f.format() != null) {
            export.filter(Tr.tr("export.filter.format", formatName(f.format())));
        }
        if (!f.text().isEmpty()) {
            export.filter(Tr.tr("export.filter.search", f.text()));
        }
        return export
                .column(Column.dateTime(Tr.tr("posts.col.when"), 16, (PostEntry e) -> e.post().publishedAt()))
                .column(Column.wrappedText(Tr.tr("posts.col.page"), 28, PostEntry::organizationName))
                .column(Column.text(Tr.tr("posts.col.network"), 13, (PostEntry e) -> networkName(e.networkCode())))
                .column(Column.text(Tr.tr("posts.col.format"), 13, (PostEntry e) -> formatName(e.post().format())))
                .column(Column.wrappedText(Tr.tr("posts.col.topic"), 36, (PostEntry e) -> e.post().topic()))
                .column(Column.hyperlink(Tr.tr("posts.col.link"), 34, (PostEntry e) -> e.post().url()))
                .column(Column.wrappedText(Tr.tr("posts.col.plan"), 24, PostEntry::planTopic));
    }

    public String municipality() {
        return municipality;
    }

    /** The filter as chosen. */
    PostFilter filter() {
        PageChoice p = filterPage.get();
        return new PostFilter(p == null ? null : p.page().id(), filterFrom.get(), filterTo.get(), filterFormat.get(),
                filterText.get());
    }

    public void reload() {
        read(false);
    }

    /** The same filter and order read again after a change made elsewhere: the table changes only where the log did. */
    private void refresh() {
        read(true);
    }

    private void read(boolean inPlace) {
        PostFilter f = filter();
        PostSort s = sort.get();
        executor.execute(BackgroundTask.of(p -> posts.count(f)).onSuccess(n -> {
            count.set(n);
            LazyRows.Source<PostEntry> source = (offset, limit) -> posts.slice(f, s, offset, limit);
            if (inPlace) {
                rows.refresh(n, source);
            } else {
                rows.reset(n, source);
            }
            found.set(n == 0 ? Tr.tr("posts.found.none")
                    : Tr.tr("posts.found", n, Tr.plural(n, Tr.tr("posts.one"), Tr.tr("posts.few"), Tr.tr("posts.many"))));
        }));
    }

    private void linkChanged(String text) {
        status.set("");
        unknownPage.set("");
        if (text == null || text.isBlank()) {
            parsed.set(null);
            linkError.set("");
            return;
        }
        PostLink.Result r = PostLink.parse(text);
        if (!r.isValid()) {
            parsed.set(null);
            linkError.set(r.error());
            return;
        }
        PostLink post = r.post();
        linkError.set("");
        parsed.set(post);
        // A post already in the log is said on paste, not after the whole form is filled (issue 16 item 7).
        String url = post.postUrl();
        executor.execute(BackgroundTask.of(p -> posts.duplicate(url)).onSuccess(d -> d.ifPresent(message -> {
            if (parsed.get() != null && url.equals(parsed.get().postUrl())) {
                linkError.set(message);
            }
        })));
        // By address, else by the number learned for a page (a VK wall link on a page kept by short name).
        Optional<PageChoice> page = listing.pageOf(post)
                .flatMap(found -> pageChoices.stream().filter(c -> c.page().id() == found.id()).findFirst());
        if (page.isPresent()) {
            entryPage.set(page.get());
        } else {
            entryPage.set(null);
            String address = post.page().map(PageAddress::address).orElse(networkName(post.networkCode()));
            // A link that names its page only by number is asked about once: the page chosen learns it.
            unknownPage.set(post.pageIsCandidate() && post.ownerId().isPresent()
                    ? Tr.tr("posts.unknownPage.pick", address.replaceFirst("^https://", ""))
                    : Tr.tr("posts.unknownPage", address));
        }
        if (entryDate.get() == null) {
            LocalDateTime now = LocalDateTime.now(clock);
            entryDate.set(now.toLocalDate());
            entryTime.set(String.format("%02d:%02d", now.getHour(), now.getMinute()));
        }
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        PostLink post = parsed.get();
        Post p = new Post(0, entryPage.get().page().id(), entryDate.get().atTime(parseTime(entryTime.get()).orElseThrow()),
                post.postUrl(), entryFormat.get(), entryTopic.get(), entryText.get());
        Page chosen = entryPage.get().page();
        executor.execute(BackgroundTask.of(t -> {
            // The clerk's answer: this is a post of the chosen page. Its number is remembered, or refused
            // naming the page that holds it, before the post is logged.
            pages.remember(post, chosen, ru.officialpages.domain.PageIdentity.Source.CLERK);
            return posts.add(p);
        }).onSuccess(saved -> {
            entryText.set("");
            link.set("");
            entryTopic.set("");
            entryPage.set(null);
            entryDate.set(null);
            entryTime.set("");
            status.set(Tr.tr("posts.added"));
            reload();
        }).onFailure(e -> {
            if (e instanceof DeskException de) {
                linkError.set(de.getMessage());
            } else {
                linkError.set(Tr.tr("error.unexpected"));
            }
        }));
    }

    /** Takes a post entered by mistake out of the log; {@link #undoDelete()} puts it back. */
    public void delete(PostEntry entry) {
        if (entry == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> posts.delete(entry.post().id())).onSuccess(d -> {
            lastDeleted.set(d);
            deletedText.set(Tr.tr("posts.deleted", ru.officialpages.i18n.RuFormat.dateTime(d.post().publishedAt()),
                    d.post().url()));
            status.set("");
            reload();
        }).onFailure(e -> status.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    /** Puts the post deleted last back, as it was. */
    public void undoDelete() {
        PostLog.Deletion d = lastDeleted.get();
        if (d == null) {
            return;
        }
        dismissUndo();
        executor.execute(BackgroundTask.of(p -> {
            posts.restore(d);
            return d;
        }).onSuccess(x -> {
            status.set(Tr.tr("posts.restored"));
            reload();
        }).onFailure(e -> status.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    /** The «Отменить» bar has been shown long enough. */
    public void dismissUndo() {
        lastDeleted.set(null);
        deletedText.set("");
    }

    public ReadOnlyObjectProperty<PostLog.Deletion> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deletedTextProperty() {
        return deletedText.getReadOnlyProperty();
    }

    /** The version of the post opened for correction (issue 19 item 7), read on the same thread as the save. */
    private volatile long editedId = -1;
    private volatile java.util.OptionalLong editedVersion = java.util.OptionalLong.empty();

    /**
     * Notes the post's version as its correction dialog opens, so a save over another user's change
     * made meanwhile is refused instead of written over it.
     */
    public void beginEdit(long postId) {
        executor.execute(BackgroundTask.of(p -> {
            editedVersion = posts.version(postId);
            editedId = postId;
            return postId;
        }));
    }

    /**
     * Saves a logged post as corrected (page, date and time, format, topic): the log, the norms, Сегодня
     * and the reports follow at once (the desk announces it). A refusal is said in the status line.
     */
    public void saveEdit(Post corrected) {
        executor.execute(BackgroundTask.of(p -> posts.update(corrected,
                corrected.id() == editedId ? editedVersion : java.util.OptionalLong.empty())).onSuccess(saved -> {
            status.set(Tr.tr("posts.edited", ru.officialpages.i18n.RuFormat.dateTime(saved.publishedAt())));
            reload();
        }).onFailure(e -> status.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    /** Reads a logged post's text (kept out of the table's rows) and hands it to {@code show}. */
    public void loadText(PostEntry entry, java.util.function.Consumer<String> show) {
        executor.execute(BackgroundTask.of(p -> posts.text(entry.post().id())).onSuccess(show));
    }

    /** Keeps a logged post's text; the log's search finds its words from now on. */
    public void saveText(PostEntry entry, String text) {
        executor.execute(BackgroundTask.of(p -> {
            posts.updateText(entry.post().id(), text);
            return text;
        }).onSuccess(t -> {
            status.set(t.isBlank() ? Tr.tr("posts.text.removed") : Tr.tr("posts.text.saved"));
            reload();
        }));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads a file of posts; nothing is written until {@link #applyImport} with a clean preview. */
    public void previewImport(java.nio.file.Path file, java.util.function.Consumer<ru.officialpages.imports.PostImport.Preview> show) {
        executor.execute(BackgroundTask.of(p -> imports.posts().preview(file))
                .onSuccess(show));
    }

    public void applyImport(ru.officialpages.imports.PostImport.Preview preview) {
        if (!preview.canApply()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> imports.posts().apply(preview)).onSuccess(n -> {
            status.set(Tr.tr("posts.import.done", n));
            reload();
        }));
    }

    /** Open plan items of the post's page within two weeks of it: what it may be tied to. */
    public void planCandidates(PostEntry entry, java.util.function.Consumer<List<ru.officialpages.domain.PlanItem>> show) {
        executor.execute(BackgroundTask.of(p -> posts.openPlanItemsNear(entry.post().pageId(), entry.post().publishedAt().toLocalDate(), 14))
                .onSuccess(show));
    }

    /** Ties a logged post to the plan item it fulfils; the item becomes published. */
    public void attach(PostEntry entry, ru.officialpages.domain.PlanItem item) {
        executor.execute(BackgroundTask.of(p -> {
            posts.attachToPlan(entry.post().id(), item.id());
            return item;
        }).onSuccess(i -> {
            status.set(Tr.tr("posts.attached", i.topic()));
            reload();
        }));
    }

    /** A preview row as the dialog lists it. */
    public String describe(ru.officialpages.imports.PostImport.Line l) {
        String page = pageChoices.stream().filter(c -> c.page().id() == l.post().pageId()).map(PageChoice::label)
                .findFirst().orElse("");
        return Tr.tr("posts.import.row", l.line(), l.post().url(), page);
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

    public String formatName(PostFormat f) {
        return Tr.tr("format." + f.name());
    }

    public ObservableList<PageChoice> pageChoices() {
        return pageChoices;
    }

    public LazyRows<PostEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkErrorProperty() {
        return linkError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unknownPageProperty() {
        return unknownPage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PostLink> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }
}
