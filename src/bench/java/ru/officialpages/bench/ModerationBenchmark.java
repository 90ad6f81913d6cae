package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

/**
 * The moderation list on 200,000 records (issue 6, issue 10's large database): what the screen
 * asks when it opens, when a filter changes and when the table scrolls — a count and a block of
 * 200 rows with their grounds — and the blacklist check made while an author's name is typed.
 * The reference is the bare {@code SELECT COUNT(*)} of the same table by the same repository.
 */
public final class ModerationBenchmark {
    static final int RECORDS = 200_000;
    static final int PAGES = 200;
    static final int ROUNDS = 7;

    private ModerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("moderation-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            ModerationRepository repo = new ModerationRepository(db);
            long fillStart = System.nanoTime();
            List<Page> pages = fill(db, repo);
            long fillMs = (System.nanoTime() - fillStart) / 1_000_000;
            Page some = pages.get(17);
            String[][] rows = {
                {"открыть список: число + первые 200 строк с основаниями", "all"},
                {"фильтр по странице", "page"},
                {"фильтр по основанию «Реклама» и действию «удалён»", "ground"},
                {"фильтр по периоду (месяц)", "period"},
                {"поиск по тексту или автору «гараж»", "text"},
                {"прокрутка в середину: строки 100 000–100 199", "scroll"},
                {"проверка автора по чёрному списку (5 000 записей)", "listed"},
            };
            StringBuilder table = new StringBuilder();
            long reference = median(repo::countRecords);
            for (String[] r : rows) {
                long ms = median(() -> switch (r[1]) {
                    case "all" -> repo.count(ModerationFilter.ALL) + repo.slice(ModerationFilter.ALL, 0, 200).size();
                    case "page" -> {
                        ModerationFilter f = new ModerationFilter(some.id(), null, null, null, null, "");
                        yield repo.count(f) + repo.slice(f, 0, 200).size();
                    }
                    case "ground" -> {
                        ModerationFilter f = new ModerationFilter(null, null, null, DeletionGround.ADVERTISING,
                                ModerationAction.DELETED, "");
                        yield repo.count(f) + repo.slice(f, 0, 200).size();
                    }
                    case "period" -> {
                        ModerationFilter f = new ModerationFilter(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                                null, null, "");
                        yield repo.count(f) + repo.slice(f, 0, 200).size();
                    }
                    case "text" -> {
                        ModerationFilter f = new ModerationFilter(null, null, null, null, null, "гараж");
                        yield repo.count(f) + repo.slice(f, 0, 200).size();
                    }
                    case "listed" -> repo.listed("Автор 4321", "https://vk.com/id4321", LocalDate.of(2026, 11, 23)).size();
                    default -> repo.slice(ModerationFilter.ALL, 100_000, 200).size();
                });
                table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | < 100 мс — %s |%n", r[0], ms, reference,
                        (double) ms / Math.max(1, reference), ms < 100 ? "выполнен" : "**не выполнен**"));
            }
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            String text = String.format(Locale.ROOT, """
                    ## Модерация на 200 000 записей

                    База: %d страниц, %d записей модерации за 5 лет, в чёрном списке около %d авторов (заполнение — %d мс
                    одной транзакцией). Экран спрашивает у базы число строк и один блок из 200 строк с их основаниями;
                    остальные блоки — по мере прокрутки. Медиана из %d замеров; эталон — голый `SELECT COUNT(*)` тем же хранилищем.
                    Средняя загрузка машины во время замера: %.1f на %d ядрах (другие процессы делят процессор, цифры шумные).
                    Фильтры по странице, периоду, основанию и действию идут по индексам; блок строк выбирается сначала по
                    индексу времени (только номера), поэтому прокрутка в середину не читает предыдущие записи. Поиск по
                    тексту — подстрока без полнотекстового индекса: он читает все записи, его время растёт с их числом.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    %s""", PAGES, RECORDS, RECORDS / 40, fillMs, ROUNDS,
                    os.getSystemLoadAverage(), os.getAvailableProcessors(), table);
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("moderation", text);
            System.out.print(text);
        }
    }

    private static List<Page> fill(Database db, ModerationRepository repo) {
        OrganizationRepository orgs = new OrganizationRepository(db);
        PageRepository pageRepo = new PageRepository(db);
        List<Page> pages = new ArrayList<>();
        String[] networks = {Network.VK, Network.OK, Network.TELEGRAM};
        for (int i = 0; i < PAGES; i++) {
            Organization o = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Учреждение " + i, "", "", "", "",
                    false, "", false));
            pages.add(pageRepo.add(new Page(0, o.id(), networks[i % 3], "https://vk.com/page" + i, LocalDate.of(2021, 1, 1),
                    null, null)));
        }
        String[] texts = {"Продам гараж недорого", "Подпишитесь на канал", "Когда починят дорогу?", "Вы все воры",
            "Голосуйте за мой рисунок", "Позвоните 8 913 555-12-34"};
        DeletionGround[] grounds = DeletionGround.values();
        ModerationAction[] actions = ModerationAction.values();
        Random random = new Random(11);
        List<ModerationRecord> batch = new ArrayList<>(RECORDS);
        LocalDateTime start = LocalDateTime.of(2021, 11, 1, 8, 0);
        for (int i = 0; i < RECORDS; i++) {
            Page p = pages.get(random.nextInt(PAGES));
            Set<DeletionGround> g = EnumSet.of(grounds[random.nextInt(grounds.length)]);
            if (random.nextBoolean()) {
                g.add(grounds[random.nextInt(grounds.length)]);
            }
            // One in forty blacklists or restricts its author: about 5,000 entries, as issue 10's large database.
            ModerationAction a = i % 40 == 0 ? ModerationAction.BLACKLISTED : actions[random.nextInt(actions.length)];
            if (a.restrictsAuthor() && i % 40 != 0) {
                a = ModerationAction.DELETED;
            }
            LocalDateTime at = start.plusMinutes(i * 13L + random.nextInt(13));
            int author = random.nextInt(50_000);
            batch.add(new ModerationRecord(0, p.id(), at, "Автор " + author, "https://vk.com/id" + author,
                    texts[random.nextInt(texts.length)], g, a, "", at.plusMinutes(5)));
        }
        repo.addAll(batch);
        return pages;
    }

    private static long median(Supplier<Integer> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long t0 = System.nanoTime();
            work.get();
            if (i >= 2) {
                times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        return StartupBenchmark.median(times);
    }
}
