package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: on the first start the window fills the screen's work area (no strip beside a 1280 px window
 * on a 1366×768 laptop); after that it opens at the size and place the clerk left it.
 */
class WindowSizeTest extends WindowTestBase {

    @Test
    void theFirstStartFillsTheWorkAreaAndALaterStartKeepsTheSizeLeft() throws Exception {
        givenSetupDone();
        openWindow();
        Rectangle2D work = javafx.stage.Screen.getPrimary().getVisualBounds();
        // The headless screen of the tests is 1366 px wide (pom), wider than the old 1280 px default.
        assertThat(work.getWidth()).isGreaterThan(1280);
        assertThat(stage.getWidth()).isEqualTo(work.getWidth());
        assertThat(stage.getHeight()).isEqualTo(work.getHeight());
        assertThat(stage.getX()).isEqualTo(work.getMinX());
        assertThat(stage.getY()).isEqualTo(work.getMinY());

        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        closeWindow();
        openWindow();

        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
    }
}
