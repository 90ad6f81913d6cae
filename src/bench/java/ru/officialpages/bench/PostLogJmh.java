package ru.officialpages.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PostRepository;

/**
 * Журнал on 300,000 posts (issue 10): what the screen asks the database when a filter or the
 * search changes (the count and the first 200 rows in the screen's order, with page and
 * organization), against the bare query on the post table alone with the same condition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PostLogJmh {
    static final int ROWS = 200;

    /** Each case is a filter the user sets; "scroll" is the block of rows 150,000–150,199. */
    @Param({"open", "page", "formatMonth", "text", "pageAddress", "scroll"})
    public String filter;

    private Database db;
    private PostRepository posts;
    private Connection bare;
    private PostFilter f;
    private String bareWhere;
    private List<Object> bareArgs;
    private int offset;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        db = Database.open(LargeFixture.database());
        posts = new PostRepository(db);
        bare = DriverManager.getConnection("jdbc:sqlite:" + LargeFixture.database().toAbsolutePath());
        offset = 0;
        switch (filter) {
            case "page" -> {
                f = new PostFilter(17L, null, null, null, "");
                bareWhere = " WHERE page_id = ?";
                bareArgs = List.of(17L);
            }
            case "formatMonth" -> {
                f = new PostFilter(null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), PostFormat.PHOTO, "");
                bareWhere = " WHERE published_at >= ? AND published_at < ? AND format = ?";
                bareArgs = List.of("2025-03-01", "2025-04-01", "PHOTO");
            }
            case "text" -> {
                f = new PostFilter(null, null, null, null, "Субботник");
                bareWhere = " WHERE search LIKE ?";
                bareArgs = List.of("%субботник%");
            }
            case "pageAddress" -> {
                f = new PostFilter(null, null, null, null, "berezovka_org17");
                bareWhere = " WHERE page_id IN (SELECT id FROM page WHERE address LIKE ?)";
                bareArgs = List.of("%berezovka_org17%");
            }
            case "scroll" -> {
                f = PostFilter.ALL;
                bareWhere = "";
                bareArgs = List.of();
                offset = 150_000;
            }
            default -> {
                f = PostFilter.ALL;
                bareWhere = "";
                bareArgs = List.of();
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        bare.close();
        db.close();
    }

    @Benchmark
    public int ours() {
        int n = offset == 0 ? posts.count(f) : 0;
        List<PostEntry> rows = posts.slice(f, PostSort.NEWEST, offset, ROWS);
        return n + rows.size();
    }

    @Benchmark
    public int bare() throws SQLException {
        int n = 0;
        if (offset == 0) {
            try (PreparedStatement ps = bare.prepareStatement("SELECT COUNT(*) FROM post" + bareWhere)) {
                bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n = rs.getInt(1);
                }
            }
        }
        try (PreparedStatement ps = bare.prepareStatement("SELECT id, page_id, published_at, url, format, topic FROM post"
                + bareWhere + " ORDER BY published_at DESC LIMIT " + ROWS + " OFFSET " + offset)) {
            bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n += rs.getString(4).length();
                }
            }
        }
        return n;
    }

    private void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < bareArgs.size(); i++) {
            ps.setObject(i + 1, bareArgs.get(i));
        }
    }
}
