package ru.officialpages.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.OrganizationCheck;
import ru.officialpages.rules.OrganizationCheck.Field;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * The list of organizations and the card being edited. Nothing reaches the database while the
 * card has errors; archiving is undone by restoring, so nothing is ever deleted.
 */
public final class OrganizationsViewModel {
    /** Told after a change is saved, so other screens hear of it (the desks' change notice). */
    private Runnable changed = () -> { };

    private final PageDirectory directory;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObservableList<Organization> all = FXCollections.observableArrayList();
    private final FilteredList<Organization> visible = new FilteredList<>(all, o -> !o.archived());
    final BooleanProperty showArchived = new SimpleBooleanProperty(false);

    /** The card open in the editor as it was loaded; null when none is open. */
    private final ObjectProperty<Organization> editing = new SimpleObjectProperty<>();
    final ObjectProperty<OrganizationKind> kind = new SimpleObjectProperty<>(OrganizationKind.INSTITUTION);
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty postalAddress = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty phones = new SimpleStringProperty("");
    final StringProperty website = new SimpleStringProperty("");
    final BooleanProperty exempt = new SimpleBooleanProperty(false);
    final StringProperty exemptBasis = new SimpleStringProperty("");

    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final BooleanProperty hasErrors = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private boolean loadingCard;

    public OrganizationsViewModel(PageDirectory directory, TaskExecutor executor, DialogService dialogs) {
        this.directory = directory;
        this.executor = executor;
        this.dialogs = dialogs;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        showArchived.addListener((o, was, now) -> visible.setPredicate(org -> now || !org.archived()));
        List<ObservableValue<?>> fields = List.of(kind, name, postalAddress, email, phones, website, exempt, exemptBasis);
        for (ObservableValue<?> f : fields) {
            f.addListener((o, was, now) -> fieldChanged());
        }
        canSave = editing.isNotNull().and(hasErrors.not()).and(dirty);
    }

    public void load() {
        executor.execute(BackgroundTask.of(p -> listed()).onSuccess(this::show));
    }

    /**
     * The organisations' versions as they were read with the list (issue 19 item 7): a card is saved on the version
     * the user saw, so an organisation another user saved meanwhile is not written over.
     */
    private Map<Long, Long> versions = Map.of();

    private record Listed(List<Organization> all, Map<Long, Long> versions) {
    }

    /** The list with its versions, read first so they are never newer than the list. */
    private Listed listed() {
        Map<Long, Long> v = directory.organizationVersions();
        return new Listed(directory.organizations(), v);
    }

    private void show(Listed l) {
        versions = l.versions();
        all.setAll(l.all());
    }

    private java.util.OptionalLong opened(Organization o) {
        Long v = o.id() == 0 ? null : versions.get(o.id());
        return v == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
    }

    /** Says a refused save; an organisation another user changed meanwhile is read again and its card shown as it is now. */
    private void refused(Throwable e, long id) {
        if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
            executor.execute(BackgroundTask.of(p -> listed()).onSuccess(l -> {
                show(l);
                l.all().stream().filter(o -> o.id() == id).findFirst().ifPresent(this::open);
                status.set(ru.officialpages.desk.Refusals.russian(e));
            }));
        } else {
            status.set(ru.officialpages.desk.Refusals.russian(e));
        }
    }

    /** Opens an empty card; false if the user chose to keep unsaved changes of the open one. */
    public boolean startNew() {
        if (!mayDiscard()) {
            return false;
        }
        open(Organization.blank(OrganizationKind.INSTITUTION));
        return true;
    }

    /** Opens {@code o} for editing; false if the user chose to keep unsaved changes of the open one. */
    public boolean edit(Organization o) {
        if (o == null || (editing.get() != null && editing.get().id() == o.id() && o.id() != 0)) {
            return true;
        }
        if (!mayDiscard()) {
            return false;
        }
        open(o);
        return true;
    }

    private boolean mayDiscard() {
        return !dirty.get() || dialogs.confirm(Tr.tr("org.discard.title"), Tr.tr("org.discard.question"),
                Tr.tr("org.discard.yes"));
    }

    private void open(Organization o) {
        loadingCard = true;
        try {
            editing.set(o);
            kind.set(o.kind());
            name.set(o.name());
            postalAddress.set(o.postalAddress());
            email.set(o.email());
            phones.set(o.phones());
            website.set(o.website());
            exempt.set(o.exempt());
            exemptBasis.set(o.exemptBasis());
        } finally {
            loadingCard = false;
        }
        errors.values().forEach(e -> e.set(""));
        hasErrors.set(!OrganizationCheck.errors(card()).isEmpty());
        dirty.set(false);
        status.set("");
    }

    private void fieldChanged() {
        if (loadingCard || editing.get() == null) {
            return;
        }
        Organization card = card();
        dirty.set(!card.equals(editing.get()));
        showErrors(OrganizationCheck.errors(card));
        status.set("");
    }

    private void showErrors(Map<Field, String> found) {
        for (Field f : Field.values()) {
            errors.get(f).set(found.getOrDefault(f, ""));
        }
        hasErrors.set(!found.isEmpty());
    }

    /** The card as typed. */
    Organization card() {
        Organization base = editing.get();
        return new Organization(base == null ? 0 : base.id(), kind.get(), name.get(), postalAddress.get(), email.get(),
                phones.get(), website.get(), exempt.get(), exemptBasis.get(), base != null && base.archived());
    }

    public void save() {
        if (editing.get() == null) {
            return;
        }
        Organization card = card();
        Map<Field, String> found = OrganizationCheck.errors(card);
        if (!found.isEmpty()) {
            showErrors(found);
            return;
        }
        java.util.OptionalLong opened = opened(card);
        executor.execute(BackgroundTask.of(p -> {
            Organization saved = directory.saveOrganization(card, opened);
            return new Saved(saved, listed());
        }).onSuccess(s -> {
            show(s.listed());
            open(s.saved());
            status.set(Tr.tr("org.saved"));
            changed.run();
        }).onFailure(e -> refused(e, card.id())));
    }

    /** {@code r} runs after each change this screen saves. */
    public void onChanged(Runnable r) {
        changed = r;
    }

    public void cancel() {
        if (editing.get() != null && mayDiscard()) {
            open(editing.get());
        }
    }

    public void setArchived(Organization o, boolean archived) {
        if (o == null || o.id() == 0) {
            return;
        }
        java.util.OptionalLong opened = opened(o);
        executor.execute(BackgroundTask.of(p -> {
            Organization saved = directory.saveOrganization(o.withArchived(archived), opened);
            return new Saved(saved, listed());
        }).onSuccess(s -> {
            show(s.listed());
            if (editing.get() != null && editing.get().id() == o.id()) {
                open(s.saved());
            }
            status.set(Tr.tr(archived ? "org.archived" : "org.restored", o.name()));
            changed.run();
        }).onFailure(e -> refused(e, o.id())));
    }

    private record Saved(Organization saved, Listed listed) {
    }

    public ObservableList<Organization> visible() {
        return visible;
    }

    public ObservableList<Organization> all() {
        return all;
    }

    public ObjectProperty<Organization> editingProperty() {
        return editing;
    }

    public ReadOnlyStringProperty error(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    static String kindName(OrganizationKind k) {
        return Tr.tr("org.kind." + k.name());
    }

    /** The name as the list shows it: an archived one says so, since the row alone is only greyed. */
    static ObservableValue<String> listName(Organization o) {
        return new javafx.beans.property.ReadOnlyStringWrapper(
                o.archived() ? Tr.tr("org.name.archived", o.name()) : o.name());
    }
}
