package ru.officialpages.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the budget table: our figure, the bare reference measured in the same run, the
 * budget and whether it was held ({@code null}: not measurable yet, see {@link #note}).
 * Benchmarks run in separate processes, so each writes its lines to src/bench/figures/GROUP.tsv
 * and {@link BudgetTable} gathers them. The files are kept in the repository: a run of some groups
 * (on a fresh clone, or one engineer's benchmark) must not drop the other groups' rows from the table.
 */
public record Figure(String name, double ours, double reference, String unit, String budget, Boolean held, String note) {
    static final Path DIR = Path.of("src/bench/figures");

    public static Figure pending(String name, String budget, String note) {
        return new Figure(name, Double.NaN, Double.NaN, "мс", budget, null, note);
    }

    /** Replaces the group's lines. */
    public static void save(String group, List<Figure> figures) throws IOException {
        Files.createDirectories(DIR);
        StringBuilder out = new StringBuilder();
        for (Figure f : figures) {
            out.append(String.join("\t", f.name, Double.toString(f.ours), Double.toString(f.reference), f.unit, f.budget,
                    String.valueOf(f.held), f.note.replace('\t', ' ').replace('\n', ' '))).append('\n');
        }
        Files.writeString(DIR.resolve(group + ".tsv"), out, StandardCharsets.UTF_8);
    }

    static List<Figure> load(String group) throws IOException {
        Path file = DIR.resolve(group + ".tsv");
        List<Figure> list = new ArrayList<>();
        if (!Files.exists(file)) {
            return list;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t", -1);
            list.add(new Figure(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), p[3], p[4],
                    p[5].equals("null") ? null : Boolean.valueOf(p[5]), p[6]));
        }
        return list;
    }

    String ratio() {
        return Double.isNaN(ours) || Double.isNaN(reference) || reference <= 0 ? "—"
                : String.format(Locale.ROOT, "%.2f", ours / reference);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
