package ru.officialpages.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the data file's quick check is due (issue 20). The check reads the whole file: on the large
 * district's 295 MB it was half a second of every command, growing with the file. It is run:
 * <ul>
 * <li>once a day (the first open of a day);</li>
 * <li>after an unclean exit: every process that opens the file leaves a marker beside it
 *     ({@code official-pages.db.open-PID}) and deletes it when it closes the file; a marker of a
 *     process that is gone means it was killed, crashed or lost power with the file open;</li>
 * <li>when the file is not as this program left it: its size, time of change or identity differ from
 *     those noted at the last clean close (copied over by hand, half-copied, edited by another tool);</li>
 * <li>when nothing is known (no record: a new install, a record that cannot be read or written).</li>
 * </ul>
 * Backups and restores run it regardless ({@link Database#checkFully()}, {@link Backups#isSound}).
 * Between checks SQLite still refuses pages it cannot read, and a write that meets one is rolled back
 * ({@link Database#write}).
 */
final class CheckRecord {
    private static final Logger LOG = LoggerFactory.getLogger(CheckRecord.class);
    private static final String MARKER = ".open-";
    /** Files opened by this process, with how many {@link Database}s hold each: the marker goes with the last. */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();
    /**
     * An orderly end of the process with files still open ({@code System.exit} after a command, the
     * start-up benchmark's exit at the first frame) is no crash: SQLite's journal keeps the file whole
     * either way. What a marker is for — the JVM killed outright, a crash, power lost — runs no hook.
     */
    private static boolean hookAdded;

    private final Path file;
    private final Path record;

    private CheckRecord(Path file) {
        this.file = file.toAbsolutePath();
        this.record = this.file.resolveSibling(this.file.getFileName() + ".checked");
    }

    static CheckRecord of(Path file) {
        return new CheckRecord(file);
    }

    /** The reason the check is due now, or empty when the last one still holds. */
    Optional<String> due(LocalDate today) {
        Properties p = load();
        if (p == null) {
            return Optional.of("no record of a check");
        }
        if (!today.toString().equals(p.getProperty("day"))) {
            return Optional.of("first open of the day");
        }
        if (!deadMarkers().isEmpty()) {
            return Optional.of("unclean exit");
        }
        if (!Objects.equals(p.getProperty("state"), state())) {
            return Optional.of("the file changed since it was last closed");
        }
        return Optional.empty();
    }

    /** The file passed the check today: noted, and the markers of processes gone are cleared. */
    void checked(LocalDate today) {
        for (Path dead : deadMarkers()) {
            try {
                Files.deleteIfExists(dead);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", dead, e);
            }
        }
        Properties p = Optional.ofNullable(load()).orElseGet(Properties::new);
        p.setProperty("day", today.toString());
        p.setProperty("state", state());
        save(p);
    }

    /** This process opened the file: its marker is left beside it until {@link #closed()}. */
    void opened() {
        synchronized (OPEN_HERE) {
            if (!hookAdded) {
                hookAdded = true;
                Runtime.getRuntime().addShutdownHook(new Thread(CheckRecord::processEnds, "check-record"));
            }
            if (OPEN_HERE.merge(file, 1, Integer::sum) > 1) {
                return;
            }
        }
        ProcessHandle me = ProcessHandle.current();
        try {
            Files.writeString(marker(me.pid()), me.info().startInstant().map(Instant::toString).orElse(""),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Without it a later crash goes unnoticed until the next day's check: said, not fatal.
            LOG.warn("Could not leave the open marker beside {}", file, e);
        }
    }

    /** The file is closed cleanly: the marker goes, and the file's state is noted for the next open. */
    void closed() {
        synchronized (OPEN_HERE) {
            Integer held = OPEN_HERE.get(file);
            if (held == null) {
                return;
            }
            if (held > 1) {
                OPEN_HERE.put(file, held - 1);
                return;
            }
            OPEN_HERE.remove(file);
        }
        leave();
    }

    private static void processEnds() {
        List<Path> open;
        synchronized (OPEN_HERE) {
            open = new ArrayList<>(OPEN_HERE.keySet());
            OPEN_HERE.clear();
        }
        for (Path f : open) {
            new CheckRecord(f).leave();
        }
    }

    /** Notes the file's state for the next open and takes this process's marker away. */
    private void leave() {
        Properties p = load();
        if (p != null) {
            p.setProperty("state", state());
            save(p);
        }
        try {
            Files.deleteIfExists(marker(ProcessHandle.current().pid()));
        } catch (IOException e) {
            LOG.warn("Could not delete the open marker beside {}", file, e);
        }
    }

    private Path marker(long pid) {
        return file.resolveSibling(file.getFileName() + MARKER + pid);
    }

    /** Markers left by processes that are gone (a pid since reused by another program counts as gone). */
    private List<Path> deadMarkers() {
        List<Path> dead = new ArrayList<>();
        Path folder = file.getParent();
        String prefix = file.getFileName() + MARKER;
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(folder, prefix.replace("[", "\\[") + "*")) {
            for (Path m : markers) {
                long pid;
                try {
                    pid = Long.parseLong(m.getFileName().toString().substring(prefix.length()));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (!alive(pid, m)) {
                    dead.add(m);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for open markers beside {}", file, e);
        }
        return dead;
    }

    private static boolean alive(long pid, Path marker) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (p.isEmpty()) {
            return false;
        }
        try {
            String started = Files.readString(marker, StandardCharsets.UTF_8).trim();
            return started.isEmpty() || p.get().info().startInstant().map(Instant::toString).orElse("").equals(started);
        } catch (IOException e) {
            return true;
        }
    }

    /** Size, time of the last change and identity of the file: what a clean close leaves behind. */
    private String state() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.creationTime().toInstant() + " " + a.fileKey();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private Properties load() {
        if (!Files.isRegularFile(record)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}", record, e);
            return null;
        }
    }

    private void save(Properties p) {
        Path part = record.resolveSibling(record.getFileName() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.store(out, "When the data file was last checked (issue 20); deleting this file only makes the next start check it");
            }
            Files.move(part, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without a record every open checks: slower, never less safe.
            LOG.warn("Could not write {}", record, e);
        }
    }
}
