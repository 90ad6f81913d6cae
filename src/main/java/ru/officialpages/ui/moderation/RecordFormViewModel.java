package ru.officialpages.ui.moderation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.rules.CommentReview;
import ru.officialpages.text.CommentHint;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Модерация → the record form: a new record or one opened from the list, with the grounds the
 * comment checks suggest (they only mark grounds; the user ticks them) and a warning when the
 * author is on the blacklist already.
 */
public final class RecordFormViewModel {
    private final ModerationDesk moderation;
    private final TaskExecutor executor;
    private final ModerationContext context;
    /** After a save: the list and the blacklist follow. */
    private final Runnable afterWrite;

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
    private boolean attempted;
    private int authorLookup;
    /** The record open in the form for a change; null while a new one is being written. */
    private final ReadOnlyObjectWrapper<ModerationRecord> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");

    RecordFormViewModel(ModerationDesk moderation, TaskExecutor executor, ModerationContext context, Runnable afterWrite) {
        this.moderation = moderation;
        this.executor = executor;
        this.context = context;
        this.afterWrite = afterWrite;
        for (DeletionGround g : DeletionGround.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((o, was, now) -> revalidate());
            chosen.put(g, on);
            suggested.put(g, new SimpleBooleanProperty(false));
        }
        text.addListener((o, was, now) -> suggest(now));
        authorName.addListener(o -> lookUpAuthor());
        authorLink.addListener(o -> lookUpAuthor());
        for (javafx.beans.Observable f : List.of(page, date, time, authorName, authorLink, action)) {
            f.addListener(o -> revalidate());
        }
        time.addListener((o, was, now) -> timeError.set(now.isBlank() || parseTime(now).isPresent() ? ""
                : Tr.tr("moderation.error.time")));
        newRecord();
    }

    /** The registry was read again: a settlement of one page has it chosen; suggestions follow the checks. */
    void pagesLoaded() {
        if (context.activeChoices().size() == 1 && page.get() == null) {
            page.set(context.activeChoices().get(0));
        }
        suggest(text.get());
    }

    /** Clears the form for a new record: today, now, no grounds. */
    public void newRecord() {
        LocalDateTime now = LocalDateTime.now(context.clock());
        attempted = false;
        editing.set(null);
        openedVersion = java.util.OptionalLong.empty();
        formTitle.set(Tr.tr("moderation.form.title"));
        if (context.activeChoices().size() != 1) {
            page.set(null);
        }
        date.set(now.toLocalDate());
        time.set(RuFormat.time(now));
        authorName.set("");
        authorLink.set("");
        text.set("");
        note.set("");
        action.set(ModerationAction.DELETED);
        chosen.values().forEach(b -> b.set(false));
        clearErrors();
    }

    /** A record was deleted: if it is the one in the form, the form starts a new one rather than save into nothing. */
    void forget(long recordId) {
        ModerationRecord open = editing.get();
        if (open != null && open.id() == recordId) {
            newRecord();
        }
    }

    /**
     * Puts a recorded comment in the form to be changed (issue 6: a record is corrected in place,
     * not deleted and typed again); {@link #save()} then updates it.
     */
    public void edit(ModerationEntry entry) {
        ModerationRecord r = entry.record();
        attempted = false;
        editing.set(r);
        openedVersion = java.util.OptionalLong.empty();
        executor.execute(BackgroundTask.of(p -> moderation.version(r.id())).onSuccess(v -> {
            if (editing.get() == r) {
                openedVersion = v;
            }
        }));
        formTitle.set(Tr.tr("moderation.form.editTitle", RuFormat.dateTime(r.noticedAt())));
        // A record on a page deleted since is still shown with its page, though new records cannot choose it.
        page.set(context.pageChoices().stream().filter(c -> c.page().id() == r.pageId()).findFirst().orElse(null));
        date.set(r.noticedAt().toLocalDate());
        time.set(RuFormat.time(r.noticedAt()));
        authorName.set(r.authorName());
        authorLink.set(r.authorLink());
        text.set(r.text());
        note.set(r.note());
        action.set(r.action());
        chosen.forEach((g, on) -> on.set(r.grounds().contains(g)));
        clearErrors();
    }

