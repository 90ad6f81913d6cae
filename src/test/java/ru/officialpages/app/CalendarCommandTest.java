package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar show|deadline|import} as a script calls them. */
class CalendarCommandTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void startCli() {
        cli = new CliRun(dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    @Test
    void showListsDaysOffAndTotals() {
        assertThat(run("calendar", "show", "2026")).isZero();
        assertThat(out()).contains("Производственный календарь на 2026 год")
                .contains("Январь:   нерабочие 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 17")
                .contains("Ноябрь:   нерабочие 1, 4, 7, 8, 14, 15, 21, 22, 28, 29; сокращённые 3")
                .contains("Рабочих дней: 247; рабочих часов при 40-часовой неделе: 1972.")
                .doesNotContain("Внимание");
    }

    @Test
    void showWarnsOfAYearWithoutData() {
        assertThat(run("calendar", "show", "2030")).isZero();
        assertThat(out()).contains("Внимание: за 2030 год нет данных");
    }

    @Test
    void deadlineInHoursExplainsItself() {
        assertThat(run("calendar", "deadline", "--from", "2026-11-20T17:30", "--hours", "3")).isZero();
        assertThat(out()).isEqualTo("Срок: 23.11.2026 11:30 (понедельник)\n"
                + "3 рабочих часа: 30 мин в пятницу 20.11, 2 ч 30 мин в понедельник 23.11\n");
    }

    @Test
    void deadlineInDaysSkipsTheNewYearHolidays() {
        assertThat(run("calendar", "deadline", "--from", "30.12.2025", "--days", "2")).isZero();
        // 31.12.2025 is a day off (decree No. 1335), 1–11 January 2026 too: day one is 12.01, day two 13.01.
        assertThat(out()).startsWith("Срок: 13.01.2026 18:00 (вторник)");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("calendar", "deadline", "--from", "вчера", "--hours", "3")).isEqualTo(2);
        assertThat(cli.err()).contains("«вчера» — не дата и время");
        assertThat(run("calendar", "deadline", "--from", "2026-11-20T17:30", "--hours", "3", "--days", "2")).isEqualTo(2);
        assertThat(run("calendar", "show", "двадцать")).isEqualTo(2);
        assertThat(run("calendar")).isEqualTo(2);
    }

    @Test
    void importCorrectsDaysAndABadFileChangesNothing() throws Exception {
        Path good = Files.writeString(dir.resolve("days.csv"), "23.11.2026;выходной\n");
        assertThat(run("calendar", "import", good.toString())).isZero();
        assertThat(run("calendar", "deadline", "--from", "2026-11-20T17:30", "--hours", "3")).isZero();
        assertThat(out()).startsWith("Срок: 24.11.2026 11:30 (вторник)");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "24.11.2026;выходной\n31.11.2026;выходной\n");
        assertThat(run("calendar", "import", bad.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("не загружен").contains("Строка 2");
        assertThat(run("calendar", "deadline", "--from", "2026-11-20T17:30", "--hours", "3")).isZero();
        assertThat(out()).startsWith("Срок: 24.11.2026 11:30 (вторник)");
    }
}
