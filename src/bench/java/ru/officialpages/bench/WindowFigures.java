package ru.officialpages.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screens and memory of the window on the large database, whole process: runs
 * {@code ru.officialpages.app.WindowBench} {@value #RUNS} times (each a fresh JVM, as the user
 * starts it) and an empty JavaFX window for the memory reference; medians go to the table.
 */
public final class WindowFigures {
    static final int RUNS = 3;
    static final double SCREEN_BUDGET_MS = 300;
    static final double MEMORY_BUDGET_MB = 400;
    public static final Map<String, String> NAMES = Map.of("TODAY", "Сегодня", "PAGES", "Страницы", "PLAN", "Контент-план",
            "POSTS", "Журнал", "MODERATION", "Модерация", "MESSAGES", "Сообщения", "REPORTS", "Отчёты");

    private WindowFigures() {
    }

    /** The JVM options the installer gives the program (installer/linux/build-app-image.sh, installer/windows). */
    public static final List<String> INSTALLER_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmx384m", "-Xmn24m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-Xss512k", "-XX:TieredStopAtLevel=1");

    public static void main(String[] args) throws Exception {
        Path folder = LargeFixture.folder();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = "target/bench-classes" + File.pathSeparator + "target/classes" + File.pathSeparator + "target/lib/*";
        List<String> flags = new ArrayList<>(List.of(java, "-Dprism.order=sw"));
        Map<String, List<double[]>> screens = new LinkedHashMap<>();
        List<double[]> memory = new ArrayList<>();
        List<double[]> installed = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            List<String> cmd = new ArrayList<>(flags);
            cmd.addAll(INSTALLER_OPTIONS);
            cmd.addAll(List.of("-cp", cp, "ru.officialpages.app.WindowBench", folder.toString()));
            for (String line : run(cmd)) {
                String[] p = line.split(" ");
                if (p[0].equals("rss")) {
                    installed.add(new double[] {Double.parseDouble(p[1]) / 1024, Double.parseDouble(p[3]) / 1024,
                            Double.parseDouble(p[7]) / 1024});
                }
            }
        }
        for (int i = 0; i < RUNS; i++) {
            List<String> cmd = new ArrayList<>(flags);
            cmd.addAll(List.of("-cp", cp, "ru.officialpages.app.WindowBench", folder.toString()));
            for (String line : run(cmd)) {
                String[] p = line.split(" ");
                if (p[0].equals("screen")) {
                    screens.computeIfAbsent(p[1], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(p[2]) / 1000,
                            Double.parseDouble(p[3]) / 1000, Double.parseDouble(p[4]) / 1000});
                } else if (p[0].equals("rss")) {
                    memory.add(new double[] {Double.parseDouble(p[1]) / 1024, Double.parseDouble(p[3]) / 1024,
                            Double.parseDouble(p[7]) / 1024});
                }
            }
        }
        List<double[]> refMemory = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            List<String> cmd = new ArrayList<>(flags);
            cmd.addAll(List.of("-Dbench.memory=true", "-cp", cp, "ru.officialpages.bench.EmptyWindow"));
            for (String line : run(cmd)) {
                String[] p = line.split(" ");
                if (p[0].equals("rss")) {
                    refMemory.add(new double[] {Double.parseDouble(p[1]) / 1024, Double.parseDouble(p[3]) / 1024});
                }
            }
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        List<Figure> screenFigures = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : screens.entrySet()) {
            double wall = median(e.getValue(), 0);
            double ref = median(e.getValue(), 1);
            double cpu = median(e.getValue(), 2);
            screenFigures.add(new Figure("экран «" + NAMES.get(e.getKey()) + "» открывается", wall, ref, "мс",
                    "< 300 мс", wall < SCREEN_BUDGET_MS, String.format(Locale.ROOT,
                    "первое открытие, до кадра с данными; время ЦП потоков UI и базы — %.0f мс; нагрузка машины (loadavg) %s",
                    cpu, load)));
        }
        Figure.save("screens", screenFigures);
        double rss = median(memory, 0);
        double hwm = median(memory, 1);
        double heap = median(memory, 2);
        double refRss = median(refMemory, 0);
        // The budget is the program as the user runs it: the installer starts it with INSTALLER_OPTIONS
        // (installer/linux, installer/windows). Plain `java -jar` is the developers' path: the JVM then
        // sizes the heap from the machine (G1, up to a quarter of RAM), which says more about the machine
        // than about the program, so that row is for reference.
        double installedRss = median(installed, 0);
        Figure.save("memory", List.of(
                new Figure("память окна (VmRSS), программа как у пользователя — с флагами установщика", installedRss, refRss,
                        "МБ", "< 400 МБ", installedRss < MEMORY_BUDGET_MB, String.format(Locale.ROOT,
                        "бюджет — эта строка: так программу запускает установщик (`%s`); после всех экранов, прогрева и "
                        + "проверки текста LanguageTool; пик VmHWM %.0f МБ, живая куча после сборки мусора %.0f МБ; "
                        + "эталон — пустое окно JavaFX", String.join(" ", INSTALLER_OPTIONS), median(installed, 1),
                        median(installed, 2))),
                new Figure("память окна (VmRSS), `java -jar` без флагов (путь разработчиков)", rss, refRss, "МБ", "—", null,
                        String.format(Locale.ROOT, "справочно: без флагов JVM сама берёт кучу по размеру ОЗУ машины (G1, до "
                                + "четверти ОЗУ); пик VmHWM %.0f МБ, живая куча после сборки мусора %.0f МБ", hwm, heap))));
        System.out.println("screens " + screens.keySet() + " memory " + rss + " / " + refRss);
    }

    public static double median(List<double[]> rows, int column) {
        List<Double> v = new ArrayList<>();
        rows.forEach(r -> v.add(r[column]));
        v.sort(null);
        return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
    }

    public static List<String> run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command + "\n" + String.join("\n", lines));
        }
        return lines;
    }
}
