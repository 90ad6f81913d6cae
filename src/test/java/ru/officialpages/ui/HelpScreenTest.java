package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import ru.officialpages.storage.Database;
import ru.officialpages.ui.help.About;
import ru.officialpages.ui.reports.ReportsView;

/** F1 opens the help of the screen shown; «О программе» names the version and data folder; keys work at once (issue 16 item 6). */
class HelpScreenTest extends WindowTestBase {

    @Override
    void beforeShow(MainWindow window, ru.officialpages.ui.common.FxTaskExecutor executor) {
        window.setAbout(new About("1.2.3", dir));
    }

    private List<Stage> others() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w).toList();
    }

    private void closeOthers() {
        interact(() -> others().forEach(Stage::close));
    }

    @Test
    void f1ShowsTheHelpOfTheScreenShownAndAboutTellsWhereTheDataIs() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-messages");
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> !others().isEmpty());
        assertThat(others()).singleElement().satisfies(s -> assertThat(s.getTitle()).isEqualTo("Справка — Сообщения"));
        assertThat(lookup("#help-content .label").queryAll()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("30 рабочих минут"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> others().isEmpty());

        clickOn("#nav-about");
        waitUntil(() -> !others().isEmpty());
        assertThat(labelText("#about-version")).isEqualTo("Версия 1.2.3");
        assertThat(labelText("#about-folder")).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(lookup("#about-open-folder").tryQuery()).isPresent();
        assertThat(lookup("#about-content .label").queryAll()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).startsWith("•  F1 — справка"))
                .anySatisfy(t -> assertThat(t).contains("Apache 2.0"));
        closeOthers();
    }

    @Test
    void theSetupHasItsOwnHelp() throws Exception {
        openWindow();
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> !others().isEmpty());
        assertThat(others().get(0).getTitle()).isEqualTo("Справка — Первый запуск");
        closeOthers();
    }

    @Test
    void reportKeysWorkBeforeTheReportIsClicked() throws Exception {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            ru.officialpages.storage.ReportFixture.week47(first);
        }
        openWindow();
        // The rail has the focus: the user went there with the mouse and has not touched the report.
        clickOn("#nav-reports");
        waitUntil(() -> lookup("#reports-print-summary").tryQuery().isPresent());
        List<Window> asked = new CopyOnWriteArrayList<>();
        ReportsView view = node("#reports-view");
        interact(() -> view.setSaveChooser(owner -> {
            asked.add(owner);
            return (File) null;
        }));
        assertThat(node("#nav-reports").isFocused()).isTrue();
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !asked.isEmpty());
        assertThat(asked).containsExactly(stage);
    }
}
