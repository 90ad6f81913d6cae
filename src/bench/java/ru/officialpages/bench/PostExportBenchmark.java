package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostSort;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.posts.PostsViewModel;

/**
 * «Экспорт в Excel» of the whole post log, 300,000 posts (issue 7: "a year of 300,000 posts
 * exports in a few seconds with modest memory"), through the screen's own export description,
 * run with -Xmx256m. The reference is reading the same rows with the same query, writing nothing.
 */
public final class PostExportBenchmark {
    static final int ROUNDS = 3;

    private PostExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("postexport-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            PostRepository posts = new PostRepository(db);
            PostLogBenchmark.fill(db, posts);
            DialogService none = new DialogService() {
                @Override
                public void showError(Throwable error) {
                    throw new IllegalStateException(error);
                }

                @Override
                public void showInfo(String title, String text) {
                }

                @Override
                public boolean confirm(String title, String question, String yesText) {
                    return false;
                }
            };
            PostsViewModel vm = new PostsViewModel(ru.officialpages.desk.Desks.over(new SettingsRepository(db),
                    new ru.officialpages.storage.CalendarRepository(db, java.util.List.of()), new PageRepository(db),
                    new OrganizationRepository(db), new NetworkRepository(db), posts, new PlanRepository(db, java.time.Clock.systemDefaultZone()),
                    new ru.officialpages.storage.MessageRepository(db), new ru.officialpages.storage.ModerationRepository(db)),
                    new DirectTaskExecutor(none), Clock.systemDefaultZone());
            vm.load();
            List<Long> export = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            long rows = 0;
            long size = 0;
            long heap = 0;
            for (int i = 0; i < ROUNDS + 1; i++) {
                long t0 = System.nanoTime();
                AtomicLong n = new AtomicLong();
                posts.stream(PostFilter.ALL, PostSort.NEWEST, s -> s.forEach(e -> n.incrementAndGet()));
                long t1 = System.nanoTime();
                Path file = dir.resolve("журнал" + i + ".xlsx");
                rows = vm.tableExport().write(file, "Бенчмарк", WriteProgress.NONE);
                long t2 = System.nanoTime();
                size = Files.size(file);
                Runtime rt = Runtime.getRuntime();
                heap = Math.max(heap, rt.totalMemory() - rt.freeMemory());
                Files.delete(file);
                if (i > 0) {
                    read.add((t1 - t0) / 1_000_000);
                    export.add((t2 - t1) / 1_000_000);
                }
            }
            long ms = StartupBenchmark.median(export);
            long ref = StartupBenchmark.median(read);
            String text = String.format(Locale.ROOT, """
                    ## Журнал публикаций в Excel: 300 000 строк

                    «Экспорт в Excel» экрана «Публикации» без отбора: тот же запрос, что у таблицы, строки идут потоком
                    прямо в файл (свой потоковый писатель SpreadsheetML), в памяти — одна строка. Java с `-Xmx256m`. Эталон — прочитать
                    те же строки тем же запросом, ничего не записывая. Медиана из %d замеров.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    | экспорт %d строк в .xlsx (%.1f МБ) | %d | %d | %.1f | несколько секунд — %s |

                    Занятая куча сразу после записи (без сборки мусора): до %d МБ при пределе 256 МБ.
                    """, ROUNDS, rows, size / (1024.0 * 1024.0), ms, ref, (double) ms / Math.max(1, ref),
                    ms < 10_000 ? "выполнен" : "**не выполнен**", heap / (1024 * 1024));
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("postexport", text);
            System.out.print(text);
        }
    }
}
