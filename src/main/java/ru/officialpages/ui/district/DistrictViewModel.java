package ru.officialpages.ui.district;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.desk.Change;
import ru.officialpages.desk.Changes;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.DistrictDesk;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.DistrictWeekXlsx;
import ru.officialpages.rules.IsoWeek;
import ru.officialpages.rules.RegistryDeadline;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * The «Район» screen without its controls (issue 19 item 6): the coordinator's week over the district — each
 * settlement's pages against their norms, moderation, messages, the quarterly registry's placement — read off the
 * UI thread, and the same workbook as {@code report district --week … --out}. Default: the current week.
 */
public final class DistrictViewModel {
    /** The district's sums over its settlements. */
    public record Totals(int settlements, int pages, int pagesMet, int moderation, int open, int late, int registryPages,
            int registryPlaced) {
    }

    private final DistrictDesk desk;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>();
    private final ObjectProperty<DistrictDesk.Week> shown = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    /** Kept in a field: the change notice holds its listeners weakly. */
    private final Changes.Listener onChange;
    private int generation;

    public DistrictViewModel(DistrictDesk desk, Changes changes, TaskExecutor executor, Clock clock) {
        this.desk = desk;
        this.executor = executor;
        this.clock = clock;
        week.set(IsoWeek.of(today()));
        // What this window changes elsewhere (the owner's window) is shown at once; other users' changes on
        // «Обновить» (F5) and when the window comes to the front again.
        onChange = what -> load();
        changes.subscribe(java.util.EnumSet.of(Change.PAGES, Change.POSTS, Change.MODERATION, Change.MESSAGES,
                Change.SETTINGS), executor::onUiThread, onChange);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads the chosen week again. */
    public void load() {
        int ticket = ++generation;
        LocalDate monday = week.get().monday();
        loading.set(true);
        executor.execute(BackgroundTask.of(p -> desk.week(monday)).onSuccess(w -> {
            if (ticket != generation) {
                return; // the user has moved on to another week meanwhile
            }
            loading.set(false);
            status.set("");
            shown.set(w);
        }).onFailure(e -> {
            if (ticket != generation) {
                return;
            }
            loading.set(false);
            status.set(e instanceof DeskException ? e.getMessage() : Tr.tr("error.unexpected"));
        }));
    }

    public void previousWeek() {
        weekOf(week.get().monday().minusWeeks(1));
    }

    public void nextWeek() {
        weekOf(week.get().monday().plusWeeks(1));
    }

    public void thisWeek() {
        weekOf(today());
    }

    /** The week of {@code day} (Monday to Sunday). */
    public void weekOf(LocalDate day) {
        IsoWeek w = IsoWeek.of(day);
        if (!w.equals(week.get()) || shown.get() == null) {
            week.set(w);
            load();
        }
    }

    /** The workbook of the week shown, as {@code report district --week … --out} writes it. */
    public void save(Path file) {
        DistrictDesk.Week w = shown.get();
        if (w == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> {
            desk.save(w, file);
            return file;
        }).onSuccess(f -> status.set(Tr.tr("district.screen.saved", f.getFileName())))
                .onFailure(e -> status.set(e instanceof DeskException || e instanceof ru.officialpages.report.SpreadsheetWriteException
                        ? e.getMessage() : Tr.tr("error.unexpected"))));
    }

    /** «Район-2026-W49.xlsx». */
    public String suggestedFileName() {
        return Tr.tr("district.screen.file", week.get().toString());
    }

    /** The district's sums over the settlements of {@code w}. */
    public static Totals totals(DistrictDesk.Week w) {
        int pages = 0;
        int met = 0;
        int moderation = 0;
        int open = 0;
        int late = 0;
        int registry = 0;
        for (DistrictWeekXlsx.SettlementRow r : w.settlements()) {
            pages += r.pages();
            met += r.pagesMet();
            moderation += r.moderationRecords();
            open += r.messagesOpen();
            late += r.messagesLate();
            registry += r.registryPages();
        }
        int placed = (int) w.placements().values().stream().filter(p -> p == RegistryDeadline.Placement.PLACED
                || p == RegistryDeadline.Placement.PLACED_LATE).count();
        return new Totals(w.settlements().size(), pages, met, moderation, open, late, registry, placed);
    }

    public ObjectProperty<IsoWeek> weekProperty() {
        return week;
    }

    public ObjectProperty<DistrictDesk.Week> shownProperty() {
        return shown;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
