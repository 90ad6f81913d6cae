package ru.officialpages.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import ru.officialpages.demo.LargeDemo;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.BulkLoad;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SettingsRepository;

/**
 * The large database every budget is measured on: built once by {@link LargeDemo} into a data
 * folder under target/bench and kept there; a new generator version gets a new folder.
 * Benchmarks that write work on a copy ({@link #copy()}).
 */
public final class LargeFixture {
    static final Path ROOT = Path.of("target/bench");

    private LargeFixture() {
    }

    /** The data folder (for {@code --data-dir}) holding official-pages.db, built if missing. */
    public static synchronized Path folder() throws IOException {
        Path folder = ROOT.resolve("large-v" + LargeDemo.VERSION);
        Path db = folder.resolve("official-pages.db");
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            return folder;
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        long began = System.nanoTime();
        try (Database database = Database.open(db)) {
            new LargeDemo(new BulkLoad(database), new SettingsRepository(database),
                    new CalendarRepository(database, BuiltInCalendars.load()).workingTime())
                    .load(LargeDemo.Size.LARGE, (table, rows, ms) -> System.out.printf("  fixture: %s %d rows, %d ms%n",
                            table.sqlName(), rows, ms));
        }
        System.out.printf("fixture built in %d ms: %s%n", (System.nanoTime() - began) / 1_000_000, db);
        Files.writeString(done, "v" + LargeDemo.VERSION);
        return folder;
    }

    public static Path database() throws IOException {
        return folder().resolve("official-pages.db");
    }

    /** A fresh data folder with a copy of the large database, for benchmarks that write. */
    public static Path copy() throws IOException {
        Path source = database();
        Path folder = Files.createTempDirectory(ROOT.toAbsolutePath(), "copy-");
        Files.copy(source, folder.resolve("official-pages.db"), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.println(folder());
    }
}
