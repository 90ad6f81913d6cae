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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file: opened once, migrated, then used through one connection, since SQLite has
 * one writer anyway. Every {@link #write} is one transaction: all of it or none of it.
 * Or a district's PostgreSQL server ({@link #connect}): the same migrations, the same
 * repositories, the SQL that differs said by its {@link Dialect}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The scripts both engines run, then SQLite's own versions of those that differ. */
    static final String[] MIGRATIONS = {"classpath:" + MigrationFiles.FOLDER, "classpath:" + MigrationFiles.SQLITE};
    static final String[] SERVER_MIGRATIONS = {"classpath:" + MigrationFiles.FOLDER, "classpath:" + MigrationFiles.POSTGRESQL};

    private final Path file;
    private final String url;
    /** Replaced only on a server, when the connection was lost: the next transaction reconnects. */
    private Connection connection;
    /**
     * On a server: when the last transaction ended well ({@link System#nanoTime}), or {@link Long#MIN_VALUE}
     * after a failure. A connection used well within {@link #TRUSTED_FOR} is used again unasked.
     */
    private long lastGood = Long.MIN_VALUE;
    /**
     * How long a server connection that just worked is trusted without asking (as HikariCP's alive-bypass
     * window): asking costs a round trip before every transaction, a third of a screen's trips on a
     * district's network (issue 20). A connection lost within it fails one transaction, said in Russian; the
     * next one reconnects.
     */
    static final long TRUSTED_FOR = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);
    private final Dialect dialect;
    /** Null on a server: a server's health is its administrator's, not a file's quick check. */
    private final CheckRecord record;
    /** Null for a file. */
    private final ServerAddress server;
    /** True once this file's quick check has run and passed since it was opened here. */
    private volatile boolean checkedHere;
    /** The quick check of the file: done before opening, or still running beside the first reads. */
    private final CompletableFuture<Void> sound;
    /** The quick check still to run, or null once started (or done before opening). */
    private Runnable check;

    private Database(Path file, String url, Connection connection, CheckRecord record, CompletableFuture<Void> sound,
            Runnable check, boolean checked) {
        this(file, url, connection, SqliteDialect.SQLITE, record, null, sound, check, checked);
    }

    private Database(Path file, String url, Connection connection, Dialect dialect, CheckRecord record, ServerAddress server,
            CompletableFuture<Void> sound, Runnable check, boolean checked) {
        this.file = file;
        this.url = url;
        this.connection = connection;
        this.dialect = dialect;
        this.record = record;
        this.server = server;
        this.sound = sound;
        this.check = check;
        this.checkedHere = checked;
    }

    /**
     * Opens (creating if absent) and migrates the database at {@code file}. A file that is not
     * a SQLite database is refused before anything writes to it.
     */
    public static Database open(Path file) {
        return open(file, existing -> { });
    }

    /**
     * As {@link #open(Path)}, and when an existing file is about to be migrated, calls
     * {@code beforeMigration} first (to make a copy); if that throws, nothing is migrated.
     * A damaged or foreign file gives a {@link DamagedDatabaseException} and is left untouched.
     * The quick check runs here when it is due ({@link CheckRecord}: once a day, after an unclean exit,
     * when the file was changed by something else, before a migration); a backup asks for it with
     * {@link #checkFully()}.
     */
    public static Database open(Path file, BeforeMigration beforeMigration) {
        Database db = open(file, beforeMigration, false);
        db.awaitSound();
        return db;
    }

    /**
     * As {@link #open(Path, BeforeMigration)}, but when the file needs no migration its quick check
     * is left for later: it starts on a thread of its own with {@link #startCheck()} (the window calls
     * it once its first frame is drawn: on a large file the check is a third of a second of a core)
     * or with the first {@link #awaitSound()}. Reads may start at once; every {@link #write} waits for
     * the check and is refused if the file is damaged, so nothing is ever written into a bad file.
     * A file to be migrated is still checked first: Flyway must not write into a damaged file.
     */
    public static Database openChecking(Path file, BeforeMigration beforeMigration) {
        return open(file, beforeMigration, true);
    }

    private static Database open(Path file, BeforeMigration beforeMigration, boolean checkBeside) {
        refuseForeignFile(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        boolean existing = hasContent(file);
        CheckRecord record = CheckRecord.of(file);
        boolean upToDate = isUpToDate(url, file);
        // The file's upkeep runs on the computer's own calendar, not on the clerk's clock a caller may fix (a
        // test, a report "as of"): "checked once a day" means a day of this machine, whatever day the data says.
        LocalDate today = LocalDate.now();
        Optional<String> due = existing ? record.due(today) : Optional.empty();
        due.ifPresent(reason -> LOG.info("Quick check of {}: {}", file, reason));
        CompletableFuture<Void> sound;
        Runnable check = null;
        boolean checked = false;
        if (existing && upToDate && due.isEmpty()) {
            sound = CompletableFuture.completedFuture(null);
        } else if (existing && checkBeside && upToDate) {
            CompletableFuture<Void> result = new CompletableFuture<>();
            sound = result;
            check = () -> {
                try {
                    checkIntegrity(url, file);
                    record.checked(today);
                    result.complete(null);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            };
            checked = true;
        } else {
            if (existing) {
                // Flyway must not write into a damaged file: before a migration the check is always due.
                checkIntegrity(url, file);
                record.checked(today);
                checked = true;
            }
            if (!upToDate) {
                if (existing) {
                    beforeMigration.existingFile(file);
                }
                migrate(url, file);
            }
            sound = CompletableFuture.completedFuture(null);
        }
        try {
            Connection c = DriverManager.getConnection(url);
            try (Statement s = c.createStatement()) {
                SqliteDialect.configure(s);
            }
            c.setAutoCommit(false);
            record.opened();
            return new Database(file, url, c, record, sound, check, checked);
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.OPEN, e, file);
        }
    }

    /**
     * Connects to a district's PostgreSQL server as {@code address}'s login and brings its schema up
     * to date (the same history as a file's). A wrong login or password, a server that does not
     * answer, a database that is not there: a {@link StorageException} naming which.
     */
    public static Database connect(ServerAddress address) {
        Connection c = address.open();
        try {
            if (!isServerUpToDate(c, address)) {
                migrate(address);
            }
            c.setAutoCommit(false);
            Database db = new Database(null, address.jdbcUrl(), c, PostgresDialect.POSTGRESQL, null, address,
                    CompletableFuture.completedFuture(null), null, true);
            // It has just answered the version check: no need to ask it again before the first transaction.
            db.lastGood = System.nanoTime();
            return db;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(StorageException.Failure.SERVER_OPEN, e, address.display());
        }
    }

    private static boolean isServerUpToDate(Connection c, ServerAddress address) throws SQLException {
        // Asked straight, not after a look for the table: every query of the connection is a round trip
        // through the district's network (issue 20 item 4). The connection is still in autocommit, so a
        // refused query leaves nothing to roll back.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PostgresDialect.POSTGRESQL.appliedVersionQuery())) {
            if (!rs.next()) {
                return false;
            }
            int applied = rs.getInt(1);
            int latest = MigrationFiles.latestVersion(MigrationFiles.POSTGRESQL);
            if (applied > latest) {
                throw new NewerDatabaseException(StorageException.Failure.NEWER, address.display(), applied, latest);
            }
            return rs.getInt(2) == 0 && applied == latest;
        } catch (SQLException e) {
            if (PostgresDialect.meansNoSuchTable(e)) {
                return false; // a new district's database: no history yet
            }
            throw e;
        }
    }

    private static void migrate(ServerAddress address) {
        try {
            Flyway.configure()
                    .dataSource(address.jdbcUrl(), address.login(), address.password())
                    .locations(SERVER_MIGRATIONS)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException(StorageException.Failure.SERVER_MIGRATE, e, address.display());
        }
    }

    /** The server this database is on; empty for a file. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Starts the quick check left for later by {@link #openChecking}, if it has not started yet; the
     * returned stage completes when it is done (exceptionally with a {@link DamagedDatabaseException},
     * wrapped in a {@link CompletionException}).
     */
    public CompletionStage<Void> startCheck() {
        Runnable now;
        synchronized (sound) {
            now = check;
            check = null;
        }
        if (now != null) {
            Thread t = new Thread(now, "integrity-check");
            t.setDaemon(true);
            t.start();
        }
        return sound.minimalCompletionStage();
    }

    /**
     * Waits for the quick check of the file; throws {@link DamagedDatabaseException} (or the
     * {@link StorageException} that kept the check from running) when the file is not sound.
     */
    public void awaitSound() {
        startCheck();
        try {
            sound.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StorageException se) {
                throw se;
            }
            throw new StorageException(StorageException.Failure.OPEN, e.getCause(), file);
        }
    }

    /**
     * Runs the file's quick check now, unless it has already run and passed since the file was
     * opened here (a deferred one is waited for): before a backup copy is made, so that a damaged
     * file never pushes a sound copy out of the rotation. Throws {@link DamagedDatabaseException}
     * when the file is damaged. Reads the whole file: on the large district about half a second.
     */
    public void checkFully() {
        awaitSound();
        if (checkedHere || record == null) {
            return;
        }
        synchronized (this) {
            checkIntegrity(url, file);
            record.checked(LocalDate.now());
            checkedHere = true;
        }
    }

    /** What to do with an existing database file before Flyway changes it. */
    @FunctionalInterface
    public interface BeforeMigration {
        void existingFile(Path file);
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.READ, e, file);
        }
    }

    /**
     * SQLite's quick check, when {@link CheckRecord} says it is due: a file damaged by a failing disk
     * or a half-copied transfer is caught before the program writes into it and makes things worse.
     */
    private static void checkIntegrity(String url, Path file) {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqliteDialect.quickCheck())) {
            String first = rs.next() ? rs.getString(1) : "";
            if (!"ok".equals(first)) {
                LOG.error("Quick check of {} failed: {}", file, first);
                throw new DamagedDatabaseException(StorageException.Failure.DAMAGED, file);
            }
        } catch (SQLException e) {
            if (SqliteDialect.damaged(e)) {
                LOG.error("Database {} is damaged", file, e);
                throw new DamagedDatabaseException(StorageException.Failure.DAMAGED, file, e);
            }
            throw new StorageException(StorageException.Failure.OPEN, e, file);
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
            throw new StorageException(StorageException.Failure.MIGRATE, e, file);
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
            if (applied > MigrationFiles.latestVersion()) {
                LOG.error("Database {} has schema version {}, this program knows up to {}", file, applied,
                        MigrationFiles.latestVersion());
                throw new NewerDatabaseException(StorageException.Failure.NEWER, file, applied, MigrationFiles.latestVersion());
            }
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
                throw new DamagedDatabaseException(StorageException.Failure.NOT_SQLITE, file);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.READ, e, file);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a transaction and commits it; on any failure rolls back. */
    public synchronized <T> T write(SqlWork<T> work) {
        awaitSound();
        return inTransaction(work, e -> new StorageException(dialect.failure(e).orElse(StorageException.Failure.WRITE), e));
    }

    /**
     * Runs a read; it changes nothing. On a file it sees one snapshot throughout. On a server each statement
     * sees the data as of its own start (PostgreSQL's READ COMMITTED, as inside a transaction there), and it
     * runs without BEGIN and COMMIT: on a district's network those were a round trip more for every read, a
     * third of a screen's (issue 20).
     */
    public synchronized <T> T read(SqlWork<T> work) {
        if (server == null) {
            return readInTransaction(work);
        }
        return readInTransaction(c -> {
            c.setAutoCommit(true);
            try {
                return work.run(c);
            } finally {
                c.setAutoCommit(false);
            }
        });
    }

    /**
     * A read whose rows are walked with a cursor ({@code setFetchSize}, an export's stream): PostgreSQL keeps
     * a cursor only inside a transaction, so this one has one on a server too.
     */
    public synchronized <T> T readWithCursor(SqlWork<T> work) {
        return readInTransaction(work);
    }

    private <T> T readInTransaction(SqlWork<T> work) {
        return inTransaction(work, e -> dialect.failure(e).map(f -> new StorageException(f, e))
                .orElseGet(() -> new StorageException(StorageException.Failure.READ, e, where())));
    }

    /** The file, or the server and database, for the words of a failed read. */
    private Object where() {
        return server != null ? server.display() : file;
    }

    /** The one transaction pattern: commit, or roll back and say what failed ({@code failed}). */
    private <T> T inTransaction(SqlWork<T> work, java.util.function.Function<Exception, StorageException> failed) {
        reconnectIfLost();
        try {
            T result = work.run(connection);
            connection.commit();
            lastGood = System.nanoTime();
            return result;
        } catch (SQLException | RuntimeException e) {
            lastGood = Long.MIN_VALUE;
            rollbackQuietly(e);
            if (e instanceof StorageException se) {
                throw se;
            }
            if (e instanceof SQLException sql && dialect.meansDamaged(sql)) {
                // Said as at start: the window offers a sound copy rather than a bare "could not read".
                throw new DamagedDatabaseException(StorageException.Failure.DAMAGED, file, e);
            }
            throw failed.apply(e);
        }
    }

    /**
     * On a server, a connection lost since the last transaction (the network, a server restart) is
     * replaced before the next one: the failed transaction was rolled back whole by the server and
     * said so; the user's next action simply works again.
     */
    private void reconnectIfLost() {
        if (server == null) {
            return;
        }
        if (lastGood != Long.MIN_VALUE && System.nanoTime() - lastGood < TRUSTED_FOR) {
            return;
        }
        try {
            if (!connection.isClosed() && connection.isValid(5)) {
                return;
            }
        } catch (SQLException e) {
            // Treated as lost.
        }
        LOG.warn("Connection to {} lost; reconnecting", server.display());
        try {
            connection.close();
        } catch (SQLException e) {
            // Already gone.
        }
        Connection fresh = server.open();
        try {
            fresh.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StorageException(StorageException.Failure.SERVER_LOST, e);
        }
        connection = fresh;
    }

    private void rollbackQuietly(Exception original) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            original.addSuppressed(e);
            // SQLite has already rolled back by itself (a full disk, an I/O error); the driver still
            // believes a transaction is open and would fail every later call. Open one to match.
            dialect.afterFailedRollback(connection);
        }
        LOG.warn("Transaction rolled back", original);
    }

    @Override
    public synchronized void close() {
        try {
            if (connection.isClosed()) {
                return;
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        }
        // After the connection: closing it folds the write-ahead log into the file, which changes it.
        if (record != null) {
            record.closed();
        }
    }
}
