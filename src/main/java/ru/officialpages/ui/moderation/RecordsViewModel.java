package ru.officialpages.ui.moderation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import ru.officialpages.desk.Imports;
import ru.officialpages.desk.ModerationDesk;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.report.Column;
import ru.officialpages.report.TableExport;
import ru.officialpages.ui.common.BackgroundTask;
import ru.officialpages.ui.common.LazyRows;
import ru.officialpages.ui.common.TableFilters;
import ru.officialpages.ui.common.TaskExecutor;
import ru.officialpages.ui.posts.PageChoice;

/**
 * Модерация → Записи: the register of records, filtered and paged in SQL, deletion with undo,
 * «Экспорт в Excel»/«Печать» and the import of a file of records.
 */
public final class RecordsViewModel {
    private final ModerationDesk moderation;
    private final Imports imports;
    private final TaskExecutor executor;
    private final ModerationContext context;
    /** After a deletion, its undo or an import: the blacklist and the form follow (a deleted record's form closes). */
    private final Consumer<Long> afterDelete;
    private final Runnable afterWrite;

    private final LazyRows<ModerationEntry> rows;
    private final ReadOnlyStringWrapper found = new ReadOnlyStringWrapper("");
    final ObjectProperty<PageChoice> filterPage = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> filterTo = new SimpleObjectProperty<>();
    final ObjectProperty<DeletionGround> filterGround = new SimpleObjectProperty<>();
    final ObjectProperty<ModerationAction> filterAction = new SimpleObjectProperty<>();
    final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ModerationDesk.Deletion> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deletedText = new ReadOnlyStringWrapper("");

    RecordsViewModel(ModerationDesk moderation, Imports imports, TaskExecutor executor, ModerationContext context,
            Consumer<Long> afterDelete, Runnable afterWrite) {
        this.moderation = moderation;
        this.imports = imports;
        this.executor = executor;
        this.context = context;
        this.afterDelete = afterDelete;
        this.afterWrite = afterWrite;
        this.rows = new LazyRows<>(executor);
        for (javafx.beans.Observable f : List.of(filterPage, filterFrom, filterTo, filterGround, filterAction, filterText)) {
            f.addListener(o -> reload());
        }
    }

    ModerationFilter filter() {
        PageChoice p = filterPage.get();
        return new ModerationFilter(p == null ? null : p.page().id(), filterFrom.get(), filterTo.get(), filterGround.get(),
                filterAction.get(), filterText.get());
    }

    public void reload() {
        read(false);
    }

    /** The same filter read again after a change made elsewhere: the table changes only where the records did. */
    void refresh() {
        read(true);
    }

    private void read(boolean inPlace) {
        ModerationFilter f = filter();
        executor.execute(BackgroundTask.of(p -> moderation.count(f)).onSuccess(n -> {
            LazyRows.Source<ModerationEntry> source = (offset, limit) -> moderation.slice(f, offset, limit);
            if (inPlace) {
                rows.refresh(n, source);
            } else {
                rows.reset(n, source);
            }
            found.set(n == 0 ? Tr.tr("moderation.found.none") : Tr.tr("moderation.found", n,
                    Tr.plural(n, Tr.tr("moderation.record.one"), Tr.tr("moderation.record.few"), Tr.tr("moderation.record.many"))));
        }));
    }

    /** Deletes a record (and the blacklisting it made); {@link #undoDelete()} puts both back. */
    public void delete(ModerationEntry entry) {
        executor.execute(BackgroundTask.of(p -> moderation.delete(entry.record().id())).onSuccess(d -> {
            deletedText.set(Tr.tr("moderation.deleted", RuFormat.date(d.record().noticedAt().toLocalDate()),
                    d.record().author()));
            lastDeleted.set(d);
            afterDelete.accept(d.record().id());
            reload();
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
            context.say(Tr.tr("moderation.restored"));
            reload();
            afterWrite.run();
        }));
    }

    /** The undo bar's time is up: the deletion stays. */
    public void dismissUndo() {
        lastDeleted.set(null);
    }

    // --- Export and printing ---

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
                        (ModerationEntry e) -> e.organizationName() + ", " + context.networkName(e.networkCode())))
                .column(Column.wrappedText(Tr.tr("moderation.col.author"), 20, (ModerationEntry e) -> e.record().authorName()))
                .column(Column.hyperlink(Tr.tr("moderation.col.profile"), 24, (ModerationEntry e) -> e.record().authorLink()))
                .column(Column.wrappedText(Tr.tr("moderation.col.text"), 40, (ModerationEntry e) -> e.record().text()))
                .column(Column.wrappedText(Tr.tr("moderation.col.grounds"), 30,
                        (ModerationEntry e) -> ModerationContext.groundsText(e.record().grounds())))
                .column(Column.text(Tr.tr("moderation.col.action"), 16,
                        (ModerationEntry e) -> Tr.tr(e.record().action().doneKey())))
                .column(Column.wrappedText(Tr.tr("moderation.col.note"), 20, (ModerationEntry e) -> e.record().note()));
    }

    // --- Import ---

    /** Reads a file of records; nothing is written until {@link #applyImport} with a clean preview. */
    public void previewImport(Path file, Consumer<ModerationImport.Preview> show) {
        LocalDateTime now = LocalDateTime.now(context.clock());
        executor.execute(BackgroundTask.of(p -> imports.moderation(now).preview(file)).onSuccess(show));
    }

    public void applyImport(ModerationImport.Preview preview) {
        if (!preview.canApply()) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> imports.moderation(LocalDateTime.now(context.clock())).apply(preview))
                .onSuccess(n -> {
                    context.say(Tr.tr("moderation.import.done", n));
                    reload();
                    afterWrite.run();
                }));
    }

    /** A preview row as the dialog lists it. */
    public String describe(ModerationImport.Line l) {
        ModerationRecord r = l.record();
        return Tr.tr("moderation.import.row", l.line(), RuFormat.date(r.noticedAt().toLocalDate()),
                context.pageLabel(r.pageId()), r.author(), Tr.tr(r.action().doneKey()));
    }

    public LazyRows<ModerationEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModerationDesk.Deletion> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** «Запись от … удалена» while the undo bar is shown. */
    public ReadOnlyStringProperty deletedTextProperty() {
        return deletedText.getReadOnlyProperty();
    }
}
