package ru.officialpages.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import ru.officialpages.bench.DelayProxy;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.ui.MainWindow;
import ru.officialpages.ui.Screen;
import ru.officialpages.ui.UiContext;
import ru.officialpages.ui.common.FxDialogService;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.TextCheckService;

/**
 * The window on the large database, as the user meets it (issue 10): every screen opened once
 * from the rail, timed from the click to the first laid-out frame after its data arrived; then
 * LanguageTool warmed up and the resident memory read from /proc. Each screen is compared with a
 * bare SQL query for what it shows, run on its own connection in the same process.
 * Prints "screen NAME OURS_US REF_US CPU_US FX_CPU_US DB_CPU_US" and "rss KB hwm KB" lines for {@link ru.officialpages.bench.WindowFigures}.
 * <p>With {@code FOLDER PORT LOGIN PASSWORD DATABASE DELAY_MS} it opens the window on a district's PostgreSQL
 * server at PORT as LOGIN, through a {@link DelayProxy} adding DELAY_MS a round trip (issue 20 item 4,
 * {@link DistrictBenchmark}); the bare queries go through the same proxy, and a "queries NAME N TRIPS WORST"
 * line follows each screen's: the statements that screen's opening sent.
 */
public final class WindowBench {
    /** The screens measured, in the order of the rail; a new screen is one more entry here and in {@link #BARE}. */
    static final List<Screen> SCREENS = List.of(Screen.TODAY, Screen.PAGES, Screen.PLAN, Screen.POSTS, Screen.MODERATION,
            Screen.MESSAGES, Screen.REPORTS);

    /** What each screen reads at the least, as one bare query (the reference). */
    static final Map<Screen, String> BARE = new LinkedHashMap<>();

    static {
        BARE.put(Screen.TODAY, "SELECT COUNT(*) FROM plan_item WHERE day BETWEEN '2026-11-16' AND '2026-11-29'");
        BARE.put(Screen.PAGES, "SELECT * FROM page");
        BARE.put(Screen.PLAN, "SELECT * FROM plan_item WHERE day BETWEEN '2026-10-26' AND '2026-12-06'");
        BARE.put(Screen.POSTS, "SELECT (SELECT COUNT(*) FROM post), (SELECT COUNT(*) FROM (SELECT * FROM post ORDER BY published_at DESC LIMIT 200) AS p)");
        BARE.put(Screen.MODERATION, "SELECT * FROM moderation_record ORDER BY noticed_at DESC LIMIT 200");
        BARE.put(Screen.MESSAGES, "SELECT * FROM message WHERE due_at IS NOT NULL ORDER BY due_at LIMIT 200");
        BARE.put(Screen.REPORTS, "SELECT COUNT(*) FROM post WHERE published_at >= '2026-11-16'");
    }

    private WindowBench() {
    }

