package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStep;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NoAnswerGround;
import ru.officialpages.domain.StepKind;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.WorkingTime;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;

/**
 * Сообщения (novokubansky-1740 app.1): a message recorded on Friday evening is due on Monday
 * morning; an interim answer starts the 5-working-day count; a returned draft keeps its reason;
 * a message closed without an answer keeps its §21 ground. The window's clock: Mon 23.11.2026 10:00.
 */
class MessagesScreenTest extends WindowTestBase {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private void typeDate(String pickerId, String date) {
        doubleClickOn(pickerId + " .text-field").eraseText(12).write(date).type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private TableView<Message> table() {
        return (TableView<Message>) (TableView<?>) node("#messages-table");
    }

    private Node cellWithText(String text) {
        return lookup("#messages-table .table-cell").match((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().startsWith(text)).query();
    }

    private String steps() {
        VBox box = node("#messages-steps");
        // A step is a row: its text, then «Исправить» and «Удалить»; with no steps, one label says so.
        return String.join("\n", box.getChildren().stream().map(n -> n instanceof Label l ? l.getText()
                : ((Label) ((javafx.scene.layout.HBox) n).getChildren().get(0)).getText()).toList());
    }

    @Test
    void aFridayEveningMessageIsDueOnMondayMorningAndAnInterimAnswerGivesFiveWorkingDays() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-messages");
        waitUntil(() -> "Сообщений не найдено".equals(labelText("#messages-found")));

        choose("#messages-network", "ВКонтакте");
        clickOn("#messages-author").write("Петров Иван");
        clickOn("#messages-text").write("Когда починят фонарь на Школьной улице?");
        typeDate("#messages-detected-date", "20.11.2026");
        replaceText("#messages-detected-time", "17:30");
        clickOn("#messages-save");

        // What the working-time engine says: 30 min on Friday, then from 9:00 on Monday, lunch 13–14 not reached.
        WorkingTime time = new CalendarRepository(db, BuiltInCalendars.load()).workingTime();
        LocalDateTime due = time.addWorkingHours(LocalDateTime.of(2026, 11, 20, 17, 30), Duration.ofHours(3));
        assertThat(due).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        waitUntil(() -> ("Ответ до " + DATE_TIME.format(due)).equals(labelText("#messages-deadline")));
        assertThat(labelText("#messages-countdown")).isEqualTo("осталось 1 ч 30 мин рабочего времени");
        assertThat(labelText("#messages-stage")).isEqualTo("Новое");
        assertThat(labelText("#messages-deadline-explain")).contains("пятницу").contains("понедельник");
        waitUntil(() -> "Найдено: 1 сообщение".equals(labelText("#messages-found")) && table().getItems().get(0) != null);
        assertThat(table().getItems().get(0).authorName()).isEqualTo("Петров Иван");

        // The interim answer, given now (Mon 23.11 10:00): the final one is due by the end of the fifth working day.
        clickOn("#messages-tab-course");
        clickOn("#messages-draft-area").write("Здравствуйте! Заявка передана в управляющую компанию.");
        clickOn("#messages-interim");
        LocalDateTime finalDue = time.explainDays(java.time.LocalDate.of(2026, 11, 23), 5).due();
        assertThat(finalDue).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0));
        waitUntil(() -> ("Окончательный ответ до " + DATE_TIME.format(finalDue)).equals(labelText("#messages-deadline")));
        assertThat(labelText("#messages-stage")).isEqualTo("Дан промежуточный ответ");
        waitUntil(() -> steps().contains("23.11.2026 10:00 — Дан промежуточный ответ"));
        Message saved = new MessageRepository(db).slice(ru.officialpages.domain.MessageFilter.all(), 0, 1).get(0);
        assertThat(saved.interimText()).isEqualTo("Здравствуйте! Заявка передана в управляющую компанию.");
        assertThat(saved.dueAt()).isEqualTo(finalDue);
    }

    @Test
    void aReturnedDraftKeepsItsReasonAndAClosedMessageItsGround() throws Exception {
        givenSetupDone();
        long overdueId;
        long urgentId;
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            MessageRepository repo = new MessageRepository(first);
            MessageDeadlines rules = new MessageDeadlines(new CalendarRepository(first, BuiltInCalendars.load()).workingTime());
            // Due Fri 20.11 13:00: overdue by 4 h on Friday and 1 h on Monday.
            overdueId = repo.add(Message.recorded(null, Network.VK, "Сидорова Анна", "", "https://vk.com/wall-1_10",
                    "Почему не вывезли мусор?", LocalDateTime.of(2026, 11, 20, 10, 0), Importance.ORDINARY, "ЖКХ", ""), rules).id();
            // High importance, Fri 17:15: 45 min on Friday, 1 h 15 min on Monday, so 15 min are left at 10:00.
            urgentId = repo.add(Message.recorded(null, Network.OK, "Кузнецов Олег", "", "", "Упало дерево на провода!",
                    LocalDateTime.of(2026, 11, 20, 17, 15), Importance.HIGH, "", ""), rules).id();
        }
        openWindow();
        // The overdue message sits on Сегодня; a click opens it on Сообщения.
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-message-" + overdueId).tryQuery().isPresent());
        javafx.scene.control.Hyperlink onToday = node("#today-message-" + overdueId);
        assertThat(onToday.getText()).contains("Сидорова Анна").contains("13:00");
        assertThat(onToday.getTextFill()).as("an overdue answer is red on Сегодня")
                .isNotEqualTo(this.<javafx.scene.control.Hyperlink>node("#today-message-" + urgentId).getTextFill());
        clickOn(onToday);
        waitUntil(() -> ("Сообщение № " + overdueId).equals(labelText("#messages-card-title")));
        assertThat(labelText("#messages-countdown")).isEqualTo("просрочено на 5 ч");
        assertThat(this.<Label>node("#messages-countdown").getStyleClass()).contains("danger");

        // The list: what is due first, the urgent one in amber.
        waitUntil(() -> table().getItems().size() == 2 && table().getItems().get(0) != null);
        assertThat(table().getItems()).extracting(Message::id).containsExactly(overdueId, urgentId);
        clickOn(cellWithText("Кузнецов Олег"));
        waitUntil(() -> ("Сообщение № " + urgentId).equals(labelText("#messages-card-title")));
        assertThat(labelText("#messages-countdown")).isEqualTo("осталось 15 мин рабочего времени");
        assertThat(this.<Label>node("#messages-countdown").getStyleClass()).contains("warning");

        // Back to the overdue one: a draft to the curator, returned for spelling errors (§14).
        clickOn(cellWithText("Сидорова Анна"));
        waitUntil(() -> ("Сообщение № " + overdueId).equals(labelText("#messages-card-title")));
        clickOn("#messages-tab-course");
        clickOn("#messages-draft-area").write("Мусор вывезут завтро.");
        clickOn("#messages-submit");
        waitUntil(() -> steps().contains("Проект ответа направлен куратору"));
        clickOn("#messages-return");
        waitUntil(() -> "Выберите причину возврата.".equals(labelText("#messages-step-error")));
        choose("#messages-return-reason", "Орфографические и пунктуационные ошибки");
        clickOn("#messages-return");
        waitUntil(() -> steps().contains("Возвращено на доработку: Орфографические и пунктуационные ошибки"));

        // Then closed with no answer on a ground of §21.
        choose("#messages-ground", "Нецензурные выражения");
        clickOn("#messages-close");
        waitUntil(() -> "Закрыто без ответа: Нецензурные выражения".equals(labelText("#messages-stage")));
        assertThat(steps()).contains("23.11.2026 10:00 — Закрыто без ответа: Нецензурные выражения");
        MessageRepository repo = new MessageRepository(db);
        Message closed = repo.find(overdueId).orElseThrow();
        assertThat(closed.noAnswerGround()).isEqualTo(NoAnswerGround.OBSCENITY);
        assertThat(closed.dueAt()).isNull();
        List<MessageStep> steps = repo.steps(overdueId);
        assertThat(steps).extracting(MessageStep::kind)
                .containsExactly(StepKind.SUBMITTED, StepKind.RETURNED, StepKind.CLOSED);
        assertThat(steps.get(1).reason()).isEqualTo("ERRORS");
        // Only the urgent one is still waiting.
        waitUntil(() -> "Найдено: 1 сообщение".equals(labelText("#messages-found")));
    }

    @Test
    void anImportFileIsPreviewedThenLoadedWhole() throws Exception {
        givenSetupDone();
        Path file = dir.resolve("incidents.csv");
        java.nio.file.Files.write(file, ("Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;"
                + "Дата окончательного ответа\r\n"
                + "20.11.2026 17:30;ВКонтакте;Петров Иван;https://vk.com/wall-1_5;Когда починят фонарь?;;;;\r\n"
                + "23.11.2026 09:05;Одноклассники;Анна;;Упало дерево;повышенная;23.11.2026 09:50;да;\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        openWindow();
        clickOn("#nav-messages");
        waitUntil(() -> "Сообщений не найдено".equals(labelText("#messages-found")));
        ru.officialpages.ui.messages.MessagesView view = node("#messages-view");
        // The file chooser is the system's; from the chosen file on, the user's path is the program's.
        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        javafx.scene.control.ListView<String> lines = node("#import-preview-lines");
        assertThat(lines.getItems()).hasSize(2).allMatch(l -> l.startsWith("Строка "));
        clickOn("Загрузить");
        waitUntil(() -> "Найдено: 2 сообщения".equals(labelText("#messages-found")));
        assertThat(labelText("#messages-status")).isEqualTo("Загружено сообщений: 2.");
        waitUntil(() -> table().getItems().get(0) != null);
        // Due first: Monday 11:30 for the Friday message, before the final answer to the interim one (30.11).
        assertThat(table().getItems().get(0).authorName()).isEqualTo("Петров Иван");
    }

    @Test
    void ctrlEExportsTheListAsShown() throws Exception {
        givenSetupDone();
        openWindow();
        java.nio.file.Path file = dir.resolve("Сообщения.xlsx");
        javafx.application.Platform.runLater(() -> stage.getProperties().put(ru.officialpages.ui.common.SaveFileDialog.class,
                (ru.officialpages.ui.common.SaveFileDialog) (owner, name) -> java.util.Optional.of(file)));
        clickOn("#nav-messages");
        waitUntil(() -> "Сообщений не найдено".equals(labelText("#messages-found")));
        choose("#messages-network", "ВКонтакте");
        clickOn("#messages-author").write("Петров Иван");
        clickOn("#messages-text").write("Когда починят фонарь?");
        typeDate("#messages-detected-date", "20.11.2026");
        replaceText("#messages-detected-time", "17:30");
        clickOn("#messages-save");
        waitUntil(() -> "Найдено: 1 сообщение".equals(labelText("#messages-found")));

        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> java.nio.file.Files.exists(file) && labelText("#messages-export-message").endsWith("строк: 1"));
        ru.officialpages.ui.common.XlsxSheet x = ru.officialpages.ui.common.XlsxSheet.read(file);
        assertThat(x.text(0, 0)).endsWith("Для служебного пользования");
        assertThat(x.cell(0, 0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 30));
        assertThat(x.cell(0, 1).getStringCellValue()).isEqualTo("осталось 1 ч 30 мин рабочего времени");
        assertThat(x.cell(0, 5).getStringCellValue()).isEqualTo("Петров Иван");
    }
}
