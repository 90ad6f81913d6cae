package ru.officialpages.desk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;
import ru.officialpages.demo.DemoData;
import ru.officialpages.demo.LargeDemo;

/**
 * The example settlement (issue 16 item 5): the small sample the window's «Посмотреть на примере»
 * opens, or the district after five years ({@code demo --size large}, issue 10). It is only ever made
 * over the example's own data folder, never the clerk's: the entry point opens this desk on that
 * folder, and it says which folder it fills so the command line can name it.
 */
public final class Example {

    /** How much of each went in. */
    public record Loaded(int organizations, int pages, int posts, int planItems, int moderationRecords,
            int messages, int blacklist, long millis) {
    }

    /** Told after each table of the large example: its name (the key after {@code demo.large.table.}), rows, time. */
    @FunctionalInterface
    public interface Progress {
        void tableDone(String table, int rows, long elapsedMillis);
    }

    private final Path folder;
    private final DemoData small;
    private final Supplier<LargeDemo> large;
    private final Changes changes;

    public Example(Path folder, DemoData small, Supplier<LargeDemo> large, Changes changes) {
        this.folder = folder;
        this.small = small;
        this.large = large;
        this.changes = changes;
    }

    /** The example's data folder: what it fills, never the clerk's own. */
    public Path folder() {
        return folder;
    }

    /** The small example goes only into a database without organisations (it is loaded once). */
    public boolean canLoad() {
        return Refusals.said(small::canLoad);
    }

    /** The large example goes only into a database none of whose tables has a row. */
    public boolean canLoadLarge() {
        return Refusals.said(() -> large.get().canLoad());
    }

    /** The sample settlement, dated around {@code today}. */
    public Loaded load(LocalDate today) {
        if (!canLoad()) {
            throw new IllegalStateException("the example goes only into an empty database");
        }
        long began = System.nanoTime();
        DemoData.Summary s = Refusals.said(() -> small.load(today));
        changes.announce(Change.ALL);
        return new Loaded(s.organizations(), s.pages(), s.posts(), s.planItems(), s.moderationRecords(), s.messages(),
                0, (System.nanoTime() - began) / 1_000_000);
    }

    /** The district after five years, in one transaction: stopped halfway, it leaves the database empty. */
    public Loaded loadLarge(Progress progress) {
        LargeDemo demo = large.get();
        LargeDemo.Summary s = Refusals.said(() -> demo.load(LargeDemo.Size.LARGE,
                (table, rows, millis) -> progress.tableDone(table.sqlName(), rows, millis)));
        changes.announce(Change.ALL);
        LargeDemo.Size size = s.size();
        return new Loaded(size.organizations(), size.pages(), size.posts(), size.planItems(), size.moderationRecords(),
                size.messages(), size.blacklist(), s.millis());
    }
}
