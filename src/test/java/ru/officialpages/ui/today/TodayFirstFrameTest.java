package ru.officialpages.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.MovableClock;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/**
 * Сегодня's first frame is its frame (issue 20): the date and the cards' titles, with the lines drawn on the
 * pulse after it even when the data is at hand before the window is shown.
 */
class TodayFirstFrameTest {
    @TempDir
    Path dir;
    private Database db;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("official-pages.db"));
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(stage::close);
        }
        db.close();
    }

    @Test
    void theLinesFollowTheFirstFrame() throws Exception {
        Desks desks = TestDesks.over(db);
        desks.office().save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "", NormPreset.ISHTAN,
                NormPreset.ISHTAN.norms(), 3, false, true));
        Organization head = desks.pages().saveOrganization(new Organization(0, OrganizationKind.HEAD,
                "Глава Берёзовского сельского поселения", "", "", "", "", false, "", false));
        Page vk = desks.pages().add(new Page(0, head.id(), Network.VK, "https://vk.com/club210001",
                LocalDate.of(2025, 1, 20), null, null));
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 23, 10, 0));
        AtomicReference<TodayView> view = new AtomicReference<>();
        AtomicReference<Boolean> linesBeforeFrame = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            // Data read at once: it is there before the window is shown, and still waits for the first frame.
            TodayViewModel vm = new TodayViewModel(desks, new DirectTaskExecutor(TestDialogs.failing()), clock);
            TodayView today = new TodayView(vm, id -> { });
            assertThat(vm.loadedProperty().get()).isTrue();
            stage = new Stage();
            stage.setScene(new Scene(today, 1024, 700));
            stage.show();
            linesBeforeFrame.set(today.lookup("#today-ratio-" + vk.id()) != null);
            view.set(today);
        });
        assertThat(linesBeforeFrame.get()).isFalse();
        // The frame itself: the date and the four cards' titles.
        Node week = view.get().lookup("#today-week");
        assertThat(week).isNotNull();
        assertThat(view.get().lookup("#today-plan")).isNotNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return view.get().lookup("#today-ratio-" + vk.id()) != null;
        });
        assertThat(((Label) view.get().lookup("#today-ratio-" + vk.id())).getText()).isEqualTo("0 из 2");
        assertThat(view.get().getStyleClass()).contains("filled");
    }
}
