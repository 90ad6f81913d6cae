package ru.officialpages.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final int RUNS = 7;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String appCp = "target/official-pages.jar";
        String refCp = "target/bench-classes" + File.pathSeparator + "target/lib/*";
        Path data = Files.createTempDirectory("startup-bench");
        run(List.of(java, "-jar", appCp, "--data-dir", data.toString(), "demo"));

        List<String> app = List.of(java, "-Dprism.order=sw", "-Dofficialpages.exitWhenShown=true", "-jar", appCp,
                "--data-dir", data.toString());
        List<String> ref = List.of(java, "-Dprism.order=sw", "-cp", refCp, "ru.officialpages.bench.EmptyWindow");
        timeToShown(app);
        timeToShown(ref);
        List<Long> appWall = new ArrayList<>();
        List<Long> refWall = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            appWall.add(timeToShown(app));
            refWall.add(timeToShown(ref));
        }
        long a = median(appWall);
        long r = median(refWall);
        double ratio = (double) a / r;
        String table = String.format(Locale.ROOT, """
                ## Запуск до готового окна

                Целый процесс: от запуска `java` до первого нарисованного кадра окна (Xvfb, `-Dprism.order=sw`),
                медиана из %d запусков, программа — на демонстрационных данных. Эталон — пустое окно JavaFX,
                запущенное так же (`src/bench/java/ru/officialpages/bench/EmptyWindow.java`).

                | показатель | программа, мс | эталон, мс | отношение | бюджет |
                |---|---:|---:|---:|---|
                | запуск до окна | %d | %d | %.2f | ≤ 1,5× эталона — %s |

                Все замеры, мс: программа %s; эталон %s.
                """, RUNS, a, r, ratio, ratio <= 1.5 ? "выполнен" : "**не выполнен**", appWall, refWall);
        new PerformanceDoc(doc).replaceSection("startup", table);
        System.out.print(table);
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
