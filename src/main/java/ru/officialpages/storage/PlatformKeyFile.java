package ru.officialpages.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The VK service key, in a small file beside the database rather than in it: so it never travels
 * in a full export, a backup copy or a report, and a district's shared server never holds it.
 * Only the owner may read the file where the file system knows owners.
 */
public final class PlatformKeyFile {
    static final String FILE_NAME = "vk-service-key.txt";
    private final Path dataFolder;

    public PlatformKeyFile(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    public Path path() {
        return dataFolder.resolve(FILE_NAME);
    }

    /** The stored key; empty when none was saved or the file cannot be read (logged, without the key). */
    public Optional<String> load() {
        Path file = path();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > 4096) {
                return Optional.empty();
            }
            String key = Files.readString(file, StandardCharsets.UTF_8).strip();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        } catch (IOException e) {
            LoggerFactory.getLogger(PlatformKeyFile.class).warn("VK key file unreadable: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Stores the key, replacing the earlier one at once (a crash leaves the old or the new, never half). */
    public void save(String key) {
        Path file = path();
        Path tmp = dataFolder.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(dataFolder);
            Files.deleteIfExists(tmp);
            Files.createFile(tmp);
            ownerOnly(tmp);
            Files.writeString(tmp, key.strip() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.VK_KEY_NOT_SAVED, e, file);
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(path());
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.VK_KEY_NOT_SAVED, e, path());
        }
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the file inherits the user's profile folder rights, which is what we want there.
        }
    }
}