    /**
     * The version of the record in the form as it was opened (issue 19 item 7): a change is made on it, so one
     * another user saved meanwhile is not written over.
     */
    private java.util.OptionalLong openedVersion = java.util.OptionalLong.empty();

    private void clearErrors() {
        pageError.set("");
        authorError.set("");
        groundsError.set("");
    }

    private void suggest(String comment) {
        Set<DeletionGround> grounds = EnumSet.noneOf(DeletionGround.class);
        List<String> messages = new ArrayList<>();
        if (context.commentGrounds() != null && comment != null && !comment.isBlank()) {
            for (CommentHint h : context.commentGrounds().hints(comment)) {
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

    /** Says whether the author in the form is on the blacklist on the record's day. */
    void lookUpAuthor() {
        String name = authorName.get();
        String link = authorLink.get();
        int ticket = ++authorLookup;
        if (name.isBlank() && link.isBlank()) {
            authorWarning.set("");
            return;
        }
        LocalDate day = date.get() == null ? context.today() : date.get();
        executor.execute(BackgroundTask.of(p -> moderation.listed(name, link, day)).onSuccess(found -> {
            if (ticket != authorLookup) {
                return;
            }
            List<String> parts = new ArrayList<>();
            for (BlacklistListing l : found) {
                parts.add(Tr.tr(l.entry().restriction() == ModerationAction.BLACKLISTED ? "moderation.author.blacklisted"
                        : "moderation.author.restricted", RuFormat.date(l.entry().since()),
                        context.networkName(l.networkCode()), l.organizationName()));
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
        groundsError.set(a != null && CommentReview.needsGround(a) && chosenGrounds().isEmpty()
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
            context.say("");
            return;
        }
        LocalDateTime noticed = date.get().atTime(parseTime(time.get()).orElseThrow());
        ModerationRecord was = editing.get();
        if (was != null) {
            ModerationRecord changed = new ModerationRecord(was.id(), page.get().page().id(), noticed, authorName.get(),
                    authorLink.get(), text.get(), chosenGrounds(), action.get(), note.get(), was.recordedAt());
            java.util.OptionalLong opened = openedVersion;
            executor.execute(BackgroundTask.of(p -> {
                try {
                    return Optional.of(moderation.update(changed, opened));
                } catch (ru.officialpages.desk.DeskException e) {
                    if (ru.officialpages.desk.Refusals.isChangedMeanwhile(e)) {
                        return Optional.<ModerationDesk.Saved>empty();
                    }
                    throw e;
                }
            }).onSuccess(result -> {
                if (result.isEmpty()) {
                    // Another user changed the record meanwhile: nothing was written; the list is read again
                    // with theirs, to be opened afresh.
                    newRecord();
                    context.say(Tr.tr("record.changedMeanwhile"));
                    afterWrite.run();
                    return;
                }
                ModerationDesk.Saved saved = result.get();
                // The form stays on the record: the user sees what was saved and may close it.
                editing.set(saved.record());
                openedVersion = opened.isPresent() ? java.util.OptionalLong.of(opened.getAsLong() + 1) : opened;
                context.say(saved.entry() == null ? Tr.tr("moderation.changed")
                        : Tr.tr("moderation.changed.listed", saved.record().author()));
                afterWrite.run();
            }));
            return;
        }
        ModerationRecord r = new ModerationRecord(0, page.get().page().id(), noticed, authorName.get(), authorLink.get(),
                text.get(), chosenGrounds(), action.get(), note.get(), LocalDateTime.now(context.clock()));
        PageChoice samePage = page.get();
        executor.execute(BackgroundTask.of(p -> moderation.add(r)).onSuccess(saved -> {
            newRecord();
            // The next comment is usually on the same page: keep it chosen.
            page.set(samePage);
            context.say(saved.entry() == null ? Tr.tr("moderation.saved")
                    : Tr.tr("moderation.saved.listed", saved.record().author()));
            afterWrite.run();
        }));
    }

    /** "9:30" as well as "09:30": the clerk types the time as the platform shows it. */
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

    public BooleanProperty chosen(DeletionGround g) {
        return chosen.get(g);
    }

    public BooleanProperty suggested(DeletionGround g) {
        return suggested.get(g);
    }

    public ObservableList<String> hints() {
        return hints;
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

    /** The record being changed in the form; null for a new one. */
    public ReadOnlyObjectProperty<ModerationRecord> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }
}
