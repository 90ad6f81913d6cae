package ru.officialpages.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.imports.PostImport;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;

/**
 * Import of 100,000 posts into the large database (issue 10), in process: the file read and
 * checked by PostImport, then saved in one transaction, as the window's Загрузить does. The
 * reference writes the same rows with one bare batched INSERT. Each try starts on a fresh copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ImportJmh {
    static final int POSTS = 100_000;
    static final Path FILE = LargeFixture.ROOT.resolve("import-100k.csv");

    private Path copy;
    private Database db;
    private List<String[]> rows;

    /** A CSV as a user would export it: 100,000 posts of 2026 on the Telegram and OK pages. */
    static synchronized Path file() throws IOException {
        if (Files.exists(FILE)) {
            return FILE;
        }
        List<Page> pages;
        try (Database d = Database.open(LargeFixture.database())) {
            pages = new PageRepository(d).all().stream()
                    .filter(p -> p.networkCode().equals(Network.TELEGRAM) || p.networkCode().equals(Network.OK)).toList();
        }
        DateTimeFormatter ru = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        StringBuilder csv = new StringBuilder("Дата публикации;Адрес страницы;Ссылка на публикацию;Тема\n");
        LocalDateTime start = LocalDateTime.of(2026, 1, 12, 9, 0);
        for (int i = 0; i < POSTS; i++) {
            Page p = pages.get(i % pages.size());
            String link = p.networkCode().equals(Network.TELEGRAM) ? p.address() + "/" + (5_000_000 + i)
                    : p.address() + "/topic/" + (160_000_000_000L + i);
            csv.append(ru.format(start.plusMinutes(i * 3L))).append(';').append(p.address()).append(';').append(link)
                    .append(";Перенос из старой таблицы № ").append(i).append('\n');
        }
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, csv, StandardCharsets.UTF_8);
        return FILE;
    }

    @Setup(Level.Iteration)
    public void freshCopy() throws IOException {
        copy = LargeFixture.copy();
        db = Database.open(copy.resolve("official-pages.db"));
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8).subList(1, POSTS + 1)) {
            rows.add(line.split(";"));
        }
    }

    @TearDown(Level.Iteration)
    public void drop() throws IOException {
        db.close();
        LargeFixture.deleteTree(copy);
    }

    @Benchmark
    public int ours() throws IOException {
        PostRepository posts = new PostRepository(db);
        PostImport.Preview preview = new PostImport(new PageRepository(db).all(), posts.links()).read(file());
        if (!preview.canApply() || preview.posts().size() != POSTS) {
            throw new IllegalStateException("import refused: " + preview.errors().stream().limit(3).toList());
        }
        return posts.addAll(preview.toAdd()).size();
    }

    @Benchmark
    public int bare() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.resolve("official-pages.db").toAbsolutePath())) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO post (page_id, published_at, url, format, topic, search) VALUES (?, ?, ?, 'TEXT', ?, '')")) {
                int n = 0;
                for (String[] r : rows) {
                    ps.setLong(1, 1 + (n % 200));
                    ps.setString(2, r[0]);
                    ps.setString(3, r[2]);
                    ps.setString(4, r[3]);
                    ps.addBatch();
                    if (++n % 2000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return rows.size();
        }
    }
}
