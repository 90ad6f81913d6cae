package ru.officialpages.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import ru.officialpages.imports.ImportPreview;

/**
 * One import, whatever its rows: read the file against what is kept now into a preview (nothing
 * written), then apply a clean preview, all or none, through the desk that owns the rows — which
 * announces the change. The screens' import buttons and the command line's {@code import} go
 * through the same flow.
 *
 * @param <R> the row a line becomes
 * @param <P> the importer's preview
 */
public final class ImportFlow<R, P extends ImportPreview<R>> {
    private final Function<Path, P> read;
    private final Function<P, Integer> add;

    /**
     * {@code read}: the importer over the data as it is when called; {@code add}: the owning desk's
     * write of a clean preview (its rows, and what else the file taught, such as pages' numbers).
     */
    public ImportFlow(Function<Path, P> read, Function<P, Integer> add) {
        this.read = read;
        this.add = add;
    }

    /** A flow whose preview is only its rows. */
    public static <R, P extends ImportPreview<R>> ImportFlow<R, P> ofRows(Function<Path, P> read,
            Function<List<R>, Integer> add) {
        return new ImportFlow<>(read, p -> add.apply(p.toAdd()));
    }

    /** What the file would add; nothing is written. */
    public P preview(Path file) {
        return read.apply(file);
    }

    /**
     * Adds a clean preview's rows, all or none, and returns what the owning desk answers: the rows added
     * (for the registry of pages, the organisations created). A preview with errors is refused.
     */
    public int apply(P preview) {
        if (!preview.canApply()) {
            throw new IllegalArgumentException("a preview with errors is never applied");
        }
        return add.apply(preview);
    }
}
