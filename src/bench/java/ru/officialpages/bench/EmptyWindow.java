package ru.officialpages.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The reference for start-up: an empty JavaFX window started the way the program starts its own. */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
            Platform.runLater(() -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("shown-ms=" + ms);
                System.exit(0);
            }));
        });
    }
}
