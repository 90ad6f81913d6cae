package ru.officialpages.ui.reports;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Открыть файл" and "Показать в папке" after an export, off the UI thread (the desktop may be slow). */
final class FileActions {
    private static final Logger LOG = LoggerFactory.getLogger(FileActions.class);

    private FileActions() {
    }

    static void open(Path file) {
        run(file, false);
    }

    static void showInFolder(Path file) {
        run(file, true);
    }

    private static void run(Path file, boolean folder) {
        if (file == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
                if (folder && os.contains("win")) {
                    // Explorer opens the folder with the file selected.
                    new ProcessBuilder("explorer.exe", "/select,", file.toAbsolutePath().toString()).start();
                    return;
                }
                Path target = folder ? file.toAbsolutePath().getParent() : file.toAbsolutePath();
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(target.toFile());
                } else if (os.contains("mac")) {
                    new ProcessBuilder("open", target.toString()).start();
                } else {
                    new ProcessBuilder("xdg-open", target.toString()).start();
                }
            } catch (Exception e) {
                LOG.warn("Could not open {}", file, e);
            }
        }, "open-file");
        t.setDaemon(true);
        t.start();
    }
}
