package ru.officialpages.ui.moderation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.Office;
import ru.officialpages.desk.PageDirectory;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * Модерация: one view model per sub-screen — the records ({@link RecordsViewModel}), the record
 * form ({@link RecordFormViewModel}), the blacklist ({@link BlacklistViewModel}), the daily round
 * ({@link RoundViewModel}) and the new comments read from the pages ({@link NewCommentsViewModel})
 * — over what they share ({@link ModerationContext}). This class reads the registry, tells each
 * sub-screen, and ties what one does to what the others show.
 */
public final class ModerationViewModel {
    private final PageDirectory directory;
    private final Office office;
    private final TaskExecutor executor;
    private final ModerationContext context;
    private final RecordsViewModel records;
    private final RecordFormViewModel form;
    private final BlacklistViewModel blacklist;
    private final RoundViewModel round;
    private final NewCommentsViewModel newComments;
    /** Held here: {@link Changes} holds its listeners weakly, so a closed screen stops listening. */
    private final Changes.Listener onChange;

    public ModerationViewModel(Desks desks, TaskExecutor executor, Clock clock) {
        this.directory = desks.pages();
        this.office = desks.office();
        this.executor = executor;
        this.context = new ModerationContext(clock);
        // The form's author warning follows the blacklist; the blacklist follows the records.
        this.blacklist = new BlacklistViewModel(desks.moderation(), executor, context, this::afterTakeOff);
        this.form = new RecordFormViewModel(desks.moderation(), executor, context, this::afterRecordWrite);
        this.records = new RecordsViewModel(desks.moderation(), desks.imports(), executor, context, id -> {
            form.forget(id);
            blacklist.reload();
        }, blacklist::reload);
        this.round = new RoundViewModel(desks.moderation(), office, executor, context);
        this.newComments = new NewCommentsViewModel(desks.moderation(), executor, context, () -> {
            afterRecordWrite();
            round.reload();
        });
        // A new page reaches the pickers and the round; records imported elsewhere the list; comments
        // kept by a sync (announced as a moderation change) the new comments.
        onChange = what -> read(true);
        desks.changes().subscribe(EnumSet.of(Change.PAGES, Change.MODERATION, Change.SETTINGS), executor::onUiThread, onChange);
    }

    private void afterRecordWrite() {
        records.reload();
        blacklist.reload();
    }

    private void afterTakeOff() {
        form.lookUpAuthor();
    }

    /** Reads the registry and the preset, then every sub-screen. */
    public void load() {
        read(false);
    }

    /**
     * {@code inPlace}: after a change made elsewhere (a sync keeps comments every few seconds) the records
     * list changes only where the records did, keeping its scroll and the record chosen.
     */
    private void read(boolean inPlace) {
        executor.execute(BackgroundTask.of(p -> ModerationContext.Registry.read(directory, office)).onSuccess(r -> {
            context.apply(r);
            round.pagesLoaded();
            form.pagesLoaded();
            if (inPlace) {
                records.refresh();
            } else {
                records.reload();
            }
            blacklist.reload();
            round.reload();
            newComments.reload();
        }));
    }

    LocalDate today() {
        return context.today();
    }

    public ModerationContext context() {
        return context;
    }

    public RecordsViewModel records() {
        return records;
    }

    public RecordFormViewModel form() {
        return form;
    }

    public BlacklistViewModel blacklist() {
        return blacklist;
    }

    public RoundViewModel round() {
        return round;
    }

    public NewCommentsViewModel newComments() {
        return newComments;
    }

    public String municipality() {
        return context.municipality();
    }
}
