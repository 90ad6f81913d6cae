package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import ru.officialpages.domain.MessageFilter;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.messages.MessagesViewModel;
import ru.officialpages.ui.moderation.ModerationViewModel;

/**
 * «Экспорт в Excel» of Модерация (200,000 records, all of them) and Сообщения (50,000, all) on the
 * large database, through the screens' own export descriptions, with -Xmx256m. The reference is
 * reading the same rows with the same streaming query, writing nothing.
 */
public final class TableExportBenchmark {
    static final int ROUNDS = 3;

    private TableExportBenchmark() {
    }

    private record Result(long rows, long size, long ms, long ref) {
    }

    public static void main(String[] args) throws Exception {
        Path db = LargeFixture.database();
        Path out = Files.createTempDirectory("tableexport-bench");
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
        long[] heap = {0};
        try (Database d = Database.open(db)) {
            DirectTaskExecutor direct = new DirectTaskExecutor(none);
            ModerationRepository moderation = new ModerationRepository(d);
            ModerationViewModel mvm = new ModerationViewModel(ru.officialpages.desk.Desks.over(new SettingsRepository(d),
                    new CalendarRepository(d, BuiltInCalendars.load()), new PageRepository(d), new OrganizationRepository(d),
                    new NetworkRepository(d), new ru.officialpages.storage.PostRepository(d),
                    new ru.officialpages.storage.PlanRepository(d, java.time.Clock.systemDefaultZone()), new MessageRepository(d), moderation),
                    direct, Clock.systemDefaultZone());
            mvm.load();
            Result mod = measure(out, "moderation", heap, () -> {
                AtomicLong n = new AtomicLong();
                moderation.stream(ModerationFilter.ALL, s -> s.forEach(e -> n.incrementAndGet()));
                return n.get();
            }, f -> mvm.records().tableExport().write(f, mvm.municipality(), WriteProgress.NONE));
            MessageRepository messages = new MessageRepository(d);
            MessagesViewModel svm = new MessagesViewModel(ru.officialpages.desk.Desks.over(new SettingsRepository(d),
                    new CalendarRepository(d, BuiltInCalendars.load()), new PageRepository(d), new OrganizationRepository(d),
                    new NetworkRepository(d), new ru.officialpages.storage.PostRepository(d),
                    new ru.officialpages.storage.PlanRepository(d, java.time.Clock.systemDefaultZone()), messages, new ModerationRepository(d)),
                    direct, Clock.systemDefaultZone());
            svm.load();
            svm.showAll();
            Result msg = measure(out, "messages", heap, () -> {
                AtomicLong n = new AtomicLong();
                messages.stream(MessageFilter.all(), s -> s.forEach(e -> n.incrementAndGet()));
                return n.get();
            }, f -> svm.tableExport().write(f, svm.municipality(), WriteProgress.NONE));
            String text = String.format(Locale.ROOT, """
                    ## Модерация и сообщения в Excel

                    «Экспорт в Excel» экранов «Модерация» и «Сообщения» без отбора на большой базе: тот же запрос, что
                    у таблицы, строки идут потоком прямо в файл (свой потоковый писатель SpreadsheetML). Java с `-Xmx256m`. Эталон — прочитать те
                    же строки тем же запросом, ничего не записывая. Медиана из %d замеров.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    | модерация: %d строк в .xlsx (%.1f МБ) | %d | %d | %.1f | несколько секунд — %s |
                    | сообщения: %d строк в .xlsx (%.1f МБ) | %d | %d | %.1f | несколько секунд — %s |

                    Занятая куча сразу после записи (без сборки мусора): до %d МБ при пределе 256 МБ.
                    """, ROUNDS, mod.rows(), mod.size() / (1024.0 * 1024.0), mod.ms(), mod.ref(),
                    (double) mod.ms() / Math.max(1, mod.ref()), mod.ms() < 10_000 ? "выполнен" : "**не выполнен**",
                    msg.rows(), msg.size() / (1024.0 * 1024.0), msg.ms(), msg.ref(),
                    (double) msg.ms() / Math.max(1, msg.ref()), msg.ms() < 10_000 ? "выполнен" : "**не выполнен**",
                    heap[0] / (1024 * 1024));
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("tableexport", text);
            System.out.print(text);
        }
    }

    @FunctionalInterface
    private interface Write {
        long to(Path file);
    }

    private static Result measure(Path dir, String name, long[] heap, LongSupplier read, Write write) throws Exception {
        List<Long> export = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        long rows = 0;
        long size = 0;
        for (int i = 0; i < ROUNDS + 1; i++) {
            long t0 = System.nanoTime();
            read.getAsLong();
            long t1 = System.nanoTime();
            Path file = dir.resolve(name + i + ".xlsx");
            rows = write.to(file);
            long t2 = System.nanoTime();
            size = Files.size(file);
            Runtime rt = Runtime.getRuntime();
            heap[0] = Math.max(heap[0], rt.totalMemory() - rt.freeMemory());
            Files.delete(file);
            if (i > 0) {
                reference.add((t1 - t0) / 1_000_000);
                export.add((t2 - t1) / 1_000_000);
            }
        }
        return new Result(rows, size, StartupBenchmark.median(export), StartupBenchmark.median(reference));
    }
}
