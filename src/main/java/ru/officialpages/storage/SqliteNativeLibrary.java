package ru.officialpages.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library, kept unpacked in a folder of ours. Left to itself the driver
 * unpacks its 1 MB library into the temporary folder at every start and checks it by MD5 (a fifth
 * of a second of the window's start on two cores), and a program that is killed leaves the copy
 * behind: a temporary folder with hundreds of them was found on a developer's machine.
 */
public final class SqliteNativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Makes the driver load its library from {@code folder} (unpacked there once per driver
     * version and platform). Does nothing when the location is already set, and on any failure:
     * the driver then unpacks its library as it always did.
     */
    public static synchronized void keepIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        unpacked(folder).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /**
     * Where in the driver's jar its library for this platform lies. The driver's own answer (OSInfo)
     * on Linux starts {@code uname -o} and resolves every file the process has mapped, to tell musl and
     * Android apart: 50–300 ms of every start (issue 20, docs/performance.md). It is asked once and the
     * answer kept beside the library, under this driver version, system and processor.
     */
    static String folderInJar(Path folder) {
        Path known = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                + (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_]+", "-")
                + ".platform");
        try {
            if (Files.isRegularFile(known)) {
                String kept = Files.readString(known, java.nio.charset.StandardCharsets.UTF_8).strip();
                if (kept.startsWith("/")) {
                    return kept;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Asked again below.
        }
        String asked = LibraryLoaderUtil.getNativeLibResourcePath();
        try {
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, known.getFileName().toString(), ".part");
            try {
                Files.writeString(part, asked, java.nio.charset.StandardCharsets.UTF_8);
                Files.move(part, known, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // Not kept: asked again at the next start.
        }
        return asked;
    }

    /** The library unpacked under {@code folder} (once), or empty when it cannot be. */
    static Optional<Path> unpacked(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        String folderInJar = folderInJar(folder); // "/org/sqlite/native/Linux/x86_64"
        // The version and platform in the folder's name: an update of the driver never loads an old library.
        Path dir = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-"
                + folderInJar.substring(folderInJar.indexOf("native/") + "native/".length()).replaceAll("[^A-Za-z0-9_]+", "-"));
        Path library = dir.resolve(name);
        if (!Files.isRegularFile(library)) {
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(folderInJar + "/" + name)) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.createDirectories(dir);
                // Written aside and moved into place: a start cut short never leaves half a library.
                Path part = Files.createTempFile(dir, name, ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            } catch (IOException | RuntimeException e) {
                // A read-only folder, or another copy of the program unpacking it at the same moment.
                LoggerFactory.getLogger(SqliteNativeLibrary.class).info("SQLite library not unpacked into {}: {}", dir, e.toString());
            }
        }
        return Files.isRegularFile(library) ? Optional.of(library) : Optional.empty();
    }
}
