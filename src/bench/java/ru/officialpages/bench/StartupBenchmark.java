package ru.officialpages.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Start to an interactive window, whole process, against an empty JavaFX window started the same
 * way in the same run (issue 2). Each is started {@value #RUNS} times, alternating, after one
 * warm-up each to fill the OS file cache; medians are compared.
 * Needs a display (the runner starts Xvfb when there is none).
 */
public final class StartupBenchmark {
    static final int RUNS = 5;
    static final ThreadLocal<Long> LAST_CPU_MS = ThreadLocal.withInitial(() -> -1L);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String appCp = "target/official-pages.jar";
        // A jar, not the classes folder: AppCDS archives no classes from a directory, and the reference
        // must be started the same way as the program.
        String refCp = LargeFixture.ROOT.resolve("bench.jar") + File.pathSeparator + "target/lib/*";
        Path data = LargeFixture.folder();
        Path appArchive = LargeFixture.ROOT.resolve("app-cds.jsa").toAbsolutePath();
        Path refArchive = LargeFixture.ROOT.resolve("empty-cds.jsa").toAbsolutePath();
        Files.deleteIfExists(appArchive);
        Files.deleteIfExists(refArchive);

        // The window opens on the screen last used, remembered in the user's preferences, which every
        // copy of the program on this machine shares: a preferences root of its own pins it to Сегодня.
        String prefs = "-Djava.util.prefs.userRoot=" + LargeFixture.ROOT.resolve("prefs").toAbsolutePath();
        List<String> app = List.of(java, "-Dprism.order=sw", prefs, "-Dofficialpages.exitWhenShown=true", "-jar", appCp,
                "--data-dir", data.toString());
        List<String> ref = List.of(java, "-Dprism.order=sw", "-cp", refCp, "ru.officialpages.bench.EmptyWindow");
        // AppCDS as an installer would make it: one run that dumps the classes it loaded at exit.
        timeToShown(with(app, "-XX:ArchiveClassesAtExit=" + appArchive));
        timeToShown(with(ref, "-XX:ArchiveClassesAtExit=" + refArchive));
        List<String> appCds = with(app, "-XX:SharedArchiveFile=" + appArchive);
        List<String> refCds = with(ref, "-XX:SharedArchiveFile=" + refArchive);
        // As the installed program starts: the launcher gives the JVM the installer's options (C1 only,
        // the serial collector, a bounded heap); the reference gets the same.
        List<String> appInst = app;
        List<String> refInst = ref;
        for (String option : WindowFigures.INSTALLER_OPTIONS) {
            appInst = with(appInst, option);
            refInst = with(refInst, option);
        }
        // The window makes the day's copy after its first frame; this process exits at that frame and would
        // cut it (leaving a half-written file) on every run. The copy is made here, so that every run is
        // the usual start, not the day's first.
        Path copies = data.resolve("backups");
        if (Files.isDirectory(copies)) {
            try (var parts = Files.list(copies)) {
                for (Path p : parts.filter(p -> p.getFileName().toString().contains(".db.part")).toList()) {
                    Files.delete(p);
                }
            }
        }
        ru.officialpages.app.AppContext.backupsOf(new ru.officialpages.app.DataFolder(data))
                .dailyIfDue(LocalDateTime.now());
        // One warm-up each fills the OS file cache.
        for (List<String> c : List.of(app, ref, appCds, refCds, appInst, refInst)) {
            timeToShown(c);
        }
        List<Long> appInstWall = new ArrayList<>();
        List<Long> refInstWall = new ArrayList<>();
        List<Long> appInstCpu = new ArrayList<>();
        List<Long> refInstCpu = new ArrayList<>();
        List<Long> appWall = new ArrayList<>();
        List<Long> refWall = new ArrayList<>();
        List<Long> appCdsWall = new ArrayList<>();
        List<Long> refCdsWall = new ArrayList<>();
        List<Long> appCpu = new ArrayList<>();
        List<Long> refCpu = new ArrayList<>();
        List<Long> appCdsCpu = new ArrayList<>();
        List<Long> refCdsCpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            appWall.add(timeToShown(app));
            appCpu.add(LAST_CPU_MS.get());
            refWall.add(timeToShown(ref));
            refCpu.add(LAST_CPU_MS.get());
            appCdsWall.add(timeToShown(appCds));
            appCdsCpu.add(LAST_CPU_MS.get());
            refCdsWall.add(timeToShown(refCds));
            refCdsCpu.add(LAST_CPU_MS.get());
            appInstWall.add(timeToShown(appInst));
            appInstCpu.add(LAST_CPU_MS.get());
            refInstWall.add(timeToShown(refInst));
            refInstCpu.add(LAST_CPU_MS.get());
        }
        long ai = median(appInstWall);
        long ri = median(refInstWall);
        long a = median(appWall);
        long r = median(refWall);
        long ac = median(appCdsWall);
        long rc = median(refCdsWall);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Figure plain = new Figure("запуск до окна (java -jar)", a, r, "мс", "≤ 1,5× эталона", a <= 1.5 * r,
                String.format(Locale.ROOT, "целый процесс до первого кадра, большая база, медиана из %d; эталон — пустое окно JavaFX; "
                        + "время ЦП процесса до кадра %d мс против %d мс (%.2f×); loadavg %s", RUNS, median(appCpu), median(refCpu),
                        (double) median(appCpu) / median(refCpu), load));
        Figure cds = new Figure("запуск до окна с архивом классов AppCDS (установщик его пока не делает)", ac, rc, "мс", "≤ 1,5× эталона", ac <= 1.5 * rc,
                String.format(Locale.ROOT, "архив классов `-XX:SharedArchiveFile` у обоих; время ЦП %d мс против %d мс (%.2f×); "
                        + "против пустого окна без архива — %.2f×", median(appCdsCpu), median(refCdsCpu),
                        (double) median(appCdsCpu) / median(refCdsCpu), (double) ac / r));
        Figure installed = new Figure("запуск до окна с ключами установщика", ai, ri, "мс", "≤ 1,5× эталона", ai <= 1.5 * ri,
                String.format(Locale.ROOT, "как запускает установленная программа: `%s` у обоих; время ЦП %d мс против %d мс (%.2f×)",
                        String.join(" ", WindowFigures.INSTALLER_OPTIONS), median(appInstCpu), median(refInstCpu),
                        (double) median(appInstCpu) / median(refInstCpu)));
        Figure.save("startup", List.of(plain, installed, cds));
        String table = String.format(Locale.ROOT, """
                ## Запуск до готового окна

                Целый процесс: от запуска `java` до первого нарисованного кадра окна (Xvfb, `-Dprism.order=sw`),
                медиана из %d запусков, программа — на большой базе (`demo --size large`). Эталон — пустое окно JavaFX,
                запущенное так же (`src/bench/java/ru/officialpages/bench/EmptyWindow.java`). Вторая строка — оба с
                архивом классов AppCDS, сделанным одним прогоном с `-XX:ArchiveClassesAtExit` (установщик такого архива пока
                не делает: на Java 17 архив привязан к путям jar-файлов, а программа ставится в папку пользователя). Третья —
                оба с ключами JVM установщика (`WindowFigures.INSTALLER_OPTIONS`): так запускается установленная программа.

                | показатель | программа, мс | эталон, мс | отношение | бюджет |
                |---|---:|---:|---:|---|
                | запуск до окна | %d | %d | %.2f | ≤ 1,5× эталона — %s |
                | запуск до окна, AppCDS | %d | %d | %.2f | ≤ 1,5× эталона — %s |
                | запуск до окна, ключи установщика | %d | %d | %.2f | ≤ 1,5× эталона — %s |

                Все замеры, мс: программа %s; эталон %s; программа с AppCDS %s; эталон с AppCDS %s; с ключами
                установщика %s и %s. Время ЦП процесса до первого кадра, мс: программа %s; эталон %s; с AppCDS %s и %s;
                с ключами установщика %s и %s. Нагрузка машины во время замера (loadavg): %s.
                """, RUNS, a, r, (double) a / r, a <= 1.5 * r ? "выполнен" : "**не выполнен**", ac, rc, (double) ac / rc,
                ac <= 1.5 * rc ? "выполнен" : "**не выполнен**", ai, ri, (double) ai / ri,
                ai <= 1.5 * ri ? "выполнен" : "**не выполнен**", appWall, refWall, appCdsWall, refCdsWall, appInstWall, refInstWall, appCpu, refCpu,
                appCdsCpu, refCdsCpu, appInstCpu, refInstCpu, load);
        new PerformanceDoc(doc).replaceSection("startup", table);
        System.out.print(table);
    }

    private static List<String> with(List<String> command, String flag) {
        List<String> c = new ArrayList<>(command);
        c.add(1, flag);
        return c;
    }

    /** Milliseconds from spawning the process to its "shown-ms=" line. */
    static long timeToShown(List<String> command) throws Exception {
        long began = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                if (line.startsWith("shown-ms=")) {
                    long ms = (System.nanoTime() - began) / 1_000_000;
                    // CPU time of the whole process so far (the JVM is still up until its System.exit):
                    // on a machine shared with other builds it says more than the wall clock.
                    LAST_CPU_MS.set(p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
                    p.waitFor();
                    return ms;
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the window never showed: " + command + "\n" + seen);
        }
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
