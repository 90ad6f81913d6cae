package ru.officialpages.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.ui.MainWindow;
import ru.officialpages.ui.Screen;
import ru.officialpages.ui.UiContext;
import ru.officialpages.ui.common.FxDialogService;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.SyncViewModel;
import ru.officialpages.ui.common.TextCheckService;

/**
 * Is the window responsive while it syncs (issue 20 item 3)? The window on a copy of the large
 * database, on {@code SCREEN} (Сегодня by default, where the program opens), syncs every page from
 * the stand-in VK at {@code API} through its own «Обновить из соцсетей» model. A probe thread asks
 * the UI thread to run a no-op every 5 ms and records how late it ran: the longest wait is the
 * longest stall of the UI thread. The same probe first runs {@code IDLE} seconds with the window
 * idle — the machine's own delays, the floor. While a probe waits longer than 50 ms the UI thread's
 * stack is sampled, so the report says what held it.
 * Prints "idle N MAX P99 OVER100 MAXBUSY BUSYOVER100", "sync … SECONDS STATUS", "stall idle|sync DELAY BUSY PROCESS"
 * (each stall over 100 ms; PROCESS: the whole JVM's CPU in it) and "held COUNT FRAME" lines (the render thread's
 * prefixed "render:"): BUSY is
 * the CPU time the UI and render threads spent during a stall over 100 ms — a stall much longer than
 * its CPU time was the thread waiting for a core on the shared machine, not the program's work.
 * {@code -Dbench.frames=N} (passed on by {@code SyncBenchmark}) keeps N top frames of each stack instead of 4.
 * Args: FOLDER API [SCREEN] [IDLE_SECONDS] [MAX_SYNC_SECONDS].
 */
public final class SyncWindowBench {
    private static final long PROBE_MS = 5;
    private static final long HELD_MS = 50;

