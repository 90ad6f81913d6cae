package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;

/**
 * A write that fails half-way for a reason outside the program (issue 9): a full disk, a file that
 * may not be written, a file held by another program. The user gets a plain Russian message, the
 * data are as of the last commit, and the next write works once the cause is gone.
 */
class WriteFailuresTest {
    @TempDir
    Path dir;

    private static void put(Database db, String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void pragma(Database db, String pragma) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA " + pragma);
            }
            return null;
        });
    }

    private static long pages(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** SQLite's max_page_count makes the file as full as a full disk: SQLITE_FULL at the page past it. */
    @Test
    void aFullDiskMidTransactionKeepsTheLastCommitAndSaysSo() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            put(db, "kept", "до сбоя");
            Map<String, List<String>> committed = SqlDumps.of(db);
            pragma(db, "max_page_count = " + (pages(db) + 2));

            assertThatThrownBy(() -> db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                    for (int i = 0; i < 200; i++) {
                        ps.setString(1, "big" + i);
                        ps.setString(2, "ж".repeat(4000));
                        ps.executeUpdate();
                    }
                }
                return null;
            })).isInstanceOf(StorageException.class)
                    .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).isEqualTo("Не удалось сохранить изменения: на диске нет места. Изменения отменены, прежние данные целы."
                            + " Освободите место на диске и повторите.");

            assertThat(SqlDumps.of(db)).isEqualTo(committed);
            // Space freed: the program goes on writing without a restart.
            pragma(db, "max_page_count = 1073741823");
            put(db, "after", "после");
            assertThat(SqlDumps.of(db).get("setting")).hasSize(committed.get("setting").size() + 1);
        }
        try (Database reopened = Database.open(dir.resolve("a.db"))) {
            assertThat(SqlDumps.of(reopened).get("setting")).anyMatch(r -> r.contains("до сбоя")).anyMatch(r -> r.contains("после"));
        }
    }

    /** query_only is what SQLite says for a file it may not write: SQLITE_READONLY. (As root, chmod cannot show it.) */
    @Test
    void aFileThatMayNotBeWrittenIsReportedAndTheDataStay() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            put(db, "kept", "до сбоя");
            Map<String, List<String>> committed = SqlDumps.of(db);
            pragma(db, "query_only = ON");
            assertThatThrownBy(() -> put(db, "lost", "x")).isInstanceOf(StorageException.class)
                    .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("защищены от записи").contains("прежние данные целы");
            assertThat(SqlDumps.of(db)).isEqualTo(committed);
            pragma(db, "query_only = OFF");
            put(db, "after", "после");
        }
    }

    @Test
    void aFileHeldByAnotherProgramIsReportedAndTheNextWriteWorks() throws Exception {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(file)) {
            put(db, "kept", "до сбоя");
            Map<String, List<String>> committed = SqlDumps.of(db);
            pragma(db, "busy_timeout = 50");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                assertThatThrownBy(() -> put(db, "lost", "x")).isInstanceOf(StorageException.class)
                        .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("занят другой программой").contains("прежние данные целы");
                s.execute("ROLLBACK");
            }
            assertThat(SqlDumps.of(db)).isEqualTo(committed);
            put(db, "after", "после");
            assertThat(SqlDumps.of(db).get("setting")).hasSize(committed.get("setting").size() + 1);
        }
        assertThat(Files.exists(file)).isTrue();
    }
}
