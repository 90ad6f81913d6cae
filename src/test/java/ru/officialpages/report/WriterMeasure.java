package ru.officialpages.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * Not a test: how long a large export takes and how much heap it needs. Run with a small heap,
 * as an old office PC would give it:
 * <pre>java -Xmx256m -cp target/classes:target/test-classes:DEPS ru.officialpages.report.WriterMeasure [rows] [file|-] [max links per sheet]</pre>
 */
public final class WriterMeasure {
    private WriterMeasure() {
    }

    record Post(long n, String page, String topic, long views, BigDecimal share, LocalDate day, LocalDateTime at,
            boolean planned, String url) {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path file = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : Files.createTempFile("measure", ".xlsx");
        int maxLinks = args.length > 2 ? Integer.parseInt(args[2]) : SpreadsheetWriter.DEFAULT_LINKS_PER_SHEET;
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 9, 0);

        long t0 = System.nanoTime();
        new SpreadsheetWriter().linksPerSheet(maxLinks).write(file, SheetSpec.of("Публикации", LongStream.range(0, rows).mapToObj(i -> new Post(i,
                        "Администрация Берёзовского сельского поселения",
                        "Тема публикации номер " + i + ": благоустройство, культура, обращения граждан",
                        i % 5_000, BigDecimal.valueOf(i % 1_000, 2), start.toLocalDate().plusDays(i / 50),
                        start.plusMinutes(i * 17), i % 3 == 0, "https://vk.com/wall-1_" + i)))
                .title("Журнал публикаций — Берёзовское сельское поселение, 2020–2026")
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.text("Страница", 30, Post::page))
                .column(Column.wrappedText("Тема", 40, Post::topic))
                .column(Column.integer("Просмотры", 10, Post::views))
                .column(Column.decimal("Доля, %", 8, Post::share))
                .column(Column.date("Дата", 11, Post::day))
                .column(Column.dateTime("Опубликовано", 16, Post::at))
                .column(Column.yesNo("По плану", 8, Post::planned))
                .column(Column.hyperlink("Ссылка", 30, Post::url))
                .totals()
                .footer("Подготовил: ведущий специалист Петрова А. В."));
        long millis = (System.nanoTime() - t0) / 1_000_000;

        // The old generation's peak is what the export kept alive; young pools only show churn.
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                oldPeak = Math.max(oldPeak, pool.getPeakUsage().getUsed());
            }
        }
        System.out.printf(Locale.ROOT, "%,d rows x 8 columns: %,d ms, file %,d KB, -Xmx %,d MB, old-generation peak %,d MB%n",
                rows, millis, Files.size(file) / 1024, Runtime.getRuntime().maxMemory() >> 20, oldPeak >> 20);
        if (args.length < 2 || args[1].equals("-")) {
            Files.delete(file);
        }
    }
}