    /** {@code -Dbench.screens=TODAY,PLAN} times only those (for profiling one screen); all by default. */
    static List<Screen> chosen() {
        String only = System.getProperty("bench.screens", "");
        return only.isBlank() ? SCREENS : java.util.Arrays.stream(only.split(",")).map(String::trim).map(Screen::valueOf).toList();
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        DelayProxy proxy = args.length > 1 ? new DelayProxy(Integer.parseInt(args[1]), Long.parseLong(args[5])) : null;
        ServerAddress server = proxy == null ? null : new ServerAddress("127.0.0.1", proxy.port(), args[4], args[2], args[3]);
        if (server != null) {
            folder.prepare();
        }
        CompletableFuture<GuiStart.Opened> opening = CompletableFuture.supplyAsync(
                () -> server == null ? GuiStart.open(folder) : GuiStart.openOnServer(folder, server));
        CompletableFuture<Session> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(show(opening.join())));
        Session s = started.get(60, TimeUnit.SECONDS);
        // Let the first screen (the last one remembered) settle before timing the others.
        waitIdle(s);
        // LanguageTool warms up after the window is up, as in WindowSession: on two cores it takes one
        // of them for seconds, so the screens are timed once it is done (the user at work, not at start).
        CountDownLatch ready = new CountDownLatch(1);
        onFx(() -> {
            if (s.textChecks.spellingReadyProperty().get()) {
                ready.countDown();
            }
            s.textChecks.spellingReadyProperty().addListener((o, was, now) -> ready.countDown());
        });
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("LanguageTool did not warm up");
        }
        CountDownLatch checked = new CountDownLatch(1);
        onFx(() -> s.textChecks.check("В целях информирования населения сообщаем о проведении субботника.", f -> checked.countDown()));
        checked.await(60, TimeUnit.SECONDS);
        long fxThread = callFx(() -> Thread.currentThread().getId());
        // The software renderer draws each frame on a thread of its own: its time is printed last, apart.
        long renderThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        long dbThread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("database"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        onFx(() -> s.window.open(Screen.SETTINGS));
        waitIdle(s);
        step("LANGUAGETOOL");

        String url = server == null ? "jdbc:sqlite:" + folder.database().toAbsolutePath() : server.jdbcUrl();
        try (Connection bare = server == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, server.login(), server.password())) {
            for (Screen screen : chosen()) {
                long ref = median(() -> timeQuery(bare, BARE.get(screen)));
                Map<String, Long> sentBefore = proxy == null ? Map.of() : proxy.statements();
                long tripsBefore = proxy == null ? 0 : proxy.roundTrips();
                long fxBefore = cpu.getThreadCpuTime(fxThread);
                long dbBefore = Math.max(0, cpu.getThreadCpuTime(dbThread));
                long renderBefore = Math.max(0, cpu.getThreadCpuTime(renderThread));
                long began = System.nanoTime();
                long beganAt = System.currentTimeMillis();
                onFx(() -> s.window.open(screen));
                waitIdle(s);
                long ours = (System.nanoTime() - began) / 1_000;
                long fxUs = (cpu.getThreadCpuTime(fxThread) - fxBefore) / 1_000;
                long dbUs = (Math.max(0, cpu.getThreadCpuTime(dbThread)) - dbBefore) / 1_000;
                long renderUs = (Math.max(0, cpu.getThreadCpuTime(renderThread)) - renderBefore) / 1_000;
                System.out.println("screen " + screen.name() + " " + ours + " " + ref + " " + (fxUs + dbUs) + " " + fxUs + " " + dbUs
                        + " " + renderUs);
                if (proxy != null) {
                    Map<String, Long> sent = DelayProxy.since(sentBefore, proxy.statements());
                    System.out.println("queries " + screen.name() + " " + DelayProxy.queries(sent) + " "
                            + (proxy.roundTrips() - tripsBefore) + " " + DelayProxy.worst(sent, 3, 90));
                    if (Boolean.getBoolean("bench.sql")) {
                        sent.forEach((sql, n) -> System.out.println("sql " + screen.name() + " " + n + "× " + sql.replaceAll("\\s+", " ")));
                    }
                }
                if (Boolean.getBoolean("bench.window")) {
                    // Wall-clock bounds of the opening, to cut a JFR recording down to it.
                    System.out.println("window " + screen.name() + " " + beganAt + " " + System.currentTimeMillis());
                }
                step(screen.name());
            }
        }
        Thread.sleep(1000);
        long[] mem = memory();
        long used = heapUsedKb();
        System.gc();
        System.out.println("rss " + mem[0] + " hwm " + mem[1] + " heap " + used + " live " + heapUsedKb()
                + " metaspace " + java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getName().equals("Metaspace")).mapToLong(p -> p.getUsage().getCommitted() / 1024).sum());
        if (Boolean.getBoolean("bench.smaps")) {
            printMappings();
        }
        // For a heap histogram or NMT summary with jcmd (bench.hold=seconds); prints "hold PID" first.
        long hold = Long.getLong("bench.hold", 0);
        if (hold > 0) {
            System.out.println("hold " + ProcessHandle.current().pid());
            System.out.flush();
            Thread.sleep(hold * 1000);
        }
        System.exit(0);
    }

    /**
     * With -Dbench.steps=DIR: the live heap after each step (a full GC, so never in a timed run)
     * and its class histogram in DIR/NN-STEP.txt, to see what each screen keeps.
     */
    private static void step(String name) throws Exception {
        String dir = System.getProperty("bench.steps");
        if (dir == null) {
            return;
        }
        String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Files.createDirectories(Path.of(dir));
        Files.writeString(Path.of(dir, String.format("%02d-%s.txt", ++steps, name)), histogram);
        System.out.println("step " + name + " live " + heapUsedKb() + " rss " + memory()[0]);
    }

    private static int steps;

    /** Where the resident memory is, by mapping: for finding what to cut. */
    private static void printMappings() throws Exception {
        Map<String, Long> byName = new java.util.HashMap<>();
        String name = "";
        for (String line : Files.readAllLines(Path.of("/proc/self/smaps"), StandardCharsets.UTF_8)) {
            String[] p = line.trim().split("\\s+");
            if (p[0].matches("[0-9a-f]+-[0-9a-f]+")) {
                name = p.length > 5 ? p[5] : "[anon]";
            } else if (p[0].equals("Rss:")) {
                byName.merge(name, Long.parseLong(p[1]), Long::sum);
            }
        }
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("map " + e.getValue() + " " + e.getKey()));
    }

    private record Session(Stage stage, MainWindow window, FxTaskExecutor executor, TextCheckService textChecks) {
    }

    /** As WindowSession.show, keeping hold of the window so the benchmark can click through it. */
    private static Session show(GuiStart.Opened opened) {
        AppContext ctx = opened.ctx();
        Stage stage = new Stage();
        FxDialogService dialogs = new FxDialogService(stage);
        FxTaskExecutor executor = new FxTaskExecutor(dialogs);
        TextCheckService textChecks = new TextCheckService(true, opened.dictionary(), word -> { });
        // The window opens on Настройки, so every screen timed below is built fresh, as on a first click.
        Preferences prefs = Preferences.userRoot().node("ru/officialpages/bench");
        prefs.put("screen.last", Screen.SETTINGS.name());
        UiContext ui = new UiContext(executor, textChecks, prefs, Clock.systemDefaultZone(), ctx.desks(),
                ctx.reportDesk());
        MainWindow window = new MainWindow(stage, ui, dialogs);
        window.show(opened.settings());
        textChecks.warmUp();
        return new Session(stage, window, executor, textChecks);
    }

    /** Until no background task runs and one more frame has been laid out after that. */
    private static void waitIdle(Session s) throws Exception {
        while (true) {
            boolean busy = callFx(() -> s.executor.busyProperty().get());
            if (!busy) {
                break;
            }
            Thread.sleep(1);
        }
        CountDownLatch pulse = new CountDownLatch(1);
        onFx(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                s.stage.getScene().removePostLayoutPulseListener(listener[0]);
                pulse.countDown();
            };
            s.stage.getScene().addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        pulse.await(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable r) throws Exception {
        callFx(() -> {
            r.run();
            return null;
        });
    }

    static <T> T callFx(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static long timeQuery(Connection c, String sql) {
        long began = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return (System.nanoTime() - began) / 1_000;
    }

    private static long median(Supplier<Long> run) {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(run.get());
        }
        all.sort(null);
        return all.get(2);
    }

    /** VmRSS and VmHWM in KB, as the kernel counts them. */
    static long[] memory() throws Exception {
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, hwm};
    }

    private static long heapUsedKb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1024;
    }
}
