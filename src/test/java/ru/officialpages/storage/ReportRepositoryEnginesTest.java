package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly report's queries give the same answers on both engines (issue 19): the same week of
 * work entered into a SQLite file and into PostgreSQL, every ReportRepository question asked of both.
 */
class ReportRepositoryEnginesTest {
    @TempDir
    Path dir;

    private static List<Object> answers(Database db) {
        ReportFixture.week47(db);
        ReportRepository r = new ReportRepository(db);
        List<Object> a = new ArrayList<>();
        a.add(r.pageCount());
        a.add(r.firstDay());
        a.add(r.firstRecordDay());
        a.add(r.pagesOfWeek(ReportFixture.MONDAY));
        a.add(r.pagesOfWeeks(ReportFixture.MONDAY.minusWeeks(2), 4));
        a.add(Arrays.toString(r.postsOfWeeks(ReportFixture.MONDAY.minusWeeks(2), 4)));
        a.add(r.planOfWeek(ReportFixture.MONDAY, ReportFixture.NOW.toLocalDate()));
        a.add(r.moderationOfWeek(ReportFixture.MONDAY));
        a.add(r.messagesDetected(ReportFixture.MONDAY.atStartOfDay(), ReportFixture.NOW));
        return a;
    }

    @Test
    void everyQueryAnswersTheSameOnSqliteAndPostgresql() {
        List<Object> sqlite;
        try (Database db = Engine.SQLITE.open(dir)) {
            sqlite = answers(db);
        }
        List<Object> postgresql;
        try (Database db = Engine.POSTGRESQL.open(dir)) {
            postgresql = answers(db);
        }
        assertThat(sqlite.get(0)).isNotEqualTo(0);
        assertThat(Arrays.stream(((String) sqlite.get(5)).replaceAll("[\\[\\] ]", "").split(",")).mapToInt(Integer::parseInt).sum())
                .isPositive();
        assertThat(postgresql).isEqualTo(sqlite);
    }
}
