package ru.officialpages.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one table of docs/performance.md (issue 10): every figure with its reference, ratio, budget
 * and verdict, gathered from src/bench/figures, where each benchmark replaces its own group's lines.
 * A group that did not run this time keeps the figures of its last run (the files are committed).
 */
public final class BudgetTable {
    /** In the order of the table. To add a group, add its name here and run the benchmark that writes it. */
    static final List<String> GROUPS = List.of("startup", "cli", "screens", "postlog", "import", "memory", "reports", "sync", "district");

    private BudgetTable() {
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        StringBuilder t = new StringBuilder("""
                ## Бюджеты на большой базе: сводная таблица

                База — `demo --size large` (60 организаций, 200 страниц, 300 000 публикаций, 100 000 пунктов плана,
                200 000 записей модерации, 50 000 сообщений, 5 000 в чёрном списке, ежедневные обходы за 2022–2026).
                Машина — 2 ядра (общие с другими сборками), OpenJDK 17 (замеры в процессе и `java -jar`); строки
                «установленная программа» — среда Java 25 и ключи запускателя из образа установщика
                (`installer/linux/build-app-image.sh`); Xvfb с `-Dprism.order=sw`. Каждая цифра сравнивается в том же
                запуске с голым эталоном; команда — `bash src/bench/run all`. На занятой машине время по часам
                растягивается в разы, поэтому рядом записано время ЦП процесса.

                | показатель | программа | эталон | отношение | бюджет | итог | пояснение |
                |---|---:|---:|---:|---|---|---|
                """);
        for (String group : GROUPS) {
            List<Figure> figures = new ArrayList<>(Figure.load(group));
            for (Figure f : figures) {
                // A row with no budget ("—") is for reference only, e.g. the developers' `java -jar`.
                String verdict = f.held() == null ? (f.budget().equals("—") ? "справочно" : "ожидает") : f.held() ? "выполнен" : "**не выполнен**";
                t.append("| ").append(f.name()).append(" | ").append(Figure.number(f.ours())).append(' ').append(f.unit())
                        .append(" | ").append(Figure.number(f.reference())).append(' ').append(f.unit())
                        .append(" | ").append(f.ratio()).append(" | ").append(f.budget()).append(" | ").append(verdict)
                        .append(" | ").append(f.note()).append(" |\n");
            }
        }
        new PerformanceDoc(doc).replaceSection("budgets", t.toString());
        System.out.print(t);
    }
}
