package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either whole or not there: the bytes go to a temporary file in
 * the same folder (so the final move is a rename on the same disk), reach the disk, and only
 * then replace the target. A failure halfway leaves the user's earlier file untouched.
 */
final class AtomicFileWrite {
    /** Windows antivirus and search indexers hold a fresh file for a moment; retrying usually wins. */
    private static final int MOVE_ATTEMPTS = 4;
    private static final long MOVE_PAUSE_MILLIS = 150;

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWrite() {
    }

    static void write(Path target, Body body) {
        Path file = resolve(target);
        OutputTarget.requireWritable(file);
        // A file that was not there when the user chose the name is never replaced by this write:
        // another export, or anything else, may have created it meanwhile (issue 21).
        boolean replaces = Files.exists(file);
        Path temp;
        try {
            temp = createSibling(file);
        } catch (IOException e) {
            throw new SpreadsheetWriteException(tr("xlsx.error.write", file), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.writeTo(out);
                out.flush();
                // Without this a power cut after the rename can leave an empty file in place of the old one.
                channel.force(true);
            }
            if (replaces) {
                OutputTarget.requireWritable(file);
                moveIntoPlace(temp, file);
            } else {
                moveIntoPlaceNew(temp, file);
            }
        } catch (IOException e) {
            throw new SpreadsheetWriteException(tr("xlsx.error.write", file), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Only a leftover temporary file; the outcome is already decided and reported.
            }
        }
    }

    private static Path resolve(Path target) {
        Path file = target.toAbsolutePath();
        try {
            // Replace the file a link points to, not the link itself.
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file;
        }
    }

    private static Path createSibling(Path file) throws IOException {
        Path dir = file.getParent();
        for (int attempt = 0; ; attempt++) {
            // Files.createTempFile would make it owner-only on Linux, and the report would inherit that.
            String name = "." + file.getFileName() + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36)
                    + ".tmp";
            try {
                return Files.createFile(dir.resolve(name));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Puts the temporary file in place only if nothing is at the target yet, atomically where the disk allows. */
    private static void moveIntoPlaceNew(Path temp, Path file) throws IOException {
        try {
            // A hard link fails if the name exists: the check and the move are one step (NTFS and ext4 both do it).
            Files.createLink(file, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new SpreadsheetWriteException(OutputTarget.appeared(file), e);
        } catch (UnsupportedOperationException | FileSystemException e) {
            // A disk without hard links (FAT, some network shares): a move without replacing.
        }
        try {
            Files.move(temp, file);
        } catch (FileAlreadyExistsException e) {
            throw new SpreadsheetWriteException(OutputTarget.appeared(file), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            } catch (FileSystemException e) {
                boolean lockedOrDenied = e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
                if (!lockedOrDenied || !Files.exists(file)) {
                    throw e;
                }
                if (attempt >= MOVE_ATTEMPTS) {
                    // On Windows a report still open in Excel cannot be replaced; say so plainly.
                    throw new SpreadsheetWriteException(tr("xlsx.error.locked", file), e);
                }
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(MOVE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to replace the file", e);
        }
    }
}
