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
 * way in the same run (issues 2, 20): the installed program (app-image runtime and options) is the budget. Each is started {@value #RUNS} times, alternating, after one
 * warm-up each to fill the OS file cache; medians are compared.
 * Needs a display (the runner starts Xvfb when there is none).
 */
public final class StartupBenchmark {
    static final int RUNS = 5;
    static final int FIRST_RUNS = 3;
    static final ThreadLocal<Long> LAST_CPU_MS = ThreadLocal.withInitial(() -> -1L);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String appCp = "target/official-pages.jar";
        // A jar, not the classes folder: a class-data archive keeps no classes from a directory, and the
        // reference must be started the same way as the program.
        String refCp = LargeFixture.ROOT.resolve("bench.jar") + File.pathSeparator + "target/lib/*";
        Path data = LargeFixture.folder();

        // The window opens on the screen last used, remembered in the user's preferences, which every
        // copy of the program on this machine shares: a preferences root of its own pins it to Сегодня.
        String prefs = "-Djava.util.prefs.userRoot=" + LargeFixture.ROOT.resolve("prefs").toAbsolutePath();
        List<String> appArgs = List.of(prefs, "-Dofficialpages.exitWhenShown=true", "ru.officialpages.app.Main",
                "--data-dir", data.toString());
        // The developers' path (the README's command): `java -jar` on the default Java 17, no options.
        List<String> app = List.of(java, "-Dprism.order=sw", prefs, "-Dofficialpages.exitWhenShown=true", "-jar", appCp,
                "--data-dir", data.toString());
        List<String> ref = List.of(java, "-Dprism.order=sw", "-cp", refCp, "ru.officialpages.bench.EmptyWindow");

        // The installed program (issue 20): the app-image's Java 25 runtime and its launcher's options,
        // class-data archive included; the reference gets the same runtime and options, with an archive
        // of its own. $HOME is a folder of the benchmark's, so the user's archive is not touched.
        Path home = LargeFixture.ROOT.resolve("home").toAbsolutePath();
        InstalledRuntime installed = InstalledRuntime.read(home);
        Files.createDirectories(installed.archive().getParent());
        List<String> refOptions = installed.optionsWithArchive("empty-window.jsa");
        Path refArchive = installed.archive().resolveSibling("empty-window.jsa");
        String refInstCp = LargeFixture.ROOT.resolve("bench.jar").toAbsolutePath() + File.pathSeparator
                + javafxJars(installed.classpath());
        List<String> appInst = installed.command(installed.options(), installed.classpath(), appArgs);
        // The second figure (issue 20): the first frame shows Сегодня's frame, its lines come on the next pulses;
        // this run waits until they are laid out.
        List<String> appReady = with(appInst, "-Dofficialpages.exitWhenReady=true");
        List<String> refInst = installed.command(refOptions, refInstCp, List.of("ru.officialpages.bench.EmptyWindow"));
        // Steps between the empty window and the program (FloorWindow): what any window pays for its first text,
        // the theme and a few ordinary controls. Same runtime and options, each with an archive of its own; the
        // program's jar is on their class path for the theme only.
        String floorCp = refInstCp + File.pathSeparator + installed.classpath().split(File.pathSeparator)[0];
        List<String> floorSteps = List.of("text", "theme", "navigation", "controls");
        List<List<String>> floor = new ArrayList<>();
        for (String step : floorSteps) {
            floor.add(installed.command(installed.optionsWithArchive("floor-" + step + ".jsa"), floorCp,
                    List.of("ru.officialpages.bench.FloorWindow", step)));
        }
        // The first start after installing: no archive yet (the JVM writes it when that run exits).
        List<Long> appFirstWall = new ArrayList<>();
        List<Long> refFirstWall = new ArrayList<>();
        List<Long> appFirstCpu = new ArrayList<>();
        List<Long> refFirstCpu = new ArrayList<>();

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
        for (int i = 0; i < FIRST_RUNS; i++) {
            Files.deleteIfExists(installed.archive());
            appFirstWall.add(timeToShown(appInst));
            appFirstCpu.add(LAST_CPU_MS.get());
            Files.deleteIfExists(refArchive);
            refFirstWall.add(timeToShown(refInst));
            refFirstCpu.add(LAST_CPU_MS.get());
        }
        // The JVM does not remake an archive whose jars changed (bench.jar is built anew by every run of the
        // benchmarks), it only stops using it: each step's first run here makes a fresh one.
        for (String step : floorSteps) {
            Files.deleteIfExists(installed.archive().resolveSibling("floor-" + step + ".jsa"));
        }
        // One warm-up each fills the OS file cache (and leaves the archives of the installed runs).
        List<List<String>> warmUps = new ArrayList<>(List.of(app, ref, appInst, refInst));
        warmUps.addAll(floor);
        for (List<String> c : warmUps) {
            timeToShown(c);
        }
        List<List<Long>> floorWall = new ArrayList<>();
        List<List<Long>> floorCpu = new ArrayList<>();
        for (int s = 0; s < floor.size(); s++) {
            floorWall.add(new ArrayList<>());
            floorCpu.add(new ArrayList<>());
        }
        List<Long> appInstWall = new ArrayList<>();
        List<Long> refInstWall = new ArrayList<>();
        List<Long> appInstCpu = new ArrayList<>();
        List<Long> refInstCpu = new ArrayList<>();
        List<Long> readyWall = new ArrayList<>();
        List<Long> readyCpu = new ArrayList<>();
        List<Long> appWall = new ArrayList<>();
        List<Long> refWall = new ArrayList<>();
        List<Long> appCpu = new ArrayList<>();
        List<Long> refCpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            appInstWall.add(timeToShown(appInst));
            appInstCpu.add(LAST_CPU_MS.get());
            refInstWall.add(timeToShown(refInst));
            refInstCpu.add(LAST_CPU_MS.get());
            readyWall.add(timeTo(appReady, "ready-ms="));
            readyCpu.add(LAST_CPU_MS.get());
            appWall.add(timeToShown(app));
            appCpu.add(LAST_CPU_MS.get());
            refWall.add(timeToShown(ref));
            refCpu.add(LAST_CPU_MS.get());
            for (int s = 0; s < floor.size(); s++) {
                floorWall.get(s).add(timeToShown(floor.get(s)));
                floorCpu.get(s).add(LAST_CPU_MS.get());
            }
        }
        long ai = median(appInstWall);
        long ri = median(refInstWall);
        long a = median(appWall);
        long r = median(refWall);
        long rd = median(readyWall);
        long af = median(appFirstWall);
        long rf = median(refFirstWall);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Figure installedFigure = new Figure("запуск до окна, установленная программа (Java 25, ключи установщика, архив классов)",
                ai, ri, "мс", "≤ 1,5× эталона", ai <= 1.5 * ri,
                String.format(Locale.ROOT, "второй и следующие запуски: среда и ключи JVM из образа установщика у обоих, "
                        + "у каждого свой архив классов; эталон — пустое окно JavaFX; время ЦП %d мс против %d мс (%.2f×); "
                        + "медиана из %d; loadavg %s", median(appInstCpu), median(refInstCpu),
                        (double) median(appInstCpu) / median(refInstCpu), RUNS, load));
        Figure ready = new Figure("запуск до окна: «Сегодня» с данными, установленная программа", rd, ri, "мс", "—", null,
                String.format(Locale.ROOT, "первый кадр показывает оболочку и каркас «Сегодня», строки карточек — следующие кадры; "
                        + "эталон — пустое окно до первого кадра; время ЦП %d мс против %d мс; медиана из %d",
                        median(readyCpu), median(refInstCpu), RUNS));
        Figure first = new Figure("запуск до окна, первый после установки (архива ещё нет)", af, rf, "мс", "—", null,
                String.format(Locale.ROOT, "архив пишется при выходе из этого запуска; время ЦП %d мс против %d мс; медиана из %d",
                        median(appFirstCpu), median(refFirstCpu), FIRST_RUNS));
        Figure plain = new Figure("запуск до окна, `java -jar` на Java 17 (путь разработчиков)", a, r, "мс", "—", null,
                String.format(Locale.ROOT, "без ключей и архива у обоих; время ЦП %d мс против %d мс (%.2f×)", median(appCpu),
                        median(refCpu), (double) median(appCpu) / median(refCpu)));
        long[] fw = new long[floor.size()];
        long[] fc = new long[floor.size()];
        for (int s = 0; s < floor.size(); s++) {
            fw[s] = median(floorWall.get(s));
            fc[s] = median(floorCpu.get(s));
        }
        long ric = median(refInstCpu);
        long aic = median(appInstCpu);
        Figure floorFigure = new Figure("запуск до окна: наименьшее окно-экран (тема, 8 кнопок, поле, таблица), установленная среда",
                fw[3], ri, "мс", "—", null, String.format(Locale.ROOT,
                        "пол для окна из обычных элементов управления (`FloorWindow controls`): уже %.2f× пустого по часам и "
                        + "%.2f× по ЦП (%d против %d мс); одна строка текста — %.2f×, тема с надписью и кнопкой — %.2f×, тема с навигацией "
                        + "без экрана — %.2f×; программа к этому окну — %.2f× по часам, %.2f× по ЦП; медиана из %d",
                        (double) fw[3] / ri, (double) fc[3] / ric, fc[3], ric, (double) fw[0] / ri, (double) fw[1] / ri,
                        (double) fw[2] / ri, (double) ai / fw[3], (double) aic / fc[3], RUNS));
        Figure.save("startup", List.of(installedFigure, ready, floorFigure, first, plain));
        String table = String.format(Locale.ROOT, """
                ## Запуск до готового окна

                Целый процесс: от запуска `java` до первого нарисованного кадра окна (Xvfb, `-Dprism.order=sw`),
                программа — на большой базе (`demo --size large`), открывается «Сегодня». Эталон — пустое окно JavaFX
                (`src/bench/java/ru/officialpages/bench/EmptyWindow.java`, одна пустая панель), запущенное той же
                средой Java с теми же ключами: это нижняя граница — ни одно окно JavaFX не покажется быстрее, чем
                запуск JVM, загрузка JavaFX и первый кадр, а всё сверх неё — классы, стили и данные самой программы.

                Бюджетная строка — установленная программа: среда Java 25 из образа установщика
                (`installer/linux/build-app-image.sh`) и ключи JVM её запускателя (`lib/app/OfficialPages.cfg`), в том
                числе архив классов (`-XX:+AutoCreateSharedArchive`), который JVM пишет в папку пользователя при выходе
                из первого запуска; у эталона — свой архив там же. Строка «первый после установки» — архивы удалены
                перед каждым запуском. `java -jar` на Java 17 — путь разработчиков (команда README), справочно.

                | показатель | программа, мс | эталон, мс | отношение | бюджет |
                |---|---:|---:|---:|---|
                | установленная программа, второй и следующие запуски | %d | %d | %.2f | ≤ 1,5× эталона — %s |
                | то же, до «Сегодня» с данными (строки карточек рисуются после первого кадра) | %d | %d | %.2f | справочно |
                | установленная программа, первый запуск (архива нет) | %d | %d | %.2f | справочно |
                | `java -jar`, Java 17, без ключей | %d | %d | %.2f | справочно |

                Сколько из разрыва платит любое окно JavaFX, прежде чем покажет что-то своё, — ступени от пустого окна
                к программе (`src/bench/java/ru/officialpages/bench/FloorWindow.java`), та же среда и те же ключи, у каждой
                свой архив классов, попеременно с остальными в том же прогоне (медианы, мс):

                | окно | по часам | к пустому | ЦП | к пустому |
                |---|---:|---:|---:|---:|
                | пустое окно (эталон) | %d | 1.00 | %d | 1.00 |
                | одна строка текста (`text`: узел Text, без элементов управления и таблицы стилей; первый текст загружает шрифты) | %d | %.2f | %d | %.2f |
                | тема программы, надпись и кнопка (`theme`) | %d | %.2f | %d | %.2f |
                | тема, 8 кнопок навигации и заголовок, без экрана (`navigation`) | %d | %.2f | %d | %.2f |
                | наименьшее окно-экран (`controls`: тема, 8 кнопок навигации, заголовок, поле поиска, таблица 4×20) | %d | %.2f | %d | %.2f |
                | программа («Сегодня» на большой базе) | %d | %.2f | %d | %.2f |

                Первый кадр установленной программы — оболочка окна (заголовок, полоса навигации) и «Сегодня» с датой и
                заголовками карточек; строки карточек программа рисует следующими кадрами, как только данные прочитаны
                (поток базы читает их параллельно с построением окна). Вторая строка — до кадра, где они разложены.

                Все замеры, мс (программа и эталон попеременно): установленная %s и %s; до «Сегодня» с данными %s; первый запуск %s и %s;
                `java -jar` %s и %s. Время ЦП процесса до первого кадра, мс: установленная %s и %s; до «Сегодня» с данными %s; первый запуск %s и %s;
                `java -jar` %s и %s. Ступени (`text`, `theme`, `navigation`, `controls`), по часам: %s; ЦП: %s. Нагрузка машины во время замера (loadavg): %s.
                """, ai, ri, (double) ai / ri, ai <= 1.5 * ri ? "выполнен" : "**не выполнен**", rd, ri, (double) rd / ri,
                af, rf, (double) af / rf,
                a, r, (double) a / r,
                ri, ric, fw[0], (double) fw[0] / ri, fc[0], (double) fc[0] / ric, fw[1], (double) fw[1] / ri, fc[1],
                (double) fc[1] / ric, fw[2], (double) fw[2] / ri, fc[2], (double) fc[2] / ric, fw[3], (double) fw[3] / ri,
                fc[3], (double) fc[3] / ric, ai, (double) ai / ri, aic,
                (double) aic / ric,
                appInstWall, refInstWall, readyWall, appFirstWall, refFirstWall, appWall, refWall,
                appInstCpu, refInstCpu, readyCpu, appFirstCpu, refFirstCpu, appCpu, refCpu, floorWall, floorCpu, load);
        new PerformanceDoc(doc).replaceSection("startup", table);
        System.out.print(table);
    }

    /** The JavaFX jars of the app-image's class path: what the empty window needs, from the same place. */
    private static String javafxJars(String classpath) {
        return java.util.Arrays.stream(classpath.split(File.pathSeparator)).filter(j -> j.contains("/javafx-"))
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static List<String> with(List<String> command, String flag) {
        List<String> c = new ArrayList<>(command);
        c.add(1, flag);
        return c;
    }

    /** Milliseconds from spawning the process to its "shown-ms=" line. */
    static long timeToShown(List<String> command) throws Exception {
        return timeTo(command, "shown-ms=");
    }

    /** Milliseconds from spawning the process to its line that starts with {@code mark}. */
    static long timeTo(List<String> command, String mark) throws Exception {
        long began = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                if (line.startsWith(mark)) {
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
