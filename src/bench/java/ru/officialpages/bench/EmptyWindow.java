package ru.officialpages.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The reference for start-up and memory: an empty JavaFX window started the way the program starts its own. */
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
                if (Boolean.getBoolean("bench.memory")) {
                    // The reference for memory: what JavaFX alone keeps resident with a window up.
                    new Thread(EmptyWindow::printMemory).start();
                    return;
                }
                System.exit(0);
            }));
        });
    }

    private static void printMemory() {
        try {
            Thread.sleep(1000);
            long rss = 0;
            long hwm = 0;
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            System.out.println("rss " + rss + " hwm " + hwm);
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(0);
    }
}
