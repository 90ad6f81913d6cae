package ru.officialpages.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.officialpages.text.Bureaucratese;
import ru.officialpages.text.CheckOptions;
import ru.officialpages.text.PersonalDictionary;
import ru.officialpages.text.Speller;
import ru.officialpages.text.TextChecker;

/**
 * The text checks of issue 8 on a 1,500-character press release (the test corpus): how long
 * LanguageTool takes to load, the first check after it, and the median check once warm (target:
 * well under 300 ms, so checking as the user types is possible). The reference is the same
 * check without LanguageTool (our lexicon, citations, press-release signs, length).
 */
public final class TextCheckBenchmark {
    static final int ROUNDS = 21;
    static final int WARM_UP = 5;
    static final Path POST = Path.of("src/test/resources/ru/officialpages/text/press-release.txt");

    private TextCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String post = Files.readString(POST, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        TextChecker checker = new TextChecker(Bureaucratese.builtIn(), new Speller(PersonalDictionary.empty()));
        long t1 = System.nanoTime();
        checker.speller().load();
        long t2 = System.nanoTime();
        int findings = checker.check(post, CheckOptions.defaults()).size();
        long t3 = System.nanoTime();
        CheckOptions full = CheckOptions.defaults();
        CheckOptions ours = CheckOptions.defaults().withoutSpelling();
        for (int i = 0; i < WARM_UP; i++) {
            checker.check(post, full);
            checker.check(post, ours);
        }
        List<Long> fullTimes = new ArrayList<>();
        List<Long> oursTimes = new ArrayList<>();
        List<Long> spellerTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long a = System.nanoTime();
            checker.check(post, full);
            long b = System.nanoTime();
            checker.check(post, ours);
            long c = System.nanoTime();
            checker.speller().check(post);
            long d = System.nanoTime();
            fullTimes.add((b - a) / 100_000);
            oursTimes.add((c - b) / 100_000);
            spellerTimes.add((d - c) / 100_000);
        }
        long lexicon = (t1 - t0) / 1_000_000;
        long init = (t2 - t1) / 1_000_000;
        long first = (t3 - t2) / 1_000_000;
        double median = StartupBenchmark.median(fullTimes) / 10.0;
        double oursMedian = StartupBenchmark.median(oursTimes) / 10.0;
        double spellerMedian = StartupBenchmark.median(spellerTimes) / 10.0;
        String table = String.format(Locale.ROOT, """
                ## Проверка текста

                Публикация в стиле пресс-релиза (`%2$s`): знаков — %1$d, замечаний — %3$d. Один поток,
                `-Xmx512m`, свежая JVM. Проверок — %4$d после %5$d прогревочных, в таблице медиана. Эталон —
                та же проверка без LanguageTool (словарь канцеляризмов, ссылки на акты, признаки
                пресс-релиза, объём).

                | показатель | мс | бюджет |
                |---|---:|---|
                | загрузка словаря канцеляризмов | %6$d | |
                | загрузка LanguageTool (русский) | %7$d | в фоне при запуске |
                | первая проверка после загрузки | %8$d | в фоне (прогрев) |
                | проверка целиком, медиана | %9$.1f | < 300 мс — %10$s |
                | LanguageTool отдельно, медиана | %11$.1f | |
                | эталон: без LanguageTool, медиана | %12$.1f | |
                """, post.length(), POST.getFileName(), findings, ROUNDS, WARM_UP, lexicon, init, first, median,
                median < 300 ? "выполнен" : "**не выполнен**", spellerMedian, oursMedian);
        new PerformanceDoc(Path.of(args.length > 0 ? args[0] : "docs/performance.md")).replaceSection("textcheck", table);
        System.out.print(table);
    }
}
