package ru.officialpages.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import ru.officialpages.i18n.Tr;

/**
 * Where the user's data lives: {@code --data-dir}, else the {@value #ENV} environment variable,
 * else the system's place for application data (Windows %APPDATA%, Linux ~/.local/share).
 */
public record DataFolder(Path path) {
    public static final String ENV = "OFFICIAL_PAGES_DATA";
    static final String FOLDER_NAME = "OfficialPages";
    static final String DATABASE_FILE = "official-pages.db";
    /** The example settlement's folder inside the user's (issue 16 item 5). */
    static final String EXAMPLE_FOLDER = "example";
    /** The file that marks a folder as the example's. */
    static final String EXAMPLE_MARK = "example-folder.txt";

    public static DataFolder resolve(String dataDirOption, Map<String, String> env, String osName, Path home) {
        if (dataDirOption != null && !dataDirOption.isBlank()) {
            return new DataFolder(Path.of(dataDirOption).toAbsolutePath());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv).toAbsolutePath());
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return new DataFolder(base.resolve(FOLDER_NAME));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share");
        return new DataFolder(base.resolve("official-pages"));
    }

    /** The example settlement's own folder inside this one (issue 16 item 5). */
    public DataFolder example() {
        return new DataFolder(path.resolve(EXAMPLE_FOLDER));
    }

    /** True if this folder holds the example settlement: demo rows go only here, and it makes no daily copies. */
    public boolean isExample() {
        return Files.isRegularFile(path.resolve(EXAMPLE_MARK));
    }

    /** Marks this (prepared) folder as the example's, with a note for whoever opens it in a file manager. */
    public void markExample() throws DataFolderException {
        try {
            if (!isExample()) {
                Files.writeString(path.resolve(EXAMPLE_MARK), Tr.tr("example.folder.note") + System.lineSeparator(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new DataFolderException(Tr.tr("datafolder.error.notWritable", path), e);
        }
    }

    public Path database() {
        return path.resolve(DATABASE_FILE);
    }

    /** The SQLite driver's library, unpacked once instead of at every start. */
    public Path nativeLibraries() {
        return path.resolve("native");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    /**
     * Creates the folder if needed and proves it can be written, so that a read-only or missing
     * drive is reported in plain words before anything else touches it.
     */
    public void prepare() throws DataFolderException {
        try {
            Files.createDirectories(path);
            Files.createDirectories(logs());
            // A name of this process's own rather than Files.createTempFile: that one seeds a SecureRandom,
            // which loads the security providers — a tenth of a second before the window could start
            // (docs/performance.md, issue 20). A probe a killed run left is replaced (and swept, DataFolderLock).
            Path probe = path.resolve(".write-check-" + ProcessHandle.current().pid() + ".tmp");
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(Tr.tr("datafolder.error.notWritable", path), e);
        }
    }

    /** The data folder cannot be used; the message is for the user. */
    public static final class DataFolderException extends Exception {
        private static final long serialVersionUID = 1L;

        public DataFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
