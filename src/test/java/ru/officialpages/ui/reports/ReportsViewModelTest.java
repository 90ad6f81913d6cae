package ru.officialpages.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.IsoWeek;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.ReportRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/** The report screen's state without a stage: the default week, periods and their refusals, the export. */
class ReportsViewModelTest {
    @TempDir
    Path dir;
    Database db;
    ReportsViewModel vm;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data.db"));
        ReportFixture.week47(db);
        vm = new ReportsViewModel(new ru.officialpages.desk.ReportDesk(new ReportRepository(db), new SettingsRepository(db),
                new CalendarRepository(db, BuiltInCalendars.load()), new NetworkRepository(db)),
                new DirectTaskExecutor(TestDialogs.failing()),
                Clock.fixed(LocalDate.of(2026, 11, 25).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theLastFullWeekWithItsTrendFromTheFirstRecordedWeek() {
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2026-W47"));
        vm.load();
        ReportsViewModel.Shown s = vm.shownProperty().get();
        assertThat(s.week().publications().published()).isEqualTo(6);
        // The first record is of 13.11 (week 46): earlier weeks are unknown, not weeks of zero posts.
        assertThat(s.trend()).hasSize(2);
        assertThat(s.trend().get(0).monday()).isEqualTo(ReportFixture.MONDAY.minusWeeks(1));
        assertThat(s.trend().get(1).monday()).isEqualTo(ReportFixture.MONDAY);
        assertThat(s.trend().get(1).published()).isEqualTo(6);
        assertThat(s.trend().get(0).published()).isEqualTo(1);
        assertThat(vm.suggestedFileName()).isEqualTo("Отчёт за неделю 2026-W47.xlsx");

        vm.weekOf(LocalDate.of(2026, 11, 26));
        assertThat(vm.shownProperty().get().week().monday()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void periodsAreCheckedBeforeTheyAreShown() {
        assertThat(vm.showPeriod(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(vm.periodErrorProperty().get()).isEqualTo("Период кончается раньше, чем начинается.");
        assertThat(vm.showPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(vm.periodErrorProperty().get()).contains("пяти лет");
        assertThat(vm.showPeriod(null, LocalDate.of(2026, 1, 1))).isFalse();

        vm.quarter();
        assertThat(vm.periodErrorProperty().get()).isEmpty();
        assertThat(vm.modeProperty().get()).isEqualTo(ReportsViewModel.Mode.PERIOD);
        assertThat(vm.shownProperty().get().period().from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(vm.shownProperty().get().period().to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(vm.suggestedFileName()).isEqualTo("Сводка 01.10.2026–31.12.2026.xlsx");
        vm.month();
        assertThat(vm.shownProperty().get().period().weeks()).hasSize(6); // 26.10 … 30.11
        vm.year();
        assertThat(vm.shownProperty().get().period().weeks()).hasSize(53);
    }

    @Test
    void exportWritesTheShownReportAndNamesTheFile() {
        vm.load();
        Path file = dir.resolve("неделя.xlsx");
        vm.export(file);
        assertThat(file).exists();
        assertThat(vm.exportedProperty().get()).isEqualTo(file);
        assertThat(vm.statusProperty().get()).isEqualTo("Отчёт сохранён: неделя.xlsx");
        assertThat(vm.exportingProperty().get()).isFalse();
    }
}
