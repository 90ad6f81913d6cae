package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;

/**
 * Switching the content plan's month (issue 5: well under half a second) with 100,000 plan
 * items over five years: what the screen asks the database for a month grid (six weeks of items
 * with their pages). The reference is counting the plan table.
 */
public final class PlanMonthBenchmark {
    static final int ITEMS = 100_000;
    static final int ROUNDS = 7;

    private PlanMonthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("plan-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            PageRepository pages = new PageRepository(db);
            List<Long> pageIds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Organization o = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Учреждение " + i, "", "", "", "",
                        false, "", false));
                pageIds.add(pages.add(new Page(0, o.id(), Network.VK, "https://vk.com/p" + i, LocalDate.of(2021, 1, 1), null,
                        null)).id());
            }
            Random random = new Random(3);
            List<PlanItem> items = new ArrayList<>(ITEMS);
            LocalDate start = LocalDate.of(2022, 1, 1);
            for (int i = 0; i < ITEMS; i++) {
                items.add(new PlanItem(0, start.plusDays(random.nextInt(5 * 365)), LocalTime.of(9 + random.nextInt(8), 0),
                        List.of(pageIds.get(random.nextInt(200)), pageIds.get(random.nextInt(200))), "Тема " + i, "",
                        PostFormat.PHOTO, "", PlanStatus.PLANNED, null));
            }
            PlanRepository plan = new PlanRepository(db, java.time.Clock.systemDefaultZone());
            long fill = System.nanoTime();
            plan.saveSeries(items);
            long fillMs = (System.nanoTime() - fill) / 1_000_000;
            List<Long> times = new ArrayList<>();
            List<Long> refs = new ArrayList<>();
            int shown = 0;
            for (int r = 0; r < ROUNDS + 2; r++) {
                YearMonth m = YearMonth.of(2024, 1 + r % 12);
                LocalDate from = m.atDay(1).minusDays(6);
                LocalDate to = m.atEndOfMonth().plusDays(6);
                long t0 = System.nanoTime();
                shown = plan.between(from, to).size();
                long t1 = System.nanoTime();
                db.read(c -> {
                    try (var ps = c.prepareStatement("SELECT COUNT(*) FROM plan_item"); var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                long t2 = System.nanoTime();
                if (r >= 2) {
                    times.add((t1 - t0) / 1_000_000);
                    refs.add((t2 - t1) / 1_000_000);
                }
            }
            long ms = StartupBenchmark.median(times);
            long ref = Math.max(1, StartupBenchmark.median(refs));
            String text = String.format(Locale.ROOT, """
                    ## Контент-план: переключение месяца

                    100 000 пунктов плана за 5 лет на 200 страницах (заполнение — %d мс одной транзакцией). Замер — то,
                    что экран спрашивает у базы при смене месяца: шесть недель пунктов со страницами (около %d пунктов).
                    Медиана из %d замеров; эталон — `SELECT COUNT(*) FROM plan_item`. Построение сетки на экране —
                    это 42 ячейки и по ярлыку на пункт, оно меряется вместе с окном (раздел «Запуск»).

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    | пункты месяца из базы | %d | %d | %.1f | < 500 мс — %s |
                    """, fillMs, shown, ROUNDS, ms, ref, (double) ms / ref, ms < 500 ? "выполнен" : "**не выполнен**");
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("planmonth", text);
            System.out.print(text);
        }
    }
}