    private SyncWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        String api = args[1];
        Screen screen = Screen.valueOf(args.length > 2 ? args[2] : "TODAY");
        int idleSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int maxSyncSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        CompletableFuture<GuiStart.Opened> opening = CompletableFuture.supplyAsync(() -> GuiStart.open(folder));
        CompletableFuture<Object[]> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(show(opening.join(), screen, folder, api)));
        Object[] session = started.get(120, TimeUnit.SECONDS);
        SyncViewModel sync = (SyncViewModel) session[0];
        Thread fx = (Thread) WindowBench.callFx(Thread::currentThread);
        Thread.sleep(5_000); // the first screen's data and the text checker's loading settle

        Probe idle = Probe.run(fx, () -> sleepQuietly(idleSeconds * 1000L));
        System.out.println("idle " + idle.line());
        idle.stalls.forEach(st -> System.out.println("stall idle " + st));

        CountDownLatch done = new CountDownLatch(1);
        long[] seconds = new long[1];
        Probe during = Probe.run(fx, () -> {
            long t0 = System.nanoTime();
            try {
                WindowBench.callFx(() -> {
                    sync.runningProperty().addListener((o, was, now) -> {
                        if (!now) {
                            done.countDown();
                        }
                    });
                    sync.start();
                    return null;
                });
                done.await(maxSyncSeconds, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            seconds[0] = (System.nanoTime() - t0) / 1_000_000_000L;
        });
        System.out.println("sync " + during.line() + " " + seconds[0] + " " + WindowBench.callFx(() -> sync.statusProperty().get())
                .replace('\n', ' '));
        during.stalls.forEach(st -> System.out.println("stall sync " + st));
        System.out.println("cpu idle " + idle.cpu + " sync " + during.cpu);
        during.held.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .forEach(e -> System.out.println("held " + e.getValue() + " " + e.getKey()));
        System.exit(0);
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} on this thread while probing the UI thread; keeps the delays and what held the thread. */
    private static final class Probe {
        final List<Long> delays = new ArrayList<>();
        /** Per stall over 100 ms: CPU the UI and render threads spent in it, ms; the rest was waiting for a core. */
        final List<Long> busy = new ArrayList<>();
        final Map<String, Integer> held = new HashMap<>();
        /** Per stall over 100 ms: "DELAY BUSY PROCESS" — the whole process's CPU in it besides the UI and render threads' own. */
        final List<String> stalls = new ArrayList<>();
        /** "UI_AND_RENDER PROCESS": CPU ms of the UI and render threads and of the whole process over the probed time. */
        String cpu = "";

        static Probe run(Thread fx, Runnable work) throws Exception {
            Probe p = new Probe();
            AtomicLong posted = new AtomicLong();
            AtomicLong ran = new AtomicLong();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Thread renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .findFirst().orElse(null);
            long render = renderer == null ? -1 : renderer.getId();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            Thread prober = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        long cpu0 = mx.getThreadCpuTime(fx.getId()) + Math.max(0, mx.getThreadCpuTime(render));
                        long process0 = os.getProcessCpuTime();
                        long t0 = System.nanoTime();
                        posted.set(t0);
                        CountDownLatch answered = new CountDownLatch(1);
                        Platform.runLater(() -> {
                            ran.set(System.nanoTime());
                            answered.countDown();
                        });
                        while (!answered.await(HELD_MS, TimeUnit.MILLISECONDS)) {
                            p.sample(fx, "");
                            if (renderer != null) {
                                p.sample(renderer, "render: ");
                            }
                        }
                        long cpu = (mx.getThreadCpuTime(fx.getId()) + Math.max(0, mx.getThreadCpuTime(render)) - cpu0) / 1_000_000;
                        synchronized (p) {
                            long delay = (ran.get() - t0) / 1_000_000;
                            p.delays.add(delay);
                            if (delay > 100) {
                                p.busy.add(cpu);
                                p.stalls.add(delay + " " + cpu + " " + (os.getProcessCpuTime() - process0) / 1_000_000);
                            }
                        }
                        Thread.sleep(PROBE_MS);
                    }
                } catch (InterruptedException e) {
                    // done
                }
            }, "ui-probe");
            prober.setDaemon(true);
            long uiCpu0 = mx.getThreadCpuTime(fx.getId()) + Math.max(0, mx.getThreadCpuTime(render));
            long processCpu0 = os.getProcessCpuTime();
            prober.start();
            work.run();
            p.cpu = ((mx.getThreadCpuTime(fx.getId()) + Math.max(0, mx.getThreadCpuTime(render)) - uiCpu0) / 1_000_000) + " "
                    + (os.getProcessCpuTime() - processCpu0) / 1_000_000;
            prober.interrupt();
            prober.join(10_000);
            return p;
        }

        private synchronized void sample(Thread fx, String prefix) {
            StackTraceElement[] stack = fx.getStackTrace();
            // The program's own frame nearest the top says what the UI thread was doing for it; the top
            // frames say where (styles, layout, a lock, the renderer).
            String ours = "-";
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("ru.officialpages")) {
                    ours = e.getClassName().replace("ru.officialpages.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
                    break;
                }
            }
            StringBuilder top = new StringBuilder();
            for (int i = 0; i < Math.min(Integer.getInteger("bench.frames", 4), stack.length); i++) {
                String c = stack[i].getClassName();
                top.append(i == 0 ? "" : " < ").append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(stack[i].getMethodName());
            }
            held.merge(prefix + ours + " | " + top, 1, Integer::sum);
        }

        synchronized String line() {
            List<Long> sorted = new ArrayList<>(delays);
            sorted.sort(null);
            long max = sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1);
            long p99 = sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
            long over = sorted.stream().filter(d -> d > 100).count();
            long maxBusy = busy.stream().mapToLong(Long::longValue).max().orElse(0);
            long overBusy = busy.stream().filter(b -> b > 100).count();
            return sorted.size() + " " + max + " " + p99 + " " + over + " " + maxBusy + " " + overBusy;
        }
    }

    /** As WindowSession.show, with the sync model the window's button drives, its connections on the stand-in VK. */
    private static Object[] show(GuiStart.Opened opened, Screen screen, DataFolder folder, String api) {
        AppContext ctx = opened.ctx();
        Stage stage = new Stage();
        FxDialogService dialogs = new FxDialogService(stage);
        FxTaskExecutor executor = new FxTaskExecutor(dialogs);
        TextCheckService textChecks = new TextCheckService(true, opened.dictionary(), word -> { });
        Preferences prefs = Preferences.userRoot().node("ru/officialpages/bench-sync");
        prefs.put("screen.last", screen.name());
        UiContext ui = new UiContext(executor, textChecks, prefs, Clock.systemDefaultZone(), ctx.desks(), ctx.reportDesk());
        MainWindow window = new MainWindow(stage, ui, dialogs);
        Map<String, String> env = new HashMap<>();
        env.put("OFFICIAL_PAGES_VK_TOKEN", "bench0123456789abcdef");
        env.put("OFFICIAL_PAGES_VK_API", api);
        // Telegram's pages ask the stand-in too, which knows none of them: noted, not a lost connection.
        env.put("OFFICIAL_PAGES_TELEGRAM_PREVIEW", api.replace("/method/", "/tg/"));
        SocialConnections social = SocialConnections.inFolder(folder.path(), env);
        SyncViewModel sync = SyncViewModel.forWindow(ctx.socialSync(social), executor, prefs);
        window.setSync(sync);
        window.show(opened.settings());
        textChecks.warmUp();
        return new Object[] {sync, LocalDateTime.now()};
    }
}
