package ru.officialpages.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import ru.officialpages.domain.transfer.DataTable;

/**
 * The whole database out to a file and back into an empty one (issue 9: moving to a new PC,
 * reading the data without the program). The file format is not known here: a dump hands its
 * rows to whoever writes the workbook, and a load takes rows from whoever reads one.
 */
public final class DataTransfer {
    /** Tables the program fills by itself (setup, the networks' list): they do not make a database "not empty". */
    private static final Set<String> PREFILLED = Set.of("setting", "network");

    private final Database database;

    public DataTransfer(Database database) {
        this.database = database;
    }

    /** The newest schema version this program knows: a file of a higher one was made by a newer program. */
    public static int programSchemaVersion() {
        return MigrationFiles.latestVersion();
    }

    @FunctionalInterface
    public interface DumpWork<T> {
        T run(FullDump dump);
    }

    @FunctionalInterface
    public interface LoadWork {
        void run(FullLoad load);
    }

    /**
     * Runs {@code work} over one consistent snapshot of every table. An exception thrown by
     * {@code work} itself (a file that cannot be written) comes out unchanged.
     */
    public <T> T dump(DumpWork<T> work) {
        RuntimeException[] own = new RuntimeException[1];
        try {
            return database.read(c -> {
                try {
                    return work.run(new FullDump(c, database.dialect()));
                } catch (StorageException e) {
                    throw e;
                } catch (RuntimeException e) {
                    own[0] = e;
                    throw new StorageException(StorageException.Failure.BROKEN, "full dump stopped by the file writer: "
                            + e.getClass().getSimpleName());
                }
            });
        } catch (StorageException e) {
            if (own[0] != null) {
                throw own[0];
            }
            throw e;
        }
    }

    /** True when the user has entered nothing yet: only the setup and the built-in networks. */
    public boolean isEmpty() {
        return database.read(DataTransfer::isEmpty);
    }

    /**
     * Loads the rows {@code work} hands over, in one transaction, into an empty database (the
     * settings of the first-start setup and the built-in networks are replaced by the file's).
     * A database with data is refused; so is any row the database refuses, and then nothing is
     * kept. An exception thrown by {@code work} itself comes out unchanged after the rollback.
     */
    public void load(LoadWork work) {
        RuntimeException[] own = new RuntimeException[1];
        try {
            database.write(c -> {
                if (!isEmpty(c)) {
                    throw new NotEmptyException();
                }
                // On a district's server the networks are the district's, shared: kept, and the file's skipped.
                boolean server = database.server().isPresent();
                try (Statement s = c.createStatement()) {
                    for (String t : PREFILLED) {
                        if (!(server && t.equals("network"))) {
                            s.executeUpdate("DELETE FROM " + t);
                        }
                    }
                }
                FullLoad load = new FullLoad(c, database.dialect(), server ? Set.of("network") : Set.of());
                try {
                    work.run(load);
                    load.idsTaken();
                } catch (StorageException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // The reader's refusal may quote a cell (a name, a comment): it goes to the user,
                    // while the log of the rollback gets only this, with no data in it (issue 9).
                    own[0] = e;
                    throw new StorageException(StorageException.Failure.BROKEN, "full load refused by the file reader: "
                            + e.getClass().getSimpleName());
                } finally {
                    load.finish();
                }
                return null;
            });
        } catch (StorageException e) {
            if (own[0] != null) {
                throw own[0];
            }
            throw e;
        }
    }

    private static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (DataTable t : DataTables.ALL) {
                if (PREFILLED.contains(t.name())) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT 1 FROM " + t.name() + " LIMIT 1")) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
