package ru.officialpages.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageScope;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.XlsxSheet;

/** «Экспорт в Excel» of Сообщения: the filtered list, due first, the deadline as a date-time, the state as text. */
class MessagesExportTest {
    @TempDir
    Path dir;
    Database db;
    MessagesViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "",
                NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        CalendarRepository calendar = new CalendarRepository(db, BuiltInCalendars.load());
        MessageDeadlines rules = new MessageDeadlines(calendar.workingTime());
        MessageRepository messages = new MessageRepository(db);
        // Friday 20.11 17:30, high importance: due Monday 11:30 - 1 h = 10:30; overdue at 11:00.
        messages.add(Message.recorded(null, "VK", "Пётр", "", "https://vk.com/wall-1_1", "Когда починят фонарь?",
                LocalDateTime.of(2026, 11, 20, 17, 30), Importance.HIGH, "ЖКХ", "Иванова"), rules);
        messages.add(Message.recorded(null, "VK", "Ольга", "", "", "Где забрать справку?",
                LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY, "", ""), rules);
        messages.add(Message.recorded(null, "OK", "Семён", "", "", "Спасибо за праздник",
                LocalDateTime.of(2026, 11, 23, 9, 30), Importance.HIGH, "", ""), rules);
        vm = new MessagesViewModel(ru.officialpages.desk.Desks.over(new SettingsRepository(db), calendar,
                new PageRepository(db), new OrganizationRepository(db), new NetworkRepository(db),
                new ru.officialpages.storage.PostRepository(db), new ru.officialpages.storage.PlanRepository(db, java.time.Clock.systemDefaultZone()), messages,
                new ru.officialpages.storage.ModerationRepository(db)), new DirectTaskExecutor(TestDialogs.failing()),
                Clock.fixed(LocalDate.of(2026, 11, 23).atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void highImportanceMessagesExportDueFirstWithTheDeadlineAsADate() {
        vm.filterImportance.set(Importance.HIGH);
        vm.scope.set(MessageScope.ALL);
        Path file = dir.resolve("сообщения.xlsx");
        assertThat(vm.tableExport().write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(2);

        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).isEqualTo("Сообщения граждан — Берёзовское сельское поселение. Для служебного пользования");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: важность «Повышенная»");
        assertThat(x.headers()).startsWith("Срок ответа", "До срока", "Состояние", "Выявлено", "Важность", "Автор");
        assertThat(x.dataRows()).isEqualTo(2);
        assertThat(x.isDate(0, 0)).isTrue();
        assertThat(x.cell(0, 0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 30));
        assertThat(x.cell(0, 1).getStringCellValue()).isEqualTo("просрочено на 30 мин");
        assertThat(x.cell(0, 2).getStringCellValue()).isEqualTo("Новое");
        assertThat(x.isDate(0, 3)).isTrue();
        assertThat(x.cell(0, 5).getStringCellValue()).isEqualTo("Пётр");
        assertThat(x.cell(1, 5).getStringCellValue()).isEqualTo("Семён");
        assertThat(x.cell(1, 0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        assertThat(x.cell(1, 1).getStringCellValue()).isEqualTo("осталось 30 мин рабочего времени");
    }

    @Test
    void theDefaultListSaysItHoldsTheMessagesAwaitingAnAnswer() {
        Path file = dir.resolve("ждут.xlsx");
        assertThat(vm.tableExport().write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(3);
        assertThat(XlsxSheet.read(file).text(1, 0)).isEqualTo("Отбор: «Ожидают ответа»");
    }
}
