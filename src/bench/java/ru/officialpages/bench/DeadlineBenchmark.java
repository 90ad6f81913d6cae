package ru.officialpages.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.ProductionCalendar;
import ru.officialpages.rules.WorkingTime;

/**
 * 100,000 deadlines (issue 3: well under a second): working hours from moments spread over
 * 2023–2026, and working days from dates. The reference is the same loop with plain calendar
 * arithmetic, so the figure is read against what the JVM does for nothing.
 */
public final class DeadlineBenchmark {
    static final int N = 100_000;
    static final int ROUNDS = 7;

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WorkingTime time = new WorkingTime(new ProductionCalendar(BuiltInCalendars.load()), OfficeHours.defaults());
        LocalDateTime start = LocalDateTime.of(2023, 1, 1, 0, 0);
        long sink = 0;
        List<Long> hours = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        for (int round = 0; round < ROUNDS + 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                sink += time.addWorkingHours(start.plusMinutes(i * 17L), Duration.ofMinutes(60 + i % 600)).getMinute();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                sink += time.addWorkingDays(start.toLocalDate().plusDays(i % 1400), 1 + i % 5).getDayOfMonth();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                sink += start.plusMinutes(i * 17L).plusMinutes(60 + i % 600).getMinute();
            }
            long t3 = System.nanoTime();
            if (round >= 2) {
                hours.add((t1 - t0) / 1_000_000);
                days.add((t2 - t1) / 1_000_000);
                reference.add((t3 - t2) / 1_000_000);
            }
        }
        long h = StartupBenchmark.median(hours);
        long d = StartupBenchmark.median(days);
        long r = Math.max(1, StartupBenchmark.median(reference));
        String table = String.format(Locale.ROOT, """
                ## Сроки в рабочем времени

                100 000 сроков подряд в одном потоке, после двух прогревочных кругов; медиана из %d кругов,
                `-Xmx256m`. Эталон — тот же цикл с простым сложением минут (`LocalDateTime.plusMinutes`).

                | показатель | программа, мс | эталон, мс | отношение | бюджет |
                |---|---:|---:|---:|---|
                | +N рабочих часов, 100 000 раз | %d | %d | %.0f | < 1000 мс — %s |
                | +N рабочих дней, 100 000 раз | %d | %d | %.0f | < 1000 мс — %s |
                """, ROUNDS, h, r, (double) h / r, h < 1000 ? "выполнен" : "**не выполнен**",
                d, r, (double) d / r, d < 1000 ? "выполнен" : "**не выполнен**");
        new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("deadlines", table);
        System.out.print(table);
        if (sink == 42) {
            System.out.println();
        }
    }
}
