package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;

/**
 * A message 30 working minutes from its deadline and one past it reach the clerk (issue 16 item 8):
 * the count in the window's title and on Сообщения, and a notice (in the window here: the test
 * machine has no notification area). The window's clock: Mon 23.11.2026 10:00.
 */
class DeadlineNoticeScreenTest extends WindowTestBase {
    private MainWindow window;

    @Override
    void beforeShow(MainWindow w, ru.officialpages.ui.common.FxTaskExecutor executor) {
        window = w;
    }

    @Test
    void urgentMessagesMarkTheTitleAndTheRailAndAreToldOnce() throws Exception {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            MessageDeadlines rules = new MessageDeadlines(
                    new CalendarRepository(first, BuiltInCalendars.load()).workingTime());
            MessageRepository messages = new MessageRepository(first);
            // High importance: two working hours (§17). Fri 17:30 → Mon 10:30; Fri 16:00 → Fri 18:00.
            messages.add(Message.recorded(null, "VK", "Петрова", "", "", "Нет света", LocalDateTime.of(2026, 11, 20, 17, 30),
                    Importance.HIGH, "", ""), rules);
            messages.add(Message.recorded(null, "VK", "Сидоров", "", "", "Яма на дороге", LocalDateTime.of(2026, 11, 20, 16, 0),
                    Importance.HIGH, "", ""), rules);
            // Far from its deadline: no word of it.
            messages.add(Message.recorded(null, "VK", "Орлова", "", "", "Спасибо", LocalDateTime.of(2026, 11, 23, 9, 30),
                    Importance.ORDINARY, "", ""), rules);
        }
        openWindow();
        assertThat(stage.getTitle()).doesNotStartWith("(");
        FxToolkit.setupFixture(() -> window.watchDeadlines(dir));
        waitUntil(() -> stage.getTitle().startsWith("(2) "));
        assertThat(this.<ToggleButton>node("#nav-messages").getText()).isEqualTo("Сообщения (2)");
        waitUntil(() -> lookup("#deadline-text").tryQuery().isPresent());
        assertThat(labelText("#deadline-text")).contains("Скоро срок ответа (Петрова): до 23.11.2026 10:30")
                .contains("Срок ответа истёк (Сидоров)").doesNotContain("Орлова");
        clickOn("#deadline-open");
        assertThat(lookup("#deadline-bar").tryQuery()).isEmpty();
        assertThat(lookup("#screen-messages").tryQuery()).isPresent();
        // A minute later nothing new: nothing is told twice.
        FxToolkit.setupFixture(() -> window.checkDeadlinesNow());
        waitUntil(() -> executor.busyProperty().get() == false);
        assertThat(lookup("#deadline-bar").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).startsWith("(2) ");
    }
}
