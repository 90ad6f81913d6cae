package ru.officialpages.ui.pages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.domain.Settings;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.PageImport;
import ru.officialpages.imports.PageImportPreview;
import ru.officialpages.report.RegistryXlsx;
import ru.officialpages.rules.Checklist;
import ru.officialpages.rules.ChecklistLine;
import ru.officialpages.rules.PageAddress;
import ru.officialpages.rules.PageRules;
import ru.officialpages.rules.Quarter;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * The registry of pages: the filtered table, the card of the chosen page (address history,
 * people, checklist) and the forms to add, move and delete a page. Database work runs on the
 * executor; "today" comes from the passed-in supplier.
 */
public final class PagesViewModel {
    /** The status filter's choices. */
    public enum StatusFilter { ALL, ACTIVE, DELETED }

    private final PageDirectory pages;
    private final Office office;
    private final ru.officialpages.desk.Imports imports;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;

    private final ObservableList<PageRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PageRow> visible = new FilteredList<>(rows);
    final ObservableList<Organization> organizationList = FXCollections.observableArrayList();
    final ObservableList<Network> networkList = FXCollections.observableArrayList();
    final ObjectProperty<Organization> organizationFilter = new SimpleObjectProperty<>();
    final ObjectProperty<Network> networkFilter = new SimpleObjectProperty<>();
    final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);

    // The chosen page's card.
    final ObjectProperty<PageRow> selected = new SimpleObjectProperty<>();
    final ObservableList<AddressPeriod> history = FXCollections.observableArrayList();
    final ObservableList<ResponsiblePerson> people = FXCollections.observableArrayList();
    final ObservableList<ChecklistLine> checklist = FXCollections.observableArrayList();
    final StringProperty accessWarning = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");

    // The "new page" form.
    final BooleanProperty adding = new SimpleBooleanProperty(false);
    final ObjectProperty<Organization> newOrganization = new SimpleObjectProperty<>();
    final StringProperty newAddress = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> newCreated = new SimpleObjectProperty<>();
    final StringProperty newNorm = new SimpleStringProperty("");
    final StringProperty newOrganizationError = new SimpleStringProperty("");
    final StringProperty newAddressError = new SimpleStringProperty("");
    final StringProperty newCreatedError = new SimpleStringProperty("");
    final StringProperty newNormError = new SimpleStringProperty("");
    final StringProperty recognised = new SimpleStringProperty("");
    final StringProperty normHint = new SimpleStringProperty("");
    private final BooleanBinding canAdd;

    // Changing the address.
    final StringProperty changeAddress = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> changeDate = new SimpleObjectProperty<>();
    final StringProperty changeError = new SimpleStringProperty("");
    /** The page's number in its network (issue 16): shown and editable in the card. */
    final StringProperty identity = new SimpleStringProperty("");
    final StringProperty identityError = new SimpleStringProperty("");
    private List<ru.officialpages.domain.PageIdentity> identities = List.of();
    private final BooleanBinding canChange;

    // Deleting.
    final BooleanProperty confirmingDelete = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDate> deleteDate = new SimpleObjectProperty<>();
    final StringProperty deleteError = new SimpleStringProperty("");
    private final BooleanBinding canDelete;

    // Editing the organization and the norm of the chosen page.
    final ObjectProperty<Organization> editOrganization = new SimpleObjectProperty<>();
    final StringProperty editNorm = new SimpleStringProperty("");
    final StringProperty editError = new SimpleStringProperty("");

    // A new person.
    final StringProperty personName = new SimpleStringProperty("");
    final StringProperty personPosition = new SimpleStringProperty("");
    final StringProperty personPhone = new SimpleStringProperty("");
    final StringProperty personEmail = new SimpleStringProperty("");
    final BooleanProperty personResponsible = new SimpleBooleanProperty(true);
    final BooleanProperty personAccess = new SimpleBooleanProperty(true);
    final StringProperty personError = new SimpleStringProperty("");

    private List<Page> allPages = List.of();
    private Settings currentSettings = Settings.initial();
    private WorkingTime workingTime;
    private Map<Long, Map<ChecklistItem, ChecklistMark>> marks = Map.of();

    public PagesViewModel(Desks desks, TaskExecutor executor, DialogService dialogs, Supplier<LocalDate> today) {
        this.pages = desks.pages();
        this.office = desks.office();
        this.imports = desks.imports();
        this.executor = executor;
        this.dialogs = dialogs;
        this.today = today;
        for (var p : List.of(organizationFilter, networkFilter, statusFilter)) {
            p.addListener((o, was, now) -> refilter());
        }
        search.addListener((o, was, now) -> refilter());
        newOrganization.addListener((o, was, now) -> checkNew());
        newAddress.addListener((o, was, now) -> checkNew());
        newCreated.addListener((o, was, now) -> checkNew());
        newNorm.addListener((o, was, now) -> checkNew());
        canAdd = Bindings.createBooleanBinding(() -> adding.get() && newOrganizationError.get().isEmpty()
                        && newAddressError.get().isEmpty() && newCreatedError.get().isEmpty()
                        && newNormError.get().isEmpty() && newOrganization.get() != null
                        && !newAddress.get().isBlank() && newCreated.get() != null,
                adding, newOrganizationError, newAddressError, newCreatedError, newNormError, newOrganization,
                newAddress, newCreated);
        changeAddress.addListener((o, was, now) -> checkChange());
        changeDate.addListener((o, was, now) -> checkChange());
        canChange = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().deleted()
                        && changeError.get().isEmpty() && !changeAddress.get().isBlank() && changeDate.get() != null,
                selected, changeError, changeAddress, changeDate);
        deleteDate.addListener((o, was, now) -> checkDelete());
        canDelete = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().deleted()
                && deleteDate.get() != null && deleteError.get().isEmpty(), selected, deleteDate, deleteError);
        selected.addListener((o, was, now) -> openCard(now));
        // Pages registered by an import, organisations renamed in Настройки, norms changed there.
        onChange = what -> load();
        desks.changes().subscribe(java.util.EnumSet.of(Change.PAGES, Change.SETTINGS), executor::onUiThread, onChange);
    }

    /** Loads everything the screen shows; {@code then} runs on the UI thread after. */
    public void load() {
        load(null);
    }

    private void load(Long select) {
        executor.execute(BackgroundTask.of(p -> new Loaded(pages.pages(), pages.organizations(), pages.networks(),
                pages.checklistMarks(), office.settings(), office.workingTime(), pages.identities())).onSuccess(l -> {
                    allPages = l.pages();
                    identities = l.identities();
                    currentSettings = l.settings();
                    workingTime = l.time();
                    marks = l.marks();
                    organizationList.setAll(l.organizations());
                    networkList.setAll(l.networks());
                    rows.setAll(buildRows());
                    loaded.set(true);
                    Long id = select != null ? select : selected.get() == null ? null : selected.get().page().id();
                    selected.set(id == null ? null
                            : rows.stream().filter(r -> r.page().id() == id).findFirst().orElse(null));
                    checkNew();
                }));
    }

    private record Loaded(List<Page> pages, List<Organization> organizations, List<Network> networks,
                          Map<Long, Map<ChecklistItem, ChecklistMark>> marks, Settings settings, WorkingTime time,
                          List<ru.officialpages.domain.PageIdentity> identities) {
    }

    private List<PageRow> buildRows() {
        Map<Long, Organization> orgs = new HashMap<>();
        organizationList.forEach(o -> orgs.put(o.id(), o));
        List<PageRow> list = new ArrayList<>();
        for (Page p : allPages) {
            Organization o = orgs.get(p.organizationId());
            int norm = p.weeklyNorm() != null ? p.weeklyNorm()
                    : o == null ? 0 : currentSettings.norms().forKind(o.kind());
            list.add(new PageRow(p, o == null ? "" : o.name(), networkName(p.networkCode()), norm,
                    checklistOf(p)));
        }
        list.sort((a, b) -> a.organization().compareToIgnoreCase(b.organization()));
        return list;
    }

    private Checklist checklistOf(Page p) {
        return Checklist.of(p, marks.getOrDefault(p.id(), Map.of()), workingTime,
                currentSettings.coordinatorNoticeDays(), today.get());
    }

    String networkName(String code) {
        return networkList.stream().filter(n -> n.code().equals(code)).map(Network::name).findFirst().orElse(code);
    }

    private void refilter() {
        Organization org = organizationFilter.get();
        Network net = networkFilter.get();
        StatusFilter st = statusFilter.get();
        String text = search.get();
        visible.setPredicate(r -> (org == null || r.page().organizationId() == org.id())
                && (net == null || r.page().networkCode().equals(net.code()))
                && (st == null || st == StatusFilter.ALL || (st == StatusFilter.DELETED) == r.deleted())
                && r.matches(text));
    }

    /** The chosen page's version as its card was read (issue 19 item 7): an edit is made on it. */
    private java.util.OptionalLong openedVersion = java.util.OptionalLong.empty();
    /** Said once the card of a page another user changed meanwhile has been read again. */
    private String reloadedNotice = "";

    private void openCard(PageRow row) {
        openedVersion = java.util.OptionalLong.empty();
        history.clear();
        people.clear();
        checklist.clear();
        accessWarning.set("");
        confirmingDelete.set(false);
        changeAddress.set("");
        changeDate.set(null);
        changeError.set("");
        deleteDate.set(null);
        if (row == null) {
            return;
        }
        adding.set(false);
        editOrganization.set(organizationList.stream().filter(o -> o.id() == row.page().organizationId())
                .findFirst().orElse(null));
        editNorm.set(row.page().weeklyNorm() == null ? "" : String.valueOf(row.page().weeklyNorm()));
        editError.set(reloadedNotice);
        reloadedNotice = "";
        identity.set(PageDirectory.identityText(row.page(), identities));
        identityError.set("");
        checklist.setAll(row.checklist().lines());
        long id = row.page().id();
        executor.execute(BackgroundTask.of(p -> Card.read(pages, id)).onSuccess(c -> {
            if (selected.get() != null && selected.get().page().id() == id) {
                openedVersion = c.version();
                history.setAll(c.history());
                people.setAll(c.people());
                accessWarning.set(PageRules.accessWarning(c.people()).orElse(""));
                // The marks as read with the version: a mark is made on what the card shows.
                Map<Long, Map<ChecklistItem, ChecklistMark>> all = new HashMap<>(marks);
                all.put(id, c.marks());
                marks = all;
                checklist.setAll(checklistOf(selected.get().page()).lines());
            }
        }));
    }

    /** What the card reads besides its row; the page's version covers the people and the marks (issue 19 item 7). */
    private record Card(java.util.OptionalLong version, List<AddressPeriod> history, List<ResponsiblePerson> people,
            Map<ChecklistItem, ChecklistMark> marks) {
        /** The version first, so it is never newer than what the card shows. */
        static Card read(PageDirectory pages, long id) {
            java.util.OptionalLong version = pages.version(id);
            return new Card(version, pages.addresses(id), pages.people(id), pages.marks(id));
        }
    }

    // ---- adding ----

    public void startNew() {
        selected.set(null);
        adding.set(true);
        newOrganization.set(organizationFilter.get());
        newAddress.set("");
        newCreated.set(today.get());
        newNorm.set("");
        status.set("");
        checkNew();
    }

    public void cancelNew() {
        adding.set(false);
    }

    private void checkNew() {
        Organization org = newOrganization.get();
        String addressText = newAddress.get();
        PageAddress parsed = null;
        if (addressText.isBlank()) {
            newAddressError.set("");
            recognised.set("");
        } else {
            PageAddress.Result r = PageAddress.parse(addressText);
            newAddressError.set(r.isValid() ? "" : r.error());
            parsed = r.isValid() ? r.page() : null;
            recognised.set(parsed == null ? "" : Tr.tr("pages.add.recognised", networkName(parsed.networkCode()),
                    parsed.address()));
        }
        newCreatedError.set(newCreated.get() == null ? Tr.tr("pages.error.noDate")
                : newCreated.get().isAfter(today.get()) ? Tr.tr("pages.error.future") : "");
        normHint.set(org == null ? "" : Tr.tr("pages.add.normPreset", currentSettings.norms().forKind(org.kind())));
        String n = newNorm.get().strip();
        newNormError.set(n.isEmpty() || n.matches("\\d{1,2}") ? "" : Tr.tr("pages.error.norm"));
        newOrganizationError.set("");
        if (org != null && parsed != null && newCreated.get() != null) {
            Optional<Page> twin = PageRules.existingInNetwork(allPages, 0, org.id(), parsed.networkCode(),
                    newCreated.get(), null);
            twin.ifPresent(p -> newOrganizationError.set(PageRules.refusal(org.name(),
                    networkName(p.networkCode()), p)));
        }
    }

    public void add() {
        checkNew();
        if (!canAdd.get()) {
            return;
        }
        PageAddress a = PageAddress.parse(newAddress.get()).orElseThrow();
        String n = newNorm.get().strip();
        Page page = new Page(0, newOrganization.get().id(), a.networkCode(), a.address(), newCreated.get(), null,
                n.isEmpty() ? null : Integer.valueOf(n));
        executor.execute(BackgroundTask.of(p -> pages.add(page)).onSuccess(saved -> {
            adding.set(false);
            status.set(Tr.tr("pages.added", saved.address()));
            load(saved.id());
        }).onFailure(e -> {
            if (e instanceof DeskException) {
                newOrganizationError.set(e.getMessage());
            } else {
                dialogs.showError(e);
            }
        }));
    }

    // ---- editing ----

    /** Saves the chosen page's organization and norm (an empty norm: the preset of the kind). */
    public void saveEdit() {
        PageRow row = selected.get();
        if (row == null || editOrganization.get() == null) {
            return;
        }
        String n = editNorm.get().strip();
        if (!n.isEmpty() && !n.matches("\\d{1,2}")) {
            editError.set(Tr.tr("pages.error.norm"));
            return;
        }
        Page p = row.page();
        Page edited = new Page(p.id(), editOrganization.get().id(), p.networkCode(), p.address(), p.createdOn(),
                p.deletedOn(), n.isEmpty() ? null : Integer.valueOf(n));
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(t -> pages.update(edited, opened)).onSuccess(saved -> {
            tookNextVersion(opened);
            editError.set("");
            status.set(Tr.tr("pages.edited", saved.address()));
            load(saved.id());
        }).onFailure(e -> refused(e, p.id(), editError)));
    }

    /** An edit made on {@code opened} took the next version; a card read again reads it anew. */
    private void tookNextVersion(java.util.OptionalLong opened) {
        openedVersion = opened.isPresent() ? java.util.OptionalLong.of(opened.getAsLong() + 1) : openedVersion;
    }

    /** Says an edit's refusal in {@code error}; a page another user changed meanwhile is read again. */
    private void refused(Throwable e, long pageId, StringProperty error) {
        if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
            // Another user changed the page since its card was read: read it again and say so (nothing was written).
            // The card is opened afresh (its version too) even when the row reads the same as before.
            selected.set(null);
            reloadedNotice = ru.officialpages.desk.Refusals.russian(e);
            error.set(reloadedNotice);
            load(pageId);
        } else {
            error.set(ru.officialpages.desk.Refusals.russian(e));
        }
    }

    // ---- changing the address ----

    private void checkChange() {
        PageRow row = selected.get();
        changeError.set("");
        if (row == null || changeAddress.get().isBlank()) {
            return;
        }
        PageAddress.Result r = PageAddress.parse(changeAddress.get());
        if (!r.isValid()) {
            changeError.set(r.error());
        } else if (!r.page().networkCode().equals(row.page().networkCode())) {
            changeError.set(Tr.tr("pages.change.otherNetwork", networkName(r.page().networkCode()), row.network()));
        } else if (r.page().address().equals(row.page().address())) {
            changeError.set(Tr.tr("pages.error.sameAddress"));
        } else if (changeDate.get() == null) {
            changeError.set(Tr.tr("pages.error.noDate"));
        } else if (!history.isEmpty() && !changeDate.get().isAfter(history.get(history.size() - 1).validFrom())) {
            changeError.set(Tr.tr("pages.error.changeBefore",
                    PageRow.DATE.format(history.get(history.size() - 1).validFrom())));
        }
    }

    /** Keeps the number typed in the card (an empty field forgets it); refusals next to the field. */
    public void saveIdentity() {
        PageRow row = selected.get();
        if (row == null) {
            return;
        }
        String text = identity.get();
        identityError.set("");
        executor.execute(BackgroundTask.of(p -> {
            pages.setIdentity(row.page(), text);
            return text;
        }).onSuccess(t -> status.set(t.isBlank() ? Tr.tr("pages.identity.forgotten") : Tr.tr("pages.identity.saved", t)))
                .onFailure(e -> identityError.set(ru.officialpages.desk.Refusals.russian(e))));
    }

    public void applyChange() {
        checkChange();
        if (!canChange.get()) {
            return;
        }
        long id = selected.get().page().id();
        String address = PageAddress.parse(changeAddress.get()).orElseThrow().address();
        LocalDate on = changeDate.get();
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> pages.changeAddress(id, address, on, opened)).onSuccess(saved -> {
            tookNextVersion(opened);
            status.set(Tr.tr("pages.changed", saved.address()));
            load(id);
        }).onFailure(e -> refused(e, id, changeError)));
    }

    // ---- deleting ----

    public void askDelete() {
        if (selected.get() != null && !selected.get().deleted()) {
            deleteDate.set(today.get());
            confirmingDelete.set(true);
            checkDelete();
        }
    }

    public void cancelDelete() {
        confirmingDelete.set(false);
    }

    private void checkDelete() {
        PageRow row = selected.get();
        deleteError.set(row == null || deleteDate.get() == null ? Tr.tr("pages.error.noDate")
                : deleteDate.get().isBefore(row.page().createdOn())
                ? Tr.tr("pages.error.deleteBeforeCreated", row.created()) : "");
    }

    public void confirmDelete() {
        if (!canDelete.get()) {
            return;
        }
        long id = selected.get().page().id();
        LocalDate on = deleteDate.get();
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> pages.delete(id, on, opened)).onSuccess(saved -> {
            tookNextVersion(opened);
            confirmingDelete.set(false);
            status.set(Tr.tr("pages.deleted", saved.address(), PageRow.DATE.format(on)));
            load(id);
        }).onFailure(e -> refused(e, id, deleteError)));
    }

    // ---- people ----

    public void addPerson() {
        if (selected.get() == null) {
            return;
        }
        if (personName.get().isBlank()) {
            personError.set(Tr.tr("pages.people.error.name"));
            return;
        }
        String email = personEmail.get().strip();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            personError.set(Tr.tr("pages.people.error.email"));
            return;
        }
        personError.set("");
        List<ResponsiblePerson> list = new ArrayList<>(people);
        list.add(new ResponsiblePerson(personName.get(), personPosition.get(), personPhone.get(), email,
                personResponsible.get(), personAccess.get()));
        // The form is emptied once the person is saved: refused, what was typed is still there to add again.
        savePeople(list, () -> {
            personName.set("");
            personPosition.set("");
            personPhone.set("");
            personEmail.set("");
        });
    }

    public void removePerson(ResponsiblePerson person) {
        List<ResponsiblePerson> list = new ArrayList<>(people);
        list.remove(person);
        savePeople(list, () -> { });
    }

    private void savePeople(List<ResponsiblePerson> list, Runnable saved) {
        long id = selected.get().page().id();
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> {
            pages.savePeople(id, list, opened);
            return pages.people(id);
        }).onSuccess(now -> {
            tookNextVersion(opened);
            people.setAll(now);
            accessWarning.set(PageRules.accessWarning(now).orElse(""));
            saved.run();
        }).onFailure(e -> refused(e, id, personError)));
    }

    // ---- checklist ----

    /** Saves one item's mark; a done item without a date gets today's. */
    public void mark(ChecklistItem item, CheckState state, LocalDate date, String note) {
        PageRow row = selected.get();
        if (row == null) {
            return;
        }
        LocalDate day = state == CheckState.DONE && date == null ? today.get() : date;
        ChecklistMark mark = new ChecklistMark(item, state, day, note);
        long id = row.page().id();
        java.util.OptionalLong opened = openedVersion;
        executor.execute(BackgroundTask.of(p -> {
            pages.saveMark(id, mark, opened);
            return null;
        }).onFailure(e -> refused(e, id, editError)).onSuccess(v -> {
            tookNextVersion(opened);
            Map<ChecklistItem, ChecklistMark> m = new EnumMap<>(ChecklistItem.class);
            m.putAll(marks.getOrDefault(id, Map.of()));
            m.put(item, mark);
            Map<Long, Map<ChecklistItem, ChecklistMark>> all = new HashMap<>(marks);
            all.put(id, m);
            marks = all;
            int index = rows.indexOf(row);
            PageRow updated = new PageRow(row.page(), row.organization(), row.network(), row.norm(),
                    checklistOf(row.page()));
            if (index >= 0) {
                rows.set(index, updated);
            }
            selected.set(updated);
        }));
    }

    // ---- files ----

    /** The import's preview, read off the UI thread. */
    public void previewImport(Path file, java.util.function.Consumer<PageImportPreview> show) {
        executor.execute(BackgroundTask.of(p -> imports.pages().preview(file)).onSuccess(show));
    }

    public void applyImport(PageImportPreview preview) {
        if (!preview.canApply()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> imports.pages().apply(preview)).onSuccess(created -> {
            status.set(Tr.tr("pages.imported", preview.pages().size(), created));
            load(null);
        }));
    }

    public void saveTemplate(Path file) {
        executor.execute(BackgroundTask.of(p -> {
            new RegistryXlsx(networkNames()).writeTemplate(file);
            return null;
        }).onSuccess(v -> status.set(Tr.tr("pages.template.saved", file.getFileName()))));
    }

    public void exportRegistry(Quarter quarter, boolean internal, Path file) {
        executor.execute(BackgroundTask.of(p -> {
            List<RegistryEntry> entries = pages.registry(quarter.lastDay());
            RegistryXlsx x = new RegistryXlsx(networkNames());
            String municipality = office.settings().municipality();
            if (internal) {
                x.writeInternal(file, municipality, quarter, entries);
            } else {
                x.writePublic(file, municipality, quarter, entries);
            }
            return entries.size();
        }).onSuccess(n -> status.set(Tr.tr("pages.export.saved", quarter.russian(), n, file.getFileName()))));
    }

    /**
     * What is known of the quarter's registry on the website (novoaltaysk-608 §3.5: by the 25th of the month after
     * it): the mark, if made, to {@code shown} — read off the UI thread.
     */
    public void registryPlacement(Quarter quarter, java.util.function.Consumer<java.util.Optional<ru.officialpages.domain.RegistryPlacement>> shown) {
        executor.execute(BackgroundTask.of(p -> pages.registryPlacement(quarter)).onSuccess(shown::accept));
    }

    /** «Реестр на сайте…»: the quarter's registry placed on {@code day} (with its link, or empty); {@code done} after. */
    public void markRegistryPlaced(Quarter quarter, LocalDate day, String url, Runnable done,
            java.util.function.Consumer<String> refused) {
        executor.execute(BackgroundTask.of(p -> {
            pages.markRegistryPlaced(quarter, day, url, today.get(), java.time.LocalDateTime.now());
            return null;
        }).onSuccess(v -> {
            status.set(Tr.tr("pages.placement.saved", quarter.russian(), ru.officialpages.i18n.RuFormat.date(day)));
            done.run();
        }).onFailure(e -> refused.accept(e instanceof ru.officialpages.desk.DeskException ? e.getMessage()
                : Tr.tr("error.unexpected"))));
    }

    /** Takes a mistaken mark back. */
    public void unmarkRegistryPlaced(Quarter quarter, Runnable done) {
        executor.execute(BackgroundTask.of(p -> pages.unmarkRegistryPlaced(quarter)).onSuccess(had -> {
            status.set(Tr.tr("pages.placement.removed", quarter.russian()));
            done.run();
        }));
    }

    private Map<String, String> networkNames() {
        Map<String, String> m = new HashMap<>();
        pages.networks().forEach(n -> m.put(n.code(), n.name()));
        return m;
    }

    public Quarter lastQuarter() {
        return Quarter.of(today.get()).previous();
    }

    public LocalDate today() {
        return today.get();
    }

    /**
     * The pages as the table shows them now, filtered and in {@code order} (the table's sort;
     * null keeps the registry's order), for «Экспорт в Excel» and «Печать».
     */
    public ru.officialpages.report.TableExport<PageRow> tableExport(java.util.Comparator<PageRow> order) {
        List<PageRow> shown = new java.util.ArrayList<>(visible);
        if (order != null) {
            shown.sort(order);
        }
        ru.officialpages.report.TableExport<PageRow> export = ru.officialpages.report.TableExport
                .<PageRow>of(Tr.tr("pages.export.table.title"), use -> use.accept(shown.stream()))
                .expectedRows(shown.size());
        if (organizationFilter.get() != null) {
            export.filter(Tr.tr("export.filter.organization", organizationFilter.get().name()));
        }
        if (networkFilter.get() != null) {
            export.filter(Tr.tr("export.filter.network", networkFilter.get().name()));
        }
        if (statusFilter.get() != null && statusFilter.get() != StatusFilter.ALL) {
            export.filter(Tr.tr("export.filter.status", Tr.tr("pages.filter.status." + statusFilter.get().name())));
        }
        if (!search.get().isBlank()) {
            export.filter(Tr.tr("export.filter.search", search.get().strip()));
        }
        return export
                .column(ru.officialpages.report.Column.wrappedText(Tr.tr("pages.column.organization"), 34, PageRow::organization))
                .column(ru.officialpages.report.Column.text(Tr.tr("pages.column.network"), 13, PageRow::network))
                .column(ru.officialpages.report.Column.hyperlink(Tr.tr("pages.column.address"), 34,
                        (PageRow r) -> r.page().address()))
                .column(ru.officialpages.report.Column.date(Tr.tr("pages.column.created"), 12,
                        (PageRow r) -> r.page().createdOn()))
                .column(ru.officialpages.report.Column.integer(Tr.tr("pages.column.norm"), 11, PageRow::norm))
                .column(ru.officialpages.report.Column.text(Tr.tr("pages.column.checklist"), 12, PageRow::progress))
                .column(ru.officialpages.report.Column.text(Tr.tr("pages.column.status"), 20, PageRow::status));
    }

    public String municipality() {
        return currentSettings.municipality();
    }

    public LocalDate todayDate() {
        return today.get();
    }

    // ---- for the view ----

    public ObservableList<PageRow> visible() {
        return visible;
    }

    public ObservableList<PageRow> rows() {
        return rows;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canChangeProperty() {
        return canChange;
    }

    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    static String itemName(ChecklistItem item) {
        return Tr.tr("pages.check." + item.name());
    }

    static String stateName(CheckState state) {
        return Tr.tr("pages.state." + state.name());
    }
}
