package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;

/**
 * The post log on 300,000 posts (issue 5): what the screen asks the database when it opens,
 * when a filter changes and when the table scrolls — a count and one block of 200 rows. The
 * reference is the bare {@code SELECT COUNT(*)} of the same table by the same repository.
 */
public final class PostLogBenchmark {
    static final int POSTS = 300_000;
    static final int PAGES = 200;
    static final int ROUNDS = 7;

    private PostLogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("postlog-bench");
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            PostRepository posts = new PostRepository(db);
            long fillStart = System.nanoTime();
            List<Page> pages = fill(db, posts);
            long fillMs = (System.nanoTime() - fillStart) / 1_000_000;
            Page some = pages.get(17);
            String[][] rows = {
                {"открыть журнал: число + первые 200 строк", "all"},
                {"фильтр по странице", "page"},
                {"фильтр по формату и периоду (месяц)", "format"},
                {"поиск по тексту «субботник»", "text"},
                {"прокрутка в середину: строки 150 000–150 199", "scroll"},
            };
            StringBuilder table = new StringBuilder();
            long reference = median(() -> posts.count());
            for (String[] r : rows) {
                long ms = median(() -> switch (r[1]) {
                    case "all" -> posts.count(PostFilter.ALL) + posts.slice(PostFilter.ALL, PostSort.NEWEST, 0, 200).size();
                    case "page" -> {
                        PostFilter f = new PostFilter(some.id(), null, null, null, "");
                        yield posts.count(f) + posts.slice(f, PostSort.NEWEST, 0, 200).size();
                    }
                    case "format" -> {
                        PostFilter f = new PostFilter(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), PostFormat.VIDEO, "");
                        yield posts.count(f) + posts.slice(f, PostSort.NEWEST, 0, 200).size();
                    }
                    case "text" -> {
                        PostFilter f = new PostFilter(null, null, null, null, "субботник");
                        yield posts.count(f) + posts.slice(f, PostSort.NEWEST, 0, 200).size();
                    }
                    default -> posts.slice(PostFilter.ALL, PostSort.NEWEST, 150_000, 200).size();
                });
                table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | < 100 мс — %s |%n", r[0], ms, reference,
                        (double) ms / Math.max(1, reference), ms < 100 ? "выполнен" : "**не выполнен**"));
            }
            String text = String.format(Locale.ROOT, """
                    ## Журнал публикаций на 300 000 записей

                    База: %d страниц, %d публикаций за 5 лет (заполнение — %d мс одной транзакцией).
                    Экран спрашивает у базы число строк и один блок из 200 строк; остальные блоки — по мере прокрутки.
                    Медиана из %d замеров; эталон — голый `SELECT COUNT(*) FROM post` тем же хранилищем.

                    | действие | программа, мс | эталон, мс | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    %s""", PAGES, POSTS, fillMs, ROUNDS, table);
            new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("postlog", text);
            System.out.print(text);
        }
    }

    static List<Page> fill(Database db, PostRepository posts) {
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
        String[] topics = {"Субботник в парке", "Приём граждан", "Ремонт дороги", "Концерт", "График вывоза мусора"};
        Random random = new Random(7);
        List<Post> batch = new ArrayList<>(POSTS);
        LocalDateTime start = LocalDateTime.of(2021, 11, 1, 8, 0);
        for (int i = 0; i < POSTS; i++) {
            Page p = pages.get(random.nextInt(PAGES));
            batch.add(new Post(0, p.id(), start.plusMinutes(i * 8L + random.nextInt(8)), "https://vk.com/wall-" + p.id() + "_" + i,
                    PostFormat.values()[random.nextInt(PostFormat.values().length)], topics[random.nextInt(topics.length)]));
        }
        posts.addAll(batch);
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
