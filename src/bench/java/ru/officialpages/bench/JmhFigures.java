package ru.officialpages.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The in-process figures, measured by JMH: the post log's filters ({@link PostLogJmh}) and the
 * import of 100,000 posts ({@link ImportJmh}); then the same import as a whole process, the
 * command line {@code import posts FILE}. Writes the "postlog" and "import" groups of the table.
 * Arguments: "postlog", "import" or nothing for both.
 */
public final class JmhFigures {
    static final Map<String, String> FILTERS = Map.of("open", "журнал: открыть (число + первые 200 строк)",
            "page", "фильтр по странице", "formatMonth", "фильтр по формату и месяцу", "text", "поиск «субботник»",
            "pageAddress", "поиск по адресу страницы", "scroll", "прокрутка к строкам 150 000–150 199");

    private JmhFigures() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        LargeFixture.folder();
        if (which.equals("all") || which.equals("postlog")) {
            postLog();
        }
        if (which.equals("all") || which.equals("import")) {
            importPosts();
        }
    }

    private static void postLog() throws Exception {
        Map<String, Double> score = run(PostLogJmh.class);
        List<Figure> figures = new ArrayList<>();
        for (String f : List.of("open", "page", "formatMonth", "text", "pageAddress", "scroll")) {
            double ours = score.get("ours/" + f);
            double bare = score.get("bare/" + f);
            figures.add(new Figure(FILTERS.get(f), ours, bare, "мс", "< 100 мс", ours < 100,
                    "JMH, среднее; эталон — тот же отбор голым SQL по одной таблице post"));
        }
        Figure.save("postlog", figures);
    }

    private static void importPosts() throws Exception {
        Path file = ImportJmh.file();
        Map<String, Double> score = run(ImportJmh.class);
        double ours = score.get("ours/");
        double bare = score.get("bare/");
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("импорт 100 000 публикаций в процессе (PostImport + запись)", ours, bare, "мс", "< 10 000 мс",
                ours < 10_000, "JMH, одиночный замер на свежей копии большой базы, медиана трёх; эталон — голый пакетный INSERT"));
        // The command line, whole process, on fresh copies; the reference is the bare INSERT above.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path copy = LargeFixture.copy();
            long began = System.nanoTime();
            List<String> out = WindowFigures.run(List.of(java, "-jar", "target/official-pages.jar", "--data-dir", copy.toString(),
                    "import", "posts", file.toAbsolutePath().toString()));
            wall.add((System.nanoTime() - began) / 1_000_000);
            LargeFixture.deleteTree(copy);
            if (i == 0) {
                System.out.println(String.join("\n", out));
            }
        }
        wall.sort(null);
        double cli = wall.get(1);
        figures.add(new Figure("импорт 100 000 публикаций: `import posts FILE`, целый процесс", cli, bare, "мс",
                "< 10 000 мс", cli < 10_000, String.format(Locale.ROOT,
                "медиана трёх запусков %s мс (с запуском JVM, проверкой базы и копией дня); эталон — голый пакетный INSERT",
                wall)));
        Figure.save("import", figures);
    }

    /** Scores by "method/param" (ms). */
    private static Map<String, Double> run(Class<?> benchmark) throws Exception {
        Options opts = new OptionsBuilder().include(benchmark.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            String param = r.getParams().getParamsKeys().isEmpty() ? "" : r.getParams().getParam("filter");
            score.put(method + "/" + param, r.getPrimaryResult().getScore());
        }
        return score;
    }

}
