package ru.officialpages.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line's fixed cost (issue 20): whole processes, from start to exit, on the small demo
 * database (7 pages) and on the large district, with the installed program's runtime and options
 * (class-data archive warm) and with `java -jar` on Java 17. The reference is {@code calendar show}:
 * the cheapest command that opens the data (the JVM, the program's start, opening and reading the
 * file, a dozen lines out), so a command's time over it is its own work and the libraries it loads.
 * All commands of one round run one after another, {@value #RUNS} rounds; medians.
 */
public final class CliBenchmark {
    static final int RUNS = 5;

    private CliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        Path large = LargeFixture.folder().toAbsolutePath();
        // `demo` fills the example's own folder inside the data folder it is given (issue 16 item 5).
        Path smallParent = LargeFixture.ROOT.resolve("small").toAbsolutePath();
        Path small = smallParent.resolve("example");
        Path out = LargeFixture.ROOT.resolve("cli-out").toAbsolutePath();
        Files.createDirectories(out);
        String java17 = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        InstalledRuntime installed = InstalledRuntime.read(LargeFixture.ROOT.resolve("home").toAbsolutePath());
        Files.createDirectories(installed.archive().getParent());
        if (!Files.exists(small.resolve("official-pages.db"))) {
            run(List.of(java17, "-jar", "target/official-pages.jar", "--data-dir", smallParent.toString(), "demo"));
        }
        Path text = out.resolve("post.txt");
        Files.writeString(text, "В соответствии с постановлением администрации проводится субботник.\n");

        // name → arguments after --data-dir; {out} is a fresh output file per run.
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("calendar show", List.of("calendar", "show", "2026"));
        commands.put("report weekly", List.of("report", "weekly", "--week", "2026-W47", "--out", "{out}.xlsx"));
        commands.put("report registry", List.of("report", "registry", "--quarter", "2026-Q3", "--out", "{out}.xlsx"));
        commands.put("backup --list", List.of("backup", "--list"));
        commands.put("check-text --no-spelling", List.of("check-text", "--no-spelling", text.toString()));

        // The archive as the least helpful first run leaves it: `--version` (as CI does), which loads almost
        // nothing of its own; the first run then loads the installer's class list (ClassArchiveWarmUp), so
        // the commands below must find their classes in the archive all the same.
        Files.deleteIfExists(installed.archive());
        run(installed.command(installed.options(), installed.classpath(), List.of("ru.officialpages.app.Main", "--version")));

        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        List<String> runtimes = List.of("inst", "jar");
        List<Path> folders = List.of(small, large);
        // One warm-up round: the OS file cache, the class-data archive, and the day's quick check of each file.
        for (int round = -1; round < RUNS; round++) {
            for (String runtime : runtimes) {
                for (Path folder : folders) {
                    for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                        List<String> cmd = new ArrayList<>();
                        if (runtime.equals("inst")) {
                            cmd.addAll(installed.command(installed.options(), installed.classpath(),
                                    List.of("ru.officialpages.app.Main")));
                        } else {
                            cmd.addAll(List.of(java17, "-jar", "target/official-pages.jar"));
                        }
                        cmd.add("--data-dir");
                        cmd.add(folder.toString());
                        String target = out.resolve(runtime + "-" + folder.getFileName() + "-" + round).toString();
                        Files.deleteIfExists(Path.of(target + ".xlsx"));
                        for (String a : c.getValue()) {
                            cmd.add(a.replace("{out}", target));
                        }
                        long began = System.nanoTime();
                        long cpuMs = run(cmd);
                        long ms = (System.nanoTime() - began) / 1_000_000;
                        if (round >= 0) {
                            String key = runtime + "|" + (folder == small ? "small" : "large") + "|" + c.getKey();
                            times.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
                            cpu.computeIfAbsent(key, k -> new ArrayList<>()).add(cpuMs);
                        }
                    }
                }
            }
        }
        // The day's first command on the large file, when the quick check is due (once a day, after an
        // unclean exit): the record of the last check is removed before each run.
        List<Long> dueTimes = new ArrayList<>();
        List<Long> dueCpu = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Files.deleteIfExists(large.resolve("official-pages.db.checked"));
            List<String> cmd = new ArrayList<>(installed.command(installed.options(), installed.classpath(),
                    List.of("ru.officialpages.app.Main", "--data-dir", large.toString())));
            cmd.addAll(commands.get("calendar show"));
            long began = System.nanoTime();
            dueCpu.add(run(cmd));
            dueTimes.add((System.nanoTime() - began) / 1_000_000);
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];

        List<Figure> figures = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String runtime : runtimes) {
            String who = runtime.equals("inst") ? "установленная программа" : "`java -jar`, Java 17";
            long refSmall = StartupBenchmark.median(times.get(runtime + "|small|calendar show"));
            long refSmallCpu = StartupBenchmark.median(cpu.get(runtime + "|small|calendar show"));
            for (String size : List.of("small", "large")) {
                for (String name : commands.keySet()) {
                    String key = runtime + "|" + size + "|" + name;
                    long ms = StartupBenchmark.median(times.get(key));
                    long c = StartupBenchmark.median(cpu.get(key));
                    String where = size.equals("small") ? "малая база" : "большая база";
                    boolean isRef = name.equals("calendar show") && size.equals("small");
                    // The budget: on the small file a command's time is its fixed cost, ≤ 2× calendar show;
                    // on the large file a command whose work does not grow with the file stays within the
                    // same bound of the small file's calendar show (the file's size must not show).
                    boolean budgeted = runtime.equals("inst") && !isRef;
                    boolean held = ms <= 2 * refSmall;
                    rows.append(String.format(Locale.ROOT, "| %s, %s: `%s` | %d | %d | %.2f | %s |%n", who, where, name, ms,
                            refSmall, (double) ms / refSmall, isRef ? "эталон" : budgeted ? "≤ 2× — " + (held ? "выполнен" : "**не выполнен**")
                                    : (held ? "≤ 2× (справочно)" : "> 2× (справочно)")));
                    all.append(String.format(Locale.ROOT, "%s, %s, `%s`: %s мс, ЦП %s мс; ", who, where, name,
                            times.get(key), cpu.get(key)));
                    if (!isRef && (runtime.equals("inst") || name.equals("report weekly"))) {
                        figures.add(new Figure(String.format("команда `%s`, %s, %s", name, where,
                                runtime.equals("inst") ? "установленная программа" : "`java -jar` (Java 17)"), ms, refSmall, "мс",
                                budgeted ? "≤ 2× `calendar show` на малой базе" : "—", budgeted ? held : null,
                                String.format(Locale.ROOT, "целый процесс, медиана из %d; время ЦП %d против %d мс; loadavg %s",
                                        RUNS, c, refSmallCpu, load)));
                    }
                }
            }
        }
        long due = StartupBenchmark.median(dueTimes);
        long instRef = StartupBenchmark.median(times.get("inst|small|calendar show"));
        figures.add(new Figure("команда `calendar show`, большая база, первая за день (полная проверка файла)", due, instRef, "мс",
                "—", null, String.format(Locale.ROOT, "раз в день и после аварийного выхода; время ЦП %d мс", StartupBenchmark.median(dueCpu))));
        Figure.save("cli", figures);
        String table = String.format(Locale.ROOT, """
                ## Командная строка: постоянная цена команды

                Целый процесс от запуска до выхода, медиана из %d кругов (в круге все команды друг за другом, после
                одного прогревочного круга). Малая база — `demo` (7 страниц, 87 публикаций), большая — `demo --size large`
                (295 МБ). Эталон — `calendar show 2026` на малой базе той же средой: самая дешёвая команда, которой
                нужны данные (запуск JVM и программы, открытие файла, чтение календаря, десяток строк вывода), — всё,
                что команда тратит сверх неё, это её собственная работа и библиотеки, которые она загружает.
                Бюджет: каждая команда на малой базе ≤ 2× эталона; на большой базе команды, чья работа не растёт с
                файлом, — в той же границе (размер файла не должен сказываться). Установленная программа — среда
                Java 25 и ключи запускателя из образа установщика; архив классов записан первым запуском
                `--version` (худший случай: свои классы этот запуск почти не грузит, в архив попадает список
                классов из установщика).

                | команда | мс | эталон, мс | отношение | бюджет |
                |---|---:|---:|---:|---|
                %s
                Первая команда дня на большой базе (`calendar show`, проверка файла `PRAGMA quick_check` раз в день и
                после аварийного выхода): %d мс (замеры %s, ЦП %s мс). Все замеры: %s
                Нагрузка машины во время замера (loadavg): %s.
                """, RUNS, rows.toString().strip(), due, dueTimes, dueCpu, all.toString().strip(), load);
        new PerformanceDoc(doc).replaceSection("cli", table);
        System.out.print(table);
    }

    /** Runs to the end, output discarded; returns the process's CPU time (user + system) in ms, by /usr/bin/time. */
    private static long run(List<String> command) throws Exception {
        Path times = Files.createTempFile("cli-time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
        timed.addAll(command);
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command));
        }
        String[] t = Files.readString(times).trim().split("\\s+");
        Files.delete(times);
        return Math.round((Double.parseDouble(t[t.length - 2]) + Double.parseDouble(t[t.length - 1])) * 1000);
    }
}
