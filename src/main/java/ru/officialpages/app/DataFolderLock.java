package ru.officialpages.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * One program per data folder: the window holds an operating-system lock on {@code .lock} in the
 * folder for as long as it is open, and commands that write take it for their run. The system
 * frees the lock when the process ends however it ends, so a crash leaves no stale lock behind.
 */
final class DataFolderLock implements AutoCloseable {
    static final String FILE_NAME = ".lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty if another program (or another window in this one) holds the folder. */
    static Optional<DataFolderLock> tryAcquire(DataFolder folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.path().resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataFolderLock(channel, lock));
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
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(DataFolderLock.class).warn("Releasing the data folder lock failed", e);
        }
        closeQuietly(channel);
    }
}
