package ru.officialpages.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.DayType;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.DirectTaskExecutor;

/** The calendar settings without a stage: imports and office hours. */
class CalendarViewModelTest {
    @TempDir
    Path dir;
    Database db;
    CalendarRepository repo;
    CalendarViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        repo = new CalendarRepository(db, BuiltInCalendars.load());
        DialogService failing = TestDialogs.failing();
        vm = new CalendarViewModel(ru.officialpages.desk.TestDesks.over(db).office(), new DirectTaskExecutor(failing), () -> LocalDateTime.of(2026, 11, 23, 10, 0));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static final String HEADER = "\"Год/Месяц\",\"Январь\",\"Февраль\",\"Март\",\"Апрель\",\"Май\",\"Июнь\",\"Июль\","
            + "\"Август\",\"Сентябрь\",\"Октябрь\",\"Ноябрь\",\"Декабрь\",\"Всего рабочих дней\"\n";

    @Test
    void aBadFileChangesNothingAndNamesItsLine() throws Exception {
        Path file = dir.resolve("calendar.csv");
        Files.writeString(file, HEADER
                + "\"2027\",\"1,2,3,4,5,6,7,8,9,10,16,17,23,24,30,31\",\"6,7,13,14,20,21,22*,23,27,28\",\"6,7,8,13,14,20,21,27,28\","
                + "\"3,4,10,11,17,18,24,25\",\"1,2,8,9,10,15,16,22,23,29,30\",\"5,6,11*,12,13,19,20,26,27\",\"3,4,10,11,17,18,24,25,31\","
                + "\"1,7,8,14,15,21,22,28,29\",\"4,5,11,12,18,19,25,26\",\"2,3,9,10,16,17,23,24,30,31\",\"3*,4,6,7,13,14,20,21,27,28\","
                + "\"4,5,11,12,18,19,25,26,31,32\",\"247\"\n", Charset.forName("windows-1251"));
        vm.importFile(file);
        assertThat(vm.importErrorProperty().get()).contains("calendar.csv").contains("Строка 2");
        assertThat(vm.calendarProperty().get().hasOfficialData(2027)).isFalse();
    }

    @Test
    void aListOfDatesCorrectsSingleDays() throws Exception {
        Path file = dir.resolve("days.csv");
        Files.writeString(file, "Дата;Тип\n30.12.2026;выходной\n23.11.2026;сокращённый\n");
        vm.importFile(file);
        assertThat(vm.importErrorProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Исправлено дней: 2");
        assertThat(vm.typeOf(LocalDate.of(2026, 12, 30))).isEqualTo(DayType.NON_WORKING);
        assertThat(vm.isCorrected(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(repo.calendar().dayType(LocalDate.of(2026, 11, 23))).isEqualTo(DayType.SHORTENED);
    }

    @Test
    void officeHoursAreCheckedAndMoveDeadlines() {
        vm.checkDate.set(LocalDate.of(2026, 11, 20));
        vm.checkTime.set("17:30");
        vm.checkAmount.set(3);
        assertThat(vm.checkResultProperty().get()).isEqualTo("23.11.2026 11:30, понедельник");

        CalendarViewModel.HoursRow friday = vm.rows().get(4);
        friday.end.set("25:00");
        assertThat(vm.hoursErrorProperty().get()).isEqualTo("пятница: «25:00» — не время (нужно ЧЧ:ММ).");
        friday.end.set("17:00");
        friday.lunchStart.set("");
        friday.lunchEnd.set("");
        assertThat(vm.hoursErrorProperty().get()).isEmpty();
        vm.saveHours();
        assertThat(repo.officeHours().days().get(java.time.DayOfWeek.FRIDAY).end()).isEqualTo(java.time.LocalTime.of(17, 0));
        // Friday now ends at 17:00: the whole 3 hours fall on Monday.
        assertThat(vm.checkResultProperty().get()).isEqualTo("23.11.2026 12:00, понедельник");
    }
}
