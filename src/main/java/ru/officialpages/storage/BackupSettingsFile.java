package ru.officialpages.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.LoggerFactory;
import ru.officialpages.rules.RetentionPolicy;

/**
 * The backup settings, kept in a small text file in the data folder rather than in the database:
 * they are needed exactly when the database cannot be trusted (before a migration, when the file
 * is damaged), and they travel with the folder to a new PC.
 */
public final class BackupSettingsFile {
    static final String FILE_NAME = "backups.properties";
    static final String DEFAULT_FOLDER = "backups";
    private final Path dataFolder;

    public BackupSettingsFile(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The settings; defaults for anything missing or unreadable, since backups must go on regardless. */
    public BackupSettings load() {
        Properties p = new Properties();
        Path file = dataFolder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LoggerFactory.getLogger(BackupSettingsFile.class).warn("Backup settings unreadable, using defaults", e);
            }
        }
        RetentionPolicy d = RetentionPolicy.standard();
        RetentionPolicy retention;
        try {
            retention = new RetentionPolicy(count(p, "daily", d.daily()), count(p, "weekly", d.weekly()),
                    count(p, "monthly", d.monthly()));
        } catch (IllegalArgumentException e) {
            retention = d;
        }
        String folder = p.getProperty("folder", "").strip();
        return new BackupSettings(folder.isEmpty() ? defaultFolder() : dataFolder.resolve(folder), retention);
    }

    public Path defaultFolder() {
        return dataFolder.resolve(DEFAULT_FOLDER);
    }

    public void save(BackupSettings settings) {
        Properties p = new Properties();
        // Inside the data folder the path is kept relative, so the folder can move as a whole.
        Path folder = settings.folder().toAbsolutePath().normalize();
        Path data = dataFolder.toAbsolutePath().normalize();
        p.setProperty("folder", folder.startsWith(data) ? data.relativize(folder).toString() : folder.toString());
        p.setProperty("daily", String.valueOf(settings.retention().daily()));
        p.setProperty("weekly", String.valueOf(settings.retention().weekly()));
        p.setProperty("monthly", String.valueOf(settings.retention().monthly()));
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            storeWhole(p, file);
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.BACKUP_SETTINGS_NOT_SAVED, e, file);
        }
    }

    /** Writes the properties beside the file and moves them over it: a crash leaves the old file or the new, never half. */
    static void storeWhole(Properties p, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int count(Properties p, String key, int fallback) {
        try {
            return Integer.parseInt(p.getProperty(key, String.valueOf(fallback)).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
