package ru.officialpages.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ru.officialpages.connect.Pace;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.desk.SocialSync;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostReach;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PlatformKeyFile;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.SyncedRepository;

/**
 * The sync's budgets (issue 20 item 3): 200 VK pages × 8 weeks read from a stand-in VK on 127.0.0.1
 * at VK's real ceiling of 3 requests a second (the program's own pace, the real clock) — the
 * wall-clock against the floor of requests ÷ 3; and 10,000 synced posts stored, against the same
 * rows put in by the import's batch insert.
 */
public final class SyncBenchmark {
    static final int PAGES = 200;
    static final int POSTS_PER_DAY = 2;
    /** Every fourth page has a post with new comments: one more request for it. */
    static final int COMMENTED_EVERY = 4;
    static final int STORED = 10_000;

    private SyncBenchmark() {
    }

    /** The longest the UI thread may be held while syncing. */
    static final long STALL_BUDGET_MS = 100;

    /**
     * The window while it syncs: {@code ru.officialpages.app.SyncWindowBench} in a JVM of its own (the
     * installer's options, software rendering) on a copy of the large database, its VK pages read from
     * the stand-in. Returns the lines it printed ("idle …", "sync …", "held …").
     */
    static List<String> window(String screen) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer vk = standIn(LocalDateTime.now().withSecond(0).withNano(0), requests);
        Path folder = LargeFixture.copy();
        try {
            String sep = java.io.File.pathSeparator;
            // -Dbench.prepend=DIR: classes put before the program's (an earlier version, for before/after in one run).
            String prepend = System.getProperty("bench.prepend", "");
            String cp = (prepend.isEmpty() ? "" : prepend + sep) + "target/bench-classes" + sep + "target/classes" + sep
                    + "target/lib/*";
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dprism.order=sw", "-Dbench.frames=" + Integer.getInteger("bench.frames", 4)));
            cmd.addAll(WindowFigures.INSTALLER_OPTIONS);
            // -Dbench.jvm="-Djavafx.pulseLogger=true …": more options for the window's JVM, to look into a stall.
            String more = System.getProperty("bench.jvm", "").strip();
            if (!more.isEmpty()) {
                cmd.addAll(List.of(more.split("\\s+")));
            }
            cmd.addAll(List.of("-cp", cp, "ru.officialpages.app.SyncWindowBench", folder.toString(),
                    "http://127.0.0.1:" + vk.getAddress().getPort() + "/method/", screen, "15",
                    Integer.toString(Integer.getInteger("bench.syncSeconds", 300))));
            List<String> all = WindowFigures.run(cmd);
            if (Boolean.getBoolean("bench.verbose")) {
                all.forEach(l -> System.out.println("  | " + l));
            }
            List<String> lines = all.stream()
                    .filter(l -> l.startsWith("idle ") || l.startsWith("sync ") || l.startsWith("held ")
                            || l.startsWith("stall ") || l.startsWith("cpu ")).toList();
            lines.forEach(System.out::println);
            return lines;
        } finally {
            vk.stop(0);
            LargeFixture.deleteTree(folder);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--store")) {
            Path dir = Files.createTempDirectory("sync-store");
            long[] t = store(dir, LocalDateTime.now().withSecond(0).withNano(0));
            System.out.println("store " + t[0] + " restore " + t[1] + " reference " + t[2] + " ms; CPU store " + t[3]
                    + " reference " + t[4] + " restore " + t[5] + " ms; loadavg " + loadavg());
            LargeFixture.deleteTree(dir);
            return;
        }
        if (args.length > 0 && args[0].equals("--window")) {
            window(args.length > 1 ? args[1] : "TODAY");
            return;
        }
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : PAGES;
        Path dir = Files.createTempDirectory("sync-bench");
        LocalDateTime now = LocalDateTime.now().withSecond(0).withNano(0);
        AtomicInteger requests = new AtomicInteger();
        HttpServer vk = standIn(now, requests);
        try {
            // 1. The whole sync, as «Обновить из соцсетей» runs it on the first day (8 weeks back).
            long syncMs;
            SocialSync.Outcome outcome;
            try (Database db = Database.open(dir.resolve("sync.db"))) {
                Desks desks = desks(db);
                desks.office().save(new Settings("Район", "", "Глава", "", "", NormPreset.ISHTAN, NormPreset.ISHTAN.norms(),
                        3, false, true));
                for (int i = 1; i <= pages; i++) {
                    Organization o = desks.pages().saveOrganization(new Organization(0, OrganizationKind.INSTITUTION,
                            "Учреждение " + i, "", "", "", "", false, "", false));
                    desks.pages().add(new Page(0, o.id(), Network.VK, "https://vk.com/club" + (100_000 + i),
                            LocalDate.of(2024, 1, 1), null, null));
                }
                Map<String, String> env = Map.of("OFFICIAL_PAGES_VK_TOKEN", "bench0123456789abcdef",
                        "OFFICIAL_PAGES_VK_API", "http://127.0.0.1:" + vk.getAddress().getPort() + "/method/");
                SocialConnections social = new SocialConnections(new PlatformKeyFile(dir), env, LocalDateTime::now,
                        ZoneId.systemDefault(), Pace.Timer.SYSTEM);
                SocialSync sync = new SocialSync(desks.pages(), desks.posts(), desks.plan(), new SyncedRepository(db),
                        social, desks.changes(), LocalDateTime::now);
                requests.set(0);
                long t0 = System.nanoTime();
                outcome = sync.run(SocialSync.Request.ALL, SocialSync.Progress.NONE);
                syncMs = (System.nanoTime() - t0) / 1_000_000;
            }
            int n = requests.get();
            double floorMs = n * 1000.0 / 3;
            double ratio = syncMs / floorMs;

            // 2. Storing 10,000 synced posts (100 pages of 100, one transaction a page, as the sync does),
            // against the import's batch insert of the same 10,000 posts.
            long[] stored = store(dir, now);
            long s = stored[0];
            long r = stored[1];
            long ref = stored[2];
            int posts = outcome.added();
            // 3. The window while it syncs (a JVM of its own on a copy of the large database).
            // Сегодня (where the program opens) and the Журнал (a table of 300,000 posts that reloads on each
            // announcement): the budget is the window's, whatever screen is open.
            List<String> seen = window("TODAY");
            long[] idle = figures(seen, "idle");
            long[] during = figures(seen, "sync");
            boolean responsive = during[3] == 0;
            String todayLoad = loadavg();
            List<String> journal = window("POSTS");
            long[] journalIdle = figures(journal, "idle");
            long[] journalSync = figures(journal, "sync");
            boolean journalResponsive = journalSync[3] == 0;
            String journalLoad = loadavg();
            String table = String.format(Locale.ROOT, """
                    ## Чтение страниц VK (sync)

                    %d страниц VK по 8 недель (по %d записи в день, %d записей; у каждой %d-й страницы одна запись
                    с новыми комментариями) читаются с подставного VK на 127.0.0.1, отвечающего в форме `wall.get` /
                    `wall.getComments` API 5.199, темпом самой программы (не больше 3 запросов в секунду, настоящие часы),
                    в настоящий файл SQLite. Эталон — нижняя граница, которую ставит сам VK: число запросов ÷ 3 в
                    секунду; всё сверх неё — цена программы (разбор, запись, ожидания между окнами темпа).
                    Запись: 10 000 прочитанных записей (100 страниц по 100, одна транзакция на страницу, как при чтении) с
                    охватами; эталон — голая пакетная вставка тех же строк с текстом (срабатывают триггеры полнотекстового
                    индекса) и охватами, тоже транзакцией на страницу, без поиска уже записанных; попеременно (первой
                    по очереди идёт то программа, то эталон), медиана трёх кругов после прогревочного. Нагрузка машины (loadavg) во время замера: %s. Время ЦП потока записи (SQLite
                    работает в нём же; ожидание ядра на загруженной машине в него не входит): запись — %d мс,
                    эталон — %d мс (%.2f), повторная запись — %d мс.

                    | показатель | программа | эталон | отношение | бюджет |
                    |---|---:|---:|---:|---|
                    | чтение %d страниц × 8 недель: %d запросов, %d новых записей | %d мс | %.0f мс | %.3f | ≤ 1,10× (запросы ÷ 3 + 10 %%) — %s |
                    | запись 10 000 прочитанных записей с охватами | %d мс | %d мс | %.2f | < 2000 мс — %s |
                    | повторная запись тех же 10 000 (обновление охватов) | %d мс | %d мс | %.2f | < 2000 мс — %s |
                    | окно во время чтения: самая долгая остановка потока интерфейса (99-й процентиль) | %d мс (%d мс) | %d мс (%d мс) | — | нет остановок > 100 мс — %s |
                    | то же, открыт Журнал | %d мс (%d мс) | %d мс (%d мс) | — | нет остановок > 100 мс — %s |

                    Окно: большая база (копия), экран «Сегодня» (вторая строка — Журнал), чтение всех страниц кнопкой «Обновить из соцсетей» с
                    подставного VK (страницы VK — `utils.resolveScreenName`, Telegram подставной сервер не знает);
                    ключи JVM установщика, программная отрисовка. Поток-щуп каждые 5 мс просит поток интерфейса выполнить
                    пустую задачу и записывает, насколько она опоздала. Эталон — тот же щуп 15 с в простаивающем окне
                    перед чтением (задержки самой машины). Остановок дольше 100 мс: при чтении %d из %d замеров (эталон —
                    %d из %d); из них таких, где потоки интерфейса и отрисовки сами работали больше 100 мс, — %d
                    (самая долгая работа — %d мс; остальное время поток ждал ядро на общей машине); чтение шло %d с;
                    loadavg %s. Открыт Журнал (то же чтение, своя копия базы, loadavg %s): остановок > 100 мс %d из %d (эталон —
                    %d из %d), с работой потоков интерфейса и отрисовки > 100 мс — %d (самая долгая работа — %d мс).
                    """, pages, POSTS_PER_DAY, posts, COMMENTED_EVERY, loadavg(), stored[3], stored[4],
                    (double) stored[3] / Math.max(1, stored[4]), stored[5], pages, n, posts, syncMs, floorMs, ratio,
                    ratio <= 1.10 ? "выполнен" : "**не выполнен**", s, ref, (double) s / ref,
                    s < 2000 ? "выполнен" : "**не выполнен**", r, ref, (double) r / ref,
                    r < 2000 ? "выполнен" : "**не выполнен**",
                    during[1], during[2], idle[1], idle[2], responsive ? "выполнен" : "**не выполнен**",
                    journalSync[1], journalSync[2], journalIdle[1], journalIdle[2],
                    journalResponsive ? "выполнен" : "**не выполнен**",
                    during[3], during[0], idle[3], idle[0], during[5], during[4], during[6], todayLoad, journalLoad,
                    journalSync[3], journalSync[0], journalIdle[3], journalIdle[0], journalSync[5], journalSync[4]);
            new PerformanceDoc(doc).replaceSection("sync", table);
            Figure.save("sync", List.of(
                    new Figure("чтение " + pages + " страниц VK × 8 недель при 3 запросах/с", syncMs, floorMs, "мс",
                            "≤ 1,10× (запросы ÷ 3)", ratio <= 1.10, n + " запросов; эталон — запросы ÷ 3 в секунду"),
                    new Figure("запись 10 000 прочитанных записей с охватами", s, ref, "мс", "< 2000 мс", s < 2000,
                            "эталон — голая пакетная вставка тех же строк с текстом и охватами"),
                    new Figure("окно во время чтения: самая долгая остановка потока интерфейса", during[1], idle[1], "мс",
                            "нет остановок > 100 мс", responsive, String.format(Locale.ROOT,
                            "большая база, «Сегодня», ключи установщика; 99-й процентиль %d мс (эталон — простаивающее окно, %d мс); "
                                    + "остановок > 100 мс — %d из %d, из них с работой потоков UI и отрисовки > 100 мс — %d; loadavg %s",
                            during[2], idle[2], during[3], during[0], during[5], todayLoad)),
                    new Figure("окно во время чтения, открыт Журнал: самая долгая остановка потока интерфейса", journalSync[1],
                            journalIdle[1], "мс", "нет остановок > 100 мс", journalResponsive, String.format(Locale.ROOT,
                            "большая база, Журнал (300 000 публикаций), ключи установщика; 99-й процентиль %d мс (эталон — "
                                    + "простаивающее окно, %d мс); остановок > 100 мс — %d из %d, из них с работой потоков UI и "
                                    + "отрисовки > 100 мс — %d; loadavg %s",
                            journalSync[2], journalIdle[2], journalSync[3], journalSync[0], journalSync[5], journalLoad))));
            System.out.print(table);
        } finally {
            vk.stop(0);
        }
    }

    /**
     * Medians of three rounds after a warm-up: storing 10,000 synced posts and the bare batch insert of
     * the same rows, alternately (each goes first in turn), then storing them again (reach updated). {store, restore, reference, store's
     * CPU, reference's CPU, restore's CPU} in ms; the CPU time is the storing thread's (SQLite works in it), so a loaded
     * machine's waiting for a core is left out.
     */
    static long[] store(Path dir, LocalDateTime now) throws Exception {
        List<Long> store = new ArrayList<>();
        List<Long> restore = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        List<Long> storeCpu = new ArrayList<>();
        List<Long> referenceCpu = new ArrayList<>();
        List<Long> restoreCpu = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            Path f = dir.resolve("store" + round + ".db");
            Path g = dir.resolve("ref" + round + ".db");
            try (Database db = Database.open(f); Database ref = Database.open(g)) {
                List<Long> pageIds = pages(db, 100);
                List<Long> refIds = pages(ref, 100);
                SyncedRepository synced = new SyncedRepository(db);
                List<List<SyncedRepository.ReadPost>> batches = new ArrayList<>();
                List<Post> plain = new ArrayList<>();
                for (int p = 0; p < 100; p++) {
                    List<SyncedRepository.ReadPost> batch = new ArrayList<>();
                    for (int k = 0; k < STORED / 100; k++) {
                        String url = "https://vk.com/wall-" + (100_000 + p) + "_" + (k + 1);
                        LocalDateTime at = now.minusHours(k * 12L);
                        String text = "Новость №" + k + ": о работе администрации, приёме граждан и благоустройстве.";
                        batch.add(new SyncedRepository.ReadPost(pageIds.get(p), url, at, PostFormat.PHOTO,
                                "Новость №" + k, text, new PostReach(300L + k, k, 1, 0, false, now, null)));
                        plain.add(new Post(0, refIds.get(p), at, url, PostFormat.PHOTO, "Новость №" + k, text));
                    }
                    batches.add(batch);
                }
                // Alternating which goes first: on a shared disk the second of two writers to run in a row
                // meets the first one's pages still being flushed.
                long[] ours = new long[2];
                long[] theirs = new long[2];
                Runnable program = () -> timed(ours, () -> batches.forEach(synced::savePosts));
                Runnable bare = () -> timed(theirs, () -> {
                    for (int b = 0; b < 100; b++) {
                        List<Post> page = plain.subList(b * (STORED / 100), (b + 1) * (STORED / 100));
                        ref.write(c -> bareInsert(c, page));
                    }
                });
                if (round % 2 == 0) {
                    program.run();
                    bare.run();
                } else {
                    bare.run();
                    program.run();
                }
                long[] again = new long[2];
                timed(again, () -> batches.forEach(synced::savePosts));
                if (round > 0) {
                    store.add(ours[0]);
                    storeCpu.add(ours[1]);
                    reference.add(theirs[0]);
                    referenceCpu.add(theirs[1]);
                    restore.add(again[0]);
                    restoreCpu.add(again[1]);
                }
            }
        }
        return new long[] {median(store), median(restore), Math.max(1, median(reference)), median(storeCpu),
                median(referenceCpu), median(restoreCpu)};
    }

    /** Runs {@code work}; {wall-clock, this thread's CPU} in ms into {@code into}. */
    private static void timed(long[] into, Runnable work) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run();
        into[0] = (System.nanoTime() - t0) / 1_000_000;
        into[1] = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
    }

    /** The numbers of SyncWindowBench's "idle …" or "sync …" line: count, max, p99, over 100, max busy, busy over 100[, seconds]. */
    static long[] figures(List<String> lines, String kind) {
        String line = lines.stream().filter(l -> l.startsWith(kind + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " line in " + lines));
        String[] p = line.split(" ");
        long[] out = new long[7];
        for (int i = 0; i < 7 && i + 1 < p.length; i++) {
            out[i] = Long.parseLong(p[i + 1]);
        }
        return out;
    }

    /**
     * The floor of storing synced posts: the same rows (text included, so the text index's triggers run)
     * and their reach, batched, one transaction a page, with nothing looked up first.
     */
    private static Void bareInsert(java.sql.Connection c, List<Post> page) throws java.sql.SQLException {
        long before;
        try (java.sql.PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM post");
             java.sql.ResultSet rs = max.executeQuery()) {
            before = rs.next() ? rs.getLong(1) : 0;
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO post (page_id, published_at, url, format,"
                + " topic, search, plan_item_id, text) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)")) {
            for (Post p : page) {
                ps.setLong(1, p.pageId());
                ps.setString(2, p.publishedAt().toString());
                ps.setString(3, p.url());
                ps.setString(4, p.format().name());
                ps.setString(5, p.topic());
                ps.setString(6, (p.topic() + " " + p.url()).toLowerCase(Locale.ROOT));
                ps.setString(7, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO post_reach (post_id, views, likes, reposts,"
                + " comments, approximate, as_of) SELECT id, 300, 1, 1, 0, 0, published_at FROM post WHERE id > ?")) {
            ps.setLong(1, before);
            ps.executeUpdate();
        }
        return null;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "—";
        }
    }

    private static List<Long> pages(Database db, int n) {
        Desks desks = desks(db);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Organization o = desks.pages().saveOrganization(new Organization(0, OrganizationKind.INSTITUTION,
                    "Учреждение " + i, "", "", "", "", false, "", false));
            ids.add(desks.pages().add(new Page(0, o.id(), Network.VK, "https://vk.com/club" + (100_000 + i),
                    LocalDate.of(2024, 1, 1), null, null)).id());
        }
        return ids;
    }

    private static Desks desks(Database db) {
        return Desks.over(new SettingsRepository(db), new CalendarRepository(db, BuiltInCalendars.load()),
                new PageRepository(db), new OrganizationRepository(db), new NetworkRepository(db), new PostRepository(db),
                new PlanRepository(db, java.time.Clock.systemDefaultZone()), new MessageRepository(db), new ModerationRepository(db));
    }

    /**
     * A wall for every owner: {@link #POSTS_PER_DAY} posts a day going back nine weeks, newest first, in
     * the shape of {@code wall.get}; comments in the shape of {@code wall.getComments}.
     */
    static HttpServer standIn(LocalDateTime now, AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        long nowEpoch = now.atZone(ZoneId.systemDefault()).toEpochSecond();
        int total = 63 * POSTS_PER_DAY;
        server.createContext("/method/", exchange -> {
            requests.incrementAndGet();
            Map<String, String> p = new HashMap<>();
            try (InputStream in = exchange.getRequestBody()) {
                for (String pair : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        p.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            String method = exchange.getRequestURI().getPath().substring("/method/".length());
            StringBuilder body = new StringBuilder();
            if (method.equals("wall.get")) {
                long owner = Long.parseLong(p.get("owner_id"));
                int offset = Integer.parseInt(p.get("offset"));
                int count = Integer.parseInt(p.get("count"));
                body.append("{\"response\":{\"count\":").append(total).append(",\"items\":[");
                for (int i = offset; i < Math.min(total, offset + count); i++) {
                    long id = total - i;
                    long date = nowEpoch - 3600L - i * (86_400L / POSTS_PER_DAY);
                    int comments = i == 0 && (-owner) % COMMENTED_EVERY == 0 ? 2 : 0;
                    body.append(i == offset ? "" : ",").append("{\"id\":").append(id).append(",\"owner_id\":")
                            .append(owner).append(",\"from_id\":").append(owner).append(",\"date\":").append(date)
                            .append(",\"post_type\":\"post\",\"text\":\"Новость №").append(id)
                            .append(": о работе администрации.\",\"attachments\":[{\"type\":\"photo\",\"photo\":{\"id\":1,")
                            .append("\"owner_id\":").append(owner).append("}}],\"comments\":{\"count\":").append(comments)
                            .append("},\"likes\":{\"count\":").append(i % 7).append("},\"reposts\":{\"count\":")
                            .append(i % 3).append("},\"views\":{\"count\":").append(300 + i).append("}}");
                }
                body.append("]}}");
            } else if (method.equals("utils.resolveScreenName")) {
                // The registry's short names (the large database's VK pages): a community each, numbered by name.
                body.append("{\"response\":{\"type\":\"group\",\"object_id\":")
                        .append(1 + Math.floorMod(p.getOrDefault("screen_name", "").hashCode(), 1_000_000)).append("}}");
            } else if (method.equals("wall.getComments")) {
                long owner = Long.parseLong(p.get("owner_id"));
                long date = nowEpoch - 1800;
                body.append("{\"response\":{\"count\":2,\"current_level_count\":2,\"can_post\":true,\"items\":[")
                        .append("{\"id\":11,\"from_id\":7,\"post_id\":").append(p.get("post_id")).append(",\"owner_id\":")
                        .append(owner).append(",\"date\":").append(date).append(",\"text\":\"Когда отремонтируют дорогу?\",")
                        .append("\"thread\":{\"count\":0,\"items\":[]}},")
                        .append("{\"id\":12,\"from_id\":8,\"post_id\":").append(p.get("post_id")).append(",\"owner_id\":")
                        .append(owner).append(",\"date\":").append(date + 60).append(",\"text\":\"Спасибо!\",")
                        .append("\"thread\":{\"count\":0,\"items\":[]}}],")
                        .append("\"profiles\":[{\"id\":7,\"first_name\":\"Иван\",\"last_name\":\"Петров\",\"screen_name\":\"id7\"},")
                        .append("{\"id\":8,\"first_name\":\"Мария\",\"last_name\":\"Сидорова\",\"screen_name\":\"id8\"}],")
                        .append("\"groups\":[]}}");
            } else {
                body.append("{\"error\":{\"error_code\":3,\"error_msg\":\"Unknown method passed\"}}");
            }
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }
}
