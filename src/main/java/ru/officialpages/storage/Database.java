package ru.officialpages.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;

/**
 * The SQLite file: opened once, migrated, then used through one connection, since SQLite has
 * one writer anyway. Every {@link #write} is one transaction: all of it or none of it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    static final String MIGRATIONS = "classpath:ru/officialpages/db/migration";

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if absent) and migrates the database at {@code file}. A file that is not
     * a SQLite database is refused before anything writes to it.
     */
    public static Database open(Path file) {
        refuseForeignFile(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        if (!isUpToDate(url, file)) {
            migrate(url, file);
        }
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                SqliteDialect.configure(s);
            }
            c.setAutoCommit(false);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new StorageException(Tr.tr("storage.error.open", file), e);
        }
    }

    private static void migrate(String url, Path file) {
        try {
            Flyway.configure()
                    .dataSource(url, "", "")
                    .locations(MIGRATIONS)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException(Tr.tr("storage.error.migrate", file), e);
        }
    }

    /**
     * True when Flyway's history says the newest shipped migration has been applied, so Flyway
     * need not start. Any doubt (new file, no history, a failed migration) means "migrate".
     */
    private static boolean isUpToDate(String url, Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqliteDialect.schemaVersionQuery())) {
            if (!rs.next()) {
                return false;
            }
            int applied = rs.getInt(1);
            boolean anyFailed = rs.getInt(2) > 0;
            return !anyFailed && applied == MigrationFiles.latestVersion();
        } catch (SQLException e) {
            return false;
        }
    }

    private static void refuseForeignFile(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new StorageException(Tr.tr("storage.error.foreign", file));
            }
        } catch (IOException e) {
            throw new StorageException(Tr.tr("storage.error.read", file), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a transaction and commits it; on any failure rolls back. */
    public synchronized <T> T write(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(Tr.tr("storage.error.write"), e);
        }
    }

    /** Runs a read; it sees a consistent snapshot and changes nothing. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(Tr.tr("storage.error.read", file), e);
        }
    }

    private void rollbackQuietly(Exception original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
        LOG.warn("Transaction rolled back", original);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
    }
}
