package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.ReportRepository;
import ru.officialpages.storage.SettingsRepository;

/** The report desk over a real SQLite file: the week with its trend and signers, the period, the empty registry. */
class ReportDeskTest {
    @TempDir
    Path dir;

    private static ReportDesk desk(Database db) {
        return new ReportDesk(new ReportRepository(db), new SettingsRepository(db), new CalendarRepository(db, BuiltInCalendars.load()),
                new NetworkRepository(db));
    }

    @Test
    void anEmptyRegistryHasNothingToReport() {
        try (Database db = Database.open(dir.resolve("empty.db"))) {
            assertThat(desk(db).hasPages()).isFalse();
        }
    }

    @Test
    void theWeekComesWithItsTrendFromTheFirstRecordAndThePeriodCountsExactlyItsDays() {
        try (Database db = Database.open(dir.resolve("data.db"))) {
            ReportFixture.week47(db);
            ReportDesk desk = desk(db);
            assertThat(desk.hasPages()).isTrue();
            ReportDesk.Week week = desk.week(ReportFixture.MONDAY, ReportFixture.NOW);
            assertThat(week.report().monday()).isEqualTo(ReportFixture.MONDAY);
            assertThat(week.report().publications().published()).isEqualTo(6);
            // The first post is of 15.11 (week 46): the trend starts there, not twelve weeks back.
            assertThat(week.trend()).extracting(t -> t.monday())
                    .containsExactly(ReportFixture.MONDAY.minusWeeks(1), ReportFixture.MONDAY);
            assertThat(week.signers()).isNotNull();
            ReportDesk.Period days = desk.period(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20), ReportFixture.NOW);
            // 17.11 (photo) and 20.11 (text) of Администрация, 19.11 and 20.11 of Дом культуры.
            assertThat(days.report().published()).isEqualTo(4);
        }
    }
}
