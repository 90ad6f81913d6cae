package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import ru.officialpages.imports.FullImportXlsx;
import ru.officialpages.report.FullExportXlsx;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.DataTables;
import ru.officialpages.storage.DataTransfer;

/**
 * The whole data out to one workbook and back into an empty database (issue 9: a new PC, reading
 * the data without the program), as Настройки → Резервные копии → Перенос данных and the
 * {@code export}/{@code import all} commands do it. The workbook is written by report and read by
 * imports; storage hands over and takes the rows.
 */
public final class Transfer {
    private final DataTransfer data;
    private final String programVersion;
    private final Changes changes;

    public Transfer(DataTransfer data, String programVersion, Changes changes) {
        this.data = data;
        this.programVersion = programVersion;
        this.changes = changes;
    }

    /** A load is offered only while the clerk has entered nothing yet (a new PC). */
    public boolean canLoad() {
        return Refusals.said(data::isEmpty);
    }

    /** Every table into {@code target}; returns how many data rows were written. */
    public long exportAll(Path target, LocalDateTime at, WriteProgress progress) {
        return Refusals.said(() -> data.dump(dump -> {
            FullExportXlsx.write(target, dump, programVersion, at, progress);
            return DataTables.ALL.stream().mapToLong(dump::count).sum();
        }));
    }

    /**
     * A full export loaded into the empty database, all of it or nothing; {@code progress} hears the
     * rows read so far. Returns the rows loaded. A refused file comes out as
     * {@link ru.officialpages.imports.FullImportException}, a refusing database as {@link DeskException},
     * both with the reason in Russian.
     */
    public long loadAll(Path file, LongConsumer progress) {
        long[] rows = {0};
        Refusals.said(() -> {
            data.load(load -> rows[0] = new FullImportXlsx(file, Refusals::russian).progress(progress).loadInto(load));
            return null;
        });
        changes.announce(Change.ALL);
        return rows[0];
    }
}
