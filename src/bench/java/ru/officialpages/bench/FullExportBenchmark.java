package ru.officialpages.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import ru.officialpages.imports.FullImportXlsx;
import ru.officialpages.report.FullExportXlsx;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.DataTables;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PostRepository;

/**
 * The full export and its load on 300,000 posts (issue 9), run with -Xmx256m so that a version
 * that held the rows in memory would fail here. The reference is reading every row of every table
 * through the same dump without writing a file.
 */
public final class FullExportBenchmark {
    private FullExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("full-export-bench");
        Path file = dir.resolve("all.xlsx");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            PostLogBenchmark.fill(db, new PostRepository(db));
            DataTransfer transfer = new DataTransfer(db);
            long rows = transfer.dump(d -> DataTables.ALL.stream().mapToLong(d::count).sum());

            resetPeaks();
            long r0 = System.nanoTime();
            long read = transfer.dump(d -> DataTables.ALL.stream().mapToLong(t -> d.rows(t).count()).sum());
            long readMs = (System.nanoTime() - r0) / 1_000_000;

            resetPeaks();
            long e0 = System.nanoTime();
            transfer.dump(d -> {
                FullExportXlsx.write(file, d, "bench", LocalDateTime.of(2026, 11, 23, 10, 0), WriteProgress.NONE);
                return null;
            });
            long exportMs = (System.nanoTime() - e0) / 1_000_000;
            long exportHeap = peakHeapMb();
            long size = Files.size(file) / (1024 * 1024);

            try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
                resetPeaks();
                long l0 = System.nanoTime();
                long[] loaded = {0};
                new DataTransfer(fresh).load(l -> loaded[0] = new FullImportXlsx(file, ru.officialpages.desk.Refusals::russian).loadInto(l));
                long loadMs = (System.nanoTime() - l0) / 1_000_000;
                long loadHeap = peakHeapMb();
                String text = String.format(Locale.ROOT, """
                        ## Полная выгрузка в Excel и загрузка на 300 000 публикаций

                        База: 200 страниц, 300 000 публикаций, всего строк данных — %d. Запуск с `-Xmx256m`:
                        строки идут потоком (свой потоковый писатель SpreadsheetML при записи, SAX при чтении), в памяти их нет.
                        Эталон — чтение всех строк всех таблиц тем же запросом без записи файла (%d строк).

                        | действие | программа, мс | эталон, мс | отношение | пик кучи, МБ | файл, МБ |
                        |---|---:|---:|---:|---:|---:|
                        | выгрузка всех данных в .xlsx | %d | %d | %.1f | %d | %d |
                        | загрузка выгрузки в пустую базу (одна транзакция) | %d | — | — | %d | — |
                        """, rows, read, exportMs, readMs, (double) exportMs / Math.max(1, readMs), exportHeap, size,
                        loadMs, loadHeap);
                if (loaded[0] != rows) {
                    throw new IllegalStateException("loaded " + loaded[0] + " of " + rows);
                }
                new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("fullexport", text);
                System.out.print(text);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
