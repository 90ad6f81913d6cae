package ru.officialpages.ui.common;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** Opens a saved file in its program (Excel) or shows it in its folder, off the UI thread. */
public final class FileOpener {
    private FileOpener() {
    }

    public static void open(Path file) {
        run(() -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
            } else {
                command(file).start();
            }
        });
    }

    static void showInFolder(Path file) {
        run(() -> {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("win")) {
                new ProcessBuilder("explorer.exe", "/select,", file.toAbsolutePath().toString()).start();
            } else if (os.contains("mac")) {
                new ProcessBuilder("open", "-R", file.toAbsolutePath().toString()).start();
            } else {
                Path folder = file.toAbsolutePath().getParent();
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder("xdg-open", folder.toString()).start();
                }
            }
        });
    }

    private static ProcessBuilder command(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        return os.contains("win") ? new ProcessBuilder("rundll32", "url.dll,FileProtocolHandler", path)
                : os.contains("mac") ? new ProcessBuilder("open", path) : new ProcessBuilder("xdg-open", path);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void run(Action action) {
        Thread t = new Thread(() -> {
            try {
                action.run();
            } catch (Exception e) {
                LoggerFactory.getLogger(FileOpener.class).warn("Could not open a saved file", e);
            }
        }, "open-file");
        t.setDaemon(true);
        t.start();
    }

    static boolean exists(Path file) {
        return file != null && Files.isRegularFile(file);
    }
}
