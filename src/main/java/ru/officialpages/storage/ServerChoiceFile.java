package ru.officialpages.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * The district's server the window connects to at start (issue 19 item 1), kept in a small text file in
 * the user's data folder, as the backup settings are: server, port, database and login. Never the
 * password: it is asked at every start. No file: the folder's own data file.
 */
public final class ServerChoiceFile {
    static final String FILE_NAME = "district.properties";
    private final Path dataFolder;

    public ServerChoiceFile(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The remembered server, without a password; empty when none is (or the file cannot be read). */
    public Optional<ServerAddress> load() {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            String host = p.getProperty("host", "").strip();
            String database = p.getProperty("database", "").strip();
            String login = p.getProperty("login", "").strip();
            int port = Integer.parseInt(p.getProperty("port", String.valueOf(ServerAddress.DEFAULT_PORT)).strip());
            if (host.isEmpty() || database.isEmpty() || login.isEmpty() || port < 1 || port > 65535) {
                return Optional.empty();
            }
            return Optional.of(new ServerAddress(host, port, database, login, ""));
        } catch (IOException | IllegalArgumentException e) {
            // Unreadable: the program starts on the folder's file, as without a choice; the window can choose again.
            LoggerFactory.getLogger(ServerChoiceFile.class).warn("District server choice unreadable", e);
            return Optional.empty();
        }
    }

    /** Remembers the server, port, database and login of {@code server}; its password is not written. */
    public void save(ServerAddress server) {
        Properties p = new Properties();
        p.setProperty("host", server.host());
        p.setProperty("port", String.valueOf(server.port()));
        p.setProperty("database", server.database());
        p.setProperty("login", server.login());
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            BackupSettingsFile.storeWhole(p, file);
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.SERVER_CHOICE_NOT_SAVED, e, file);
        }
    }

    /** Back to the folder's file at the next start. */
    public void forget() {
        Path file = dataFolder.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.SERVER_CHOICE_NOT_SAVED, e, file);
        }
    }
}
