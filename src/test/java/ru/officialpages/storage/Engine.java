package ru.officialpages.storage;

import java.nio.file.Path;

/**
 * The two engines every repository test runs on (issue 19): a SQLite file in the test's folder, and
 * a fresh database on the shared test PostgreSQL ({@link TestServer}).
 */
public enum Engine {
    SQLITE {
        @Override
        public Database open(Path dir) {
            return Database.open(dir.resolve("t.db"));
        }
    },
    POSTGRESQL {
        @Override
        public Database open(Path dir) {
            return Database.connect(TestServer.freshDatabase());
        }
    };

    /** A new, empty, migrated database; {@code dir} is the test's temporary folder. */
    public abstract Database open(Path dir);

    /** Closes {@code db} and opens the same database again, as a later start of the program would. */
    public Database reopen(Path dir, Database db) {
        db.close();
        return db.server().map(Database::connect).orElseGet(() -> Database.open(db.file()));
    }
}
