package ru.officialpages.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * One program per data folder: the window holds an operating-system lock on {@code .lock} in the
 * folder for as long as it is open, and commands that write take it for their run. The system
 * frees the lock when the process ends however it ends, so a crash leaves no stale lock behind.
 * The holder writes who it is into the file (the window or which command), so a refusal can say
 * whom to wait for; the lock covers a byte far past that text, because Windows forbids reading a
 * locked range. Whoever takes the lock also sweeps what a killed run left behind (issue 21).
 */
final class DataFolderLock implements AutoCloseable {
    static final String FILE_NAME = ".lock";
    /** The holder of the window; a command's holder is {@code "command " + its name}. */
    static final String WINDOW = "window";
    private static final String COMMAND = "command ";
    private static final long LOCKED_BYTE = 1L << 30;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The window's lock, or empty if another program (or another window in this one) holds the folder. */
    static Optional<DataFolderLock> tryAcquire(DataFolder folder) {
        return tryAcquire(folder, WINDOW);
    }

    /** The lock for a command named {@code command}. */
    static Optional<DataFolderLock> forCommand(DataFolder folder, String command) {
        return tryAcquire(folder, COMMAND + command);
    }

    /** Who holds the folder now, as written by the holder: empty when unknown. */
    static Optional<String> holder(DataFolder folder) {
        try {
            String text = Files.readString(folder.path().resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command holding the folder, if the holder is a command. */
    static Optional<String> holdingCommand(DataFolder folder) {
        return holder(folder).filter(h -> h.startsWith(COMMAND)).map(h -> h.substring(COMMAND.length()));
    }

    private static Optional<DataFolderLock> tryAcquire(DataFolder folder, String holder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.path().resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            DataFolderLock held = new DataFolderLock(channel, lock);
            Leftovers.sweep(folder);
            return Optional.of(held);
        } catch (OverlappingFileLockException e) {
            // Held within this very process (a test, or a second window from the same program).
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            // A folder where a lock cannot be taken (some network drives) must not stop the user working.
            LoggerFactory.getLogger(DataFolderLock.class).warn("Could not lock the data folder {}", folder.path(), e);
            closeQuietly(channel);
            return Optional.of(new DataFolderLock(null, null));
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null && channel.isOpen()) {
                channel.truncate(0);
            }
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(DataFolderLock.class).warn("Releasing the data folder lock failed", e);
        }
        closeQuietly(channel);
    }

    /** Temporary files a killed run leaves; deleted only by the lock's holder, so never from under a running one. */
    static final class Leftovers {
        private Leftovers() {
        }

        static void sweep(DataFolder folder) {
            Path db = folder.database();
            delete(db.resolveSibling(db.getFileName() + ".restoring"));
            // Half-written outputs saved beside the data (AtomicFileWrite's ".name.xxxx.tmp") and write probes.
            try (var files = Files.newDirectoryStream(folder.path(), ".*.tmp")) {
                files.forEach(Leftovers::delete);
            } catch (IOException e) {
                LoggerFactory.getLogger(DataFolderLock.class).warn("Could not list {}", folder.path(), e);
            }
            // A copy killed halfway leaves its ".part"; a copy still being made by a reading command
            // (which takes no lock) is recent, so only old ones go.
            Path backups = AppContext.backupsOf(folder).folder();
            if (Files.isDirectory(backups)) {
                java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
                try (var files = Files.newDirectoryStream(backups, "official-pages-*.db.part")) {
                    for (Path p : files) {
                        if (Files.getLastModifiedTime(p).toInstant().isBefore(hourAgo)) {
                            delete(p);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    LoggerFactory.getLogger(DataFolderLock.class).warn("Could not sweep {}", backups, e);
                }
            }
        }

        private static void delete(Path p) {
            try {
                if (Files.deleteIfExists(p)) {
                    LoggerFactory.getLogger(DataFolderLock.class).info("Deleted {} left by an interrupted run", p);
                }
            } catch (IOException e) {
                LoggerFactory.getLogger(DataFolderLock.class).warn("Could not delete {}", p, e);
            }
        }
    }
}
