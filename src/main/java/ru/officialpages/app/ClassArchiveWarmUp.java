package ru.officialpages.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The installed program's class-data archive holds the classes its first run loaded (the JVM writes it
 * when that run exits, installer/). A first run that was the window or {@code --version} left out the
 * ~2 500 classes of POI and XMLBeans, so every later {@code report} command read them from the jars
 * again (issue 20, docs/performance.md). In that first run only — the archive file does not exist yet —
 * this loads, without initialising, the classes named in the list the installer made from the window and
 * the commands ({@code officialpages.cdsClassList}), so the archive holds them whatever the first run was.
 * Loading only: no static initialiser runs, so nothing starts (no toolkit, no logger, no file).
 */
final class ClassArchiveWarmUp {
    /** The list of class names, one a line; set by the installer's launcher. */
    static final String LIST_PROPERTY = "officialpages.cdsClassList";

    /** The loading thread of this process, once started. */
    private static Optional<Thread> started = Optional.empty();

    private ClassArchiveWarmUp() {
    }

    /**
     * Starts the loading in this process if it is the one that will write the archive (the installer's
     * options name the archive and the list). A command calls it at once; the window once its first
     * frame is drawn, so that on two cores the loading does not hold that frame.
     */
    static synchronized void start() {
        if (started.isEmpty()) {
            started = startIfArchiveMissing(System.getProperty(Main.CDS_ARCHIVE_PROPERTY), System.getProperty(LIST_PROPERTY));
        }
    }

    /** {@link #awaitBeforeExit(Optional)} for the loading {@link #start()} began, if any. */
    static void awaitBeforeExit() {
        Optional<Thread> t;
        synchronized (ClassArchiveWarmUp.class) {
            t = started;
        }
        awaitBeforeExit(t);
    }

    /**
     * Starts loading the listed classes when this run is the one that will write the archive; empty
     * otherwise (no archive option, no list, or the archive is already there).
     */
    static Optional<Thread> startIfArchiveMissing(String archive, String list) {
        if (archive == null || list == null || archive.isBlank() || list.isBlank()) {
            return Optional.empty();
        }
        Path archiveFile = Path.of(archive);
        Path listFile = Path.of(list);
        if (!archiveFile.isAbsolute() || Files.exists(archiveFile) || !Files.isRegularFile(listFile)) {
            return Optional.empty();
        }
        Thread t = new Thread(() -> load(listFile, ClassArchiveWarmUp.class.getClassLoader()), "class-archive-warm-up");
        // Not a daemon: a window closed within seconds of its first start still ends only once the list
        // is loaded, so the archive written at that exit is whole. The thread ends by itself.
        t.setDaemon(false);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return Optional.of(t);
    }

    /** Loads each listed class that exists; returns how many did. Names that are gone are skipped. */
    static int load(Path listFile, ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(listFile, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null;) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            return 0;
        }
        int loaded = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // A class of an older build, or one this platform lacks: the archive simply goes without it.
            }
        }
        return loaded;
    }

    /**
     * A command's process ends right after its work; the archive is written at that exit, so the
     * first run waits for the loading to finish (a second or two, once per installation).
     */
    static void awaitBeforeExit(Optional<Thread> warmUp) {
        warmUp.ifPresent(t -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
