package ru.officialpages.ui.moderation;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.Column;
import ru.officialpages.report.TableExport;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.TaskExecutor;

/** Модерация → Чёрный список: searched, with the authors taken off shown on request, taken off from a day. */
public final class BlacklistViewModel {
    private final ModerationDesk moderation;
    private final TaskExecutor executor;
    private final ModerationContext context;
    /** After an author is taken off: the form's warning about them follows. */
    private final Runnable afterTakeOff;

    private final ObservableList<BlacklistListing> blacklist = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");
    final BooleanProperty showTakenOff = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDate> takeOffDay = new SimpleObjectProperty<>();
    private boolean shown;

    BlacklistViewModel(ModerationDesk moderation, TaskExecutor executor, ModerationContext context, Runnable afterTakeOff) {
        this.moderation = moderation;
        this.executor = executor;
        this.context = context;
        this.afterTakeOff = afterTakeOff;
        search.addListener(o -> reload());
        showTakenOff.addListener(o -> reload());
        takeOffDay.set(context.today());
    }

    /**
     * The blacklist tab is shown: from now on its list is read and kept up to date. Until then it is
     * not read at all: 5,000 entries of a district were a good part of the database's work on opening
     * Модерация, for a tab the user may not look at (issue 10).
     */
    public void show() {
        if (!shown) {
            shown = true;
            reload();
        }
    }

    public void reload() {
        if (!shown) {
            return;
        }
        String s = search.get();
        boolean all = showTakenOff.get();
        LocalDate day = context.today();
        executor.execute(BackgroundTask.of(p -> moderation.blacklist(s, all, day)).onSuccess(blacklist::setAll));
    }

    /** Takes the author off the list from the chosen day. */
    public void takeOff(BlacklistListing listing) {
        LocalDate day = takeOffDay.get() == null ? context.today() : takeOffDay.get();
        LocalDate until = day.isBefore(listing.entry().since()) ? listing.entry().since() : day;
        executor.execute(BackgroundTask.of(p -> {
            moderation.takeOff(listing.entry().id(), until);
            return until;
        }).onSuccess(d -> {
            context.say(Tr.tr("moderation.blacklist.takenOff", listing.entry().author(), RuFormat.date(d)));
            reload();
            afterTakeOff.run();
        }).onFailure(e -> {
            // Taken off meanwhile by another user, or gone: said, and the list shows it as it is now.
            context.say(ru.officialpages.desk.Refusals.russian(e));
            reload();
        }));
    }

    /** The blacklist as searched now (a list of a few thousand at most, held by the screen). */
    public TableExport<BlacklistListing> export() {
        List<BlacklistListing> listed = List.copyOf(blacklist);
        TableExport<BlacklistListing> export = TableExport.<BlacklistListing>of(Tr.tr("moderation.blacklist.export.title"),
                use -> use.accept(listed.stream())).forOfficialUse().expectedRows(listed.size());
        if (!showTakenOff.get()) {
            export.filter(Tr.tr("export.filter.listedOn", RuFormat.date(context.today())));
        }
        String s = search.get() == null ? "" : search.get().strip();
        if (!s.isEmpty()) {
            export.filter(Tr.tr("export.filter.search", s));
        }
        return export
                .column(Column.wrappedText(Tr.tr("moderation.col.author"), 22, (BlacklistListing l) -> l.entry().authorName()))
                .column(Column.hyperlink(Tr.tr("moderation.col.profile"), 26, (BlacklistListing l) -> l.entry().authorLink()))
                .column(Column.wrappedText(Tr.tr("moderation.col.page"), 26,
                        (BlacklistListing l) -> l.organizationName() + ", " + context.networkName(l.networkCode())))
                .column(Column.text(Tr.tr("moderation.col.restriction"), 18,
                        (BlacklistListing l) -> Tr.tr(l.entry().restriction().doneKey())))
                .column(Column.date(Tr.tr("moderation.col.since"), 11, (BlacklistListing l) -> l.entry().since()))
                .column(Column.date(Tr.tr("moderation.col.until"), 11, (BlacklistListing l) -> l.entry().until()))
                .column(Column.wrappedText(Tr.tr("moderation.col.grounds"), 30,
                        (BlacklistListing l) -> ModerationContext.groundsText(l.entry().grounds())))
                .column(Column.wrappedText(Tr.tr("moderation.col.note"), 20, (BlacklistListing l) -> l.entry().note()));
    }

    /** Empty until {@link #show}: the blacklist is read when its tab is first shown. */
    public ObservableList<BlacklistListing> listings() {
        return blacklist;
    }
}
