package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.DayType;
import ru.officialpages.storage.CalendarRepository;

/** Настройки → Календарь: a day marked non-working moves a deadline, and back. */
class CalendarScreenTest extends WindowTestBase {

    @Test
    void markingADayNonWorkingMovesTheDeadline() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-settings");
        clickOn("Календарь");
        waitUntil(() -> lookup("#day-2026-11-23").tryQuery().isPresent());
        assertThat(labelText("#calendar-year")).isEqualTo("2026");
        // 4 November, National Unity Day, is coloured as a holiday; 3 November is a shortened day.
        assertThat(this.<Label>node("#day-2026-11-04").getStyleClass()).contains("cal-off");
        assertThat(this.<Label>node("#day-2026-11-03").getStyleClass()).contains("cal-short");

        doubleClickOn("#check-date .text-field").eraseText(12).write("20.11.2026").type(KeyCode.ENTER);
        doubleClickOn("#check-time").eraseText(5).write("17:30");
        assertThat(labelText("#check-result")).isEqualTo("23.11.2026 11:30, понедельник");
        assertThat(labelText("#check-explanation"))
                .isEqualTo("3 рабочих часа: 30 мин в пятницу 20.11, 2 ч 30 мин в понедельник 23.11");

        interact(() -> this.<ScrollPane>node("#calendar-months").setVvalue(1.0));
        clickOn("#day-2026-11-23");
        clickOn("Сделать нерабочим");
        waitUntil(() -> labelText("#check-result").equals("24.11.2026 11:30, вторник"));
        assertThat(this.<Label>node("#day-2026-11-23").getStyleClass()).contains("cal-off", "cal-corrected");
        assertThat(new CalendarRepository(db, BuiltInCalendars.load()).calendar().dayType(
                java.time.LocalDate.of(2026, 11, 23))).isEqualTo(DayType.NON_WORKING);

        interact(() -> this.<ScrollPane>node("#calendar-months").setVvalue(1.0));
        clickOn("#day-2026-11-23");
        clickOn("Как в производственном календаре");
        waitUntil(() -> labelText("#check-result").equals("23.11.2026 11:30, понедельник"));
        assertThat(this.<Label>node("#day-2026-11-23").getStyleClass()).doesNotContain("cal-off", "cal-corrected");
    }

    @Test
    void aYearWithoutDataSaysSo() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-settings");
        clickOn("Календарь");
        waitUntil(() -> lookup("#day-2026-01-01").tryQuery().isPresent());
        assertThat(this.<Label>node("#calendar-notice").isVisible()).isFalse();
        clickOn("#calendar-next-year");
        waitUntil(() -> lookup("#day-2027-01-01").tryQuery().isPresent());
        assertThat(this.<Label>node("#calendar-notice").isVisible()).isTrue();
        assertThat(labelText("#calendar-notice")).contains("за 2027 год нет данных производственного календаря");
    }
}
