package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where a report, an export or a copy may be written. Every file the program writes for the user
 * passes here (through {@link AtomicFileWrite}, or directly for the command line), so no choice of
 * name can put a spreadsheet over the data: the database and its journal files, the folder lock,
 * backup copies, the log and the program's own folders are refused whatever the caller says.
 * It needs no configuration: the data folder is recognised by the database file in it, and any
 * SQLite file (a backup copy kept anywhere, another program's database) is never replaced.
 */
public final class OutputTarget {
    /** The name of the data file in the data folder (app.DataFolder names it the same). */
    private static final String DATABASE = "official-pages.db";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> OWN_FOLDERS = Set.of("logs", "backups", "native");
    private static final String[] OWN_SUFFIXES = {"-wal", "-shm", "-journal", ".restoring", ".part", ".lock"};

    private OutputTarget() {
    }

    /**
     * For the command line: the file must not exist yet (the program never replaces a file nobody
     * confirmed) and must not be one of the program's own. The writer re-checks at the final move.
     */
    public static Path requireNew(Path target) {
        Path file = target.toAbsolutePath();
        if (!isProgramPlace(file.normalize()) && Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(file)) {
            throw new SpreadsheetWriteException(tr("output.error.exists", file));
        }
        requireWritable(file);
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new SpreadsheetWriteException(tr("output.error.exists", file));
        }
        return file;
    }

    /** Refuses the program's own files and folders; an ordinary existing file passes (a save dialog confirmed it). */
    public static void requireWritable(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new SpreadsheetWriteException(tr("xlsx.error.isFolder", file));
        }
        if (isProgramFile(file)) {
            throw new SpreadsheetWriteException(tr("output.error.protected", file));
        }
    }

    /** True for a path that belongs to the program's data and must never be written over by an output. */
    static boolean isProgramFile(Path file) {
        return isProgramPlace(file) || isSqliteFile(file);
    }

    /** The program's files by name and place, whatever they hold. */
    private static boolean isProgramPlace(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(DATABASE) || lower.equals(".lock")) {
            return true;
        }
        // Backup copies and moved-aside files are listed by this name shape: a report so named would pose as one.
        if (lower.startsWith("official-pages") && (lower.endsWith(".db") || lower.contains(".db-"))) {
            return true;
        }
        Path dir = file.getParent();
        if (dir != null && Files.exists(dir.resolve(DATABASE))) {
            for (String suffix : OWN_SUFFIXES) {
                if (lower.endsWith(suffix)) {
                    return true;
                }
            }
        }
        // logs/, backups/, native/ of a data folder.
        if (dir != null && dir.getFileName() != null && OWN_FOLDERS.contains(dir.getFileName().toString())
                && dir.getParent() != null && Files.exists(dir.getParent().resolve(DATABASE))) {
            return true;
        }
        return false;
    }

    private static boolean isSqliteFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            // Unreadable: not ours to judge; the write itself will say what is wrong.
            return false;
        }
    }

    /** The message for a file that appeared at the target while the output was being written. */
    static String appeared(Path file) {
        return tr("output.error.appeared", file);
    }
}
