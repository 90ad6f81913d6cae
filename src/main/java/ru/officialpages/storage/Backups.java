package ru.officialpages.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.officialpages.rules.BackupRetention;

/**
 * Copies of the database file: made with SQLite's {@code VACUUM INTO}, which reads one consistent
 * snapshot even while the program writes, written under a temporary name and renamed when
 * complete, so a copy in the folder is always whole. Only files named like our copies are ever
 * listed or deleted; anything else the user puts in the folder is left alone.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String PREFIX = "official-pages-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+)\\.db");

    private final Path database;
    private final BackupSettingsFile settings;

    /** {@code database} is the live file; the settings are read afresh on each use, so a change applies at once. */
    public Backups(Path database, BackupSettingsFile settings) {
        this.database = database;
        this.settings = settings;
    }

    public BackupSettingsFile settingsFile() {
        return settings;
    }

    public Path folder() {
        return settings.load().folder();
    }

    /** The copies in the backups folder, newest first. */
    public List<BackupCopy> list() {
        Path folder = folder();
        List<BackupCopy> copies = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return copies;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.db")) {
            for (Path f : files) {
                parse(f).ifPresent(copies::add);
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.BACKUP_FOLDER_UNREADABLE, e, folder);
        }
        copies.sort(Comparator.comparing(BackupCopy::madeAt).reversed());
        return copies;
    }

    private static Optional<BackupCopy> parse(Path f) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofTag(m.group(2));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupCopy(f, LocalDateTime.parse(m.group(1), STAMP), reason.get(), Files.size(f)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Makes a copy in the backups folder, then deletes the copies the retention policy no longer keeps. */
    public BackupCopy create(BackupReason reason, LocalDateTime now) {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException(StorageException.Failure.BACKUP_FOLDER_NOT_MADE, e, folder);
        }
        LocalDateTime at = now.withNano(0);
        Path target = folder.resolve(PREFIX + STAMP.format(at) + "-" + reason.tag() + ".db");
        // Two copies in one second (a test, a double click): the later one is named a second on.
        while (Files.exists(target)) {
            at = at.plusSeconds(1);
            target = folder.resolve(PREFIX + STAMP.format(at) + "-" + reason.tag() + ".db");
        }
        copyTo(target, true);
        prune(now.toLocalDate());
        return parse(target).orElseThrow();
    }

    /** Makes today's automatic copy unless a copy was already made today; empty if none was needed. */
    public Optional<BackupCopy> dailyIfDue(LocalDateTime now) {
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        boolean madeToday = list().stream().anyMatch(c -> c.madeAt().toLocalDate().equals(now.toLocalDate()));
        return madeToday ? Optional.empty() : Optional.of(create(BackupReason.DAILY, now));
    }

    /** A copy to a file of the user's choice (the command line's {@code backup --out}); an existing file is refused. */
    public void exportTo(Path target) {
        if (Files.exists(target)) {
            throw new StorageException(StorageException.Failure.FILE_EXISTS, target);
        }
        copyTo(target, false);
    }

    /** Deletes the copies the policy does not keep; returns them. */
    public List<Path> prune(LocalDate today) {
        List<BackupCopy> copies = list();
        Set<LocalDateTime> keep = new BackupRetention(settings.load().retention())
                .keep(copies.stream().map(BackupCopy::madeAt).toList(), today);
        List<Path> deleted = new ArrayList<>();
        for (BackupCopy c : copies) {
            if (!keep.contains(c.madeAt())) {
                try {
                    Files.deleteIfExists(c.file());
                    deleted.add(c.file());
                } catch (IOException e) {
                    // An old copy left behind costs disk space only; the next pruning tries again.
                    LOG.warn("Could not delete old backup {}", c.file(), e);
                }
            }
        }
        return deleted;
    }

    private void copyTo(Path target, boolean replace) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
                 PreparedStatement ps = c.prepareStatement(SqliteDialect.copyInto())) {
                ps.setString(1, part.toString());
                ps.execute();
            }
            if (replace) {
                Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE);
            } else {
                // A file that appeared at the target meanwhile is not replaced: the link fails if the name exists.
                moveNew(part, absolute);
            }
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(part);
            throw new StorageException(StorageException.Failure.FILE_EXISTS, e, absolute);
        } catch (SQLException | IOException e) {
            deleteQuietly(part);
            throw new StorageException(StorageException.Failure.BACKUP_NOT_MADE, e, absolute);
        }
    }

    private static void moveNew(Path part, Path absolute) throws IOException {
        try {
            Files.createLink(absolute, part);
            Files.delete(part);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            // No hard links on this disk: a move that does not replace.
            Files.move(part, absolute);
        }
    }

    /** The newest copy that is a sound SQLite database, checked file by file: what to offer when the data file is damaged. */
    public Optional<BackupCopy> newestGood() {
        try {
            CopyCheck check = new CopyCheck();
            return list().stream().filter(c -> check.refusal(c.file()).isEmpty()).findFirst();
        } catch (StorageException e) {
            LOG.warn("Could not look for backups", e);
            return Optional.empty();
        }
    }

    /**
     * Refuses a copy that cannot be put in place of the data: one that
     * is damaged or not a database, and one a newer program made (this one could not read it, and
     * would leave the user with neither). Reads the copy only.
     */
    public void checkRestorable(Path copy) {
        if (isSound(copy) && schemaVersion(copy) > MigrationFiles.latestVersion()) {
            int version = schemaVersion(copy);
            throw new NewerDatabaseException(StorageException.Failure.COPY_NEWER, copy, version, MigrationFiles.latestVersion());
        }
        // Only a copy of ours goes in place of the data: no planted trigger, no foreign or cut-down schema (issue 21).
        Optional<CopyRefusedException> refusal = new CopyCheck().refusal(copy);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /** The schema version of a sound copy, read-only; 0 when it has no migration history. */
    static int schemaVersion(Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqliteDialect.schemaVersionQuery())) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** True if the file starts like an SQLite database and passes SQLite's quick check; opened read-only. */
    public static boolean isSound(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) < SQLITE_HEADER.length) {
                return false;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqliteDialect.quickCheck())) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Puts {@code copy} in place of the database file. The database must be closed first (Windows
     * will not replace an open file). The current state is saved first: as a copy if it is sound,
     * else the file itself is moved aside under a new name: the user's file is never written over.
     * Returns the copy of the state before the restore, if one could be made.
     */
    public Optional<BackupCopy> restore(Path copy, LocalDateTime now) {
        checkRestorable(copy);
        // The copy is taken first: saving the current state prunes old copies, and that might be one.
        Path part = database.toAbsolutePath().resolveSibling(database.getFileName() + ".restoring");
        try {
            Files.copy(copy, part, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException(StorageException.Failure.NOT_REPLACED, e, database);
        }
        Optional<BackupCopy> before = Optional.empty();
        try {
            if (Files.exists(database)) {
                if (isSound(database)) {
                    before = Optional.of(create(BackupReason.BEFORE_RESTORE, now));
                } else {
                    moveAside(now);
                }
            }
        } catch (StorageException e) {
            deleteQuietly(part);
            throw e;
        }
        try {
            // A journal left from the old file would be replayed into the restored one: it is
            // already inside the copy just made, so it goes.
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            }
            Files.move(part, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException(StorageException.Failure.NOT_REPLACED, e, database);
        }
        return before;
    }

    /**
     * Refuses, before anything copies or migrates it, an SQLite file in place of the database that
     * another program made (tables, but no migration history of ours): migrating it would fail at
     * every start and leave a new before-update copy each time (issue 21).
     */
    public static void refuseForeign(Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(CASE WHEN name = 'flyway_schema_history' THEN 1 ELSE 0 END),"
                     + " COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            if (rs.next() && rs.getInt(1) == 0 && rs.getInt(2) > 0) {
                LOG.error("Data file {} is another program's database", file);
                throw new DamagedDatabaseException(StorageException.Failure.FOREIGN_DATABASE, file);
            }
        } catch (SQLException e) {
            // Not readable as a database: the integrity check that follows says so in its own words.
            LOG.warn("Could not read the schema of {}", file, e);
        }
    }

    /** Renames a damaged database file out of the way, keeping it for whoever can rescue it. */
    private void moveAside(LocalDateTime now) {
        LocalDateTime at = now.withNano(0);
        while (true) {
            Path aside = database.resolveSibling("official-pages-damaged-" + STAMP.format(at) + ".db");
            try {
                Files.move(database, aside);
                Path wal = database.resolveSibling(database.getFileName() + "-wal");
                if (Files.exists(wal)) {
                    Files.move(wal, aside.resolveSibling(aside.getFileName() + "-wal"));
                }
                LOG.warn("Damaged database moved aside to {}", aside);
                return;
            } catch (FileAlreadyExistsException e) {
                at = at.plusSeconds(1);
            } catch (IOException e) {
                throw new StorageException(StorageException.Failure.NOT_REPLACED, e, database);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }
}
