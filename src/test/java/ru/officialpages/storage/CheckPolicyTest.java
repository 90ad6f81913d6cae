package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Refusals;

/**
 * The quick check is not paid by every open (issue 20): once a day, after an unclean exit, when the
 * file was changed by something else, and always on {@link Database#checkFully()} (backups). The
 * damage here is "silent": the file's bytes change but its time of change is put back, as a failing
 * disk would leave it, so only a check that really runs can find it.
 */
class CheckPolicyTest {
    @TempDir
    Path dir;

    @Test
    void aCleanlyClosedFileCheckedTodayIsOpenedWithoutTheCheck() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);

        // Not due: opened at once (the damaged table is not read), nothing else changed.
        assertThatCode(() -> Database.open(file).close()).doesNotThrowAnyException();
    }

    @Test
    void theFirstOpenOfADayChecks() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);
        Path record = file.resolveSibling("official-pages.db.checked");
        Files.writeString(record, Files.readString(record).replace("day=" + LocalDate.now(), "day=" + LocalDate.now().minusDays(1)));

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void aProcessThatDiedWithTheFileOpenMakesTheNextOpenCheck() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Files.writeString(file.resolveSibling("official-pages.db.open-" + gone.pid()), "");

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void aProcessKilledWithTheFileOpenLeavesItsMarkerAndAnOrderlyExitDoesNot() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);

        Process exits = child(file, "exit");
        assertThat(exits.waitFor()).isZero();
        // System.exit with the file still open is an orderly end: no marker, no check next time.
        assertThat(markers()).isEmpty();
        assertThatCode(() -> Database.open(file).close()).doesNotThrowAnyException();

        Process killed = child(file, "wait");
        killed.destroyForcibly().waitFor();
        assertThat(markers()).hasSize(1);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    /** A JVM of its own that opens {@code file} and, once it says so, exits or waits to be killed. */
    private static Process child(Path file, String how) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenAndEnd.class.getName(), file.toString(), how)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("open")) {
                // the child's log lines, if any
            }
            assertThat(line).isEqualTo("open");
        }
        return p;
    }

    private java.util.List<Path> markers() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("official-pages.db.open-")).toList();
        }
    }

    @Test
    void aFileChangedByAnotherProgramIsChecked() throws Exception {
        Path file = soundFileCheckedToday();
        FileTime before = Files.getLastModifiedTime(file);
        damageSilently(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 60_000));

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void noRecordMeansACheck() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);
        Files.delete(file.resolveSibling("official-pages.db.checked"));

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class);
    }

    @Test
    void aBackupAsksForTheFullCheckEvenWhenNoneIsDue() throws Exception {
        Path file = soundFileCheckedToday();
        damageSilently(file);
        byte[] damaged = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            assertThatThrownBy(db::checkFully).isInstanceOf(DamagedDatabaseException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("повреждён");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void theOpenMarkerIsThereWhileOpenAndGoneAfterAQuietClose() {
        Path file = dir.resolve("official-pages.db");
        Path marker = dir.resolve("official-pages.db.open-" + ProcessHandle.current().pid());
        try (Database db = Database.open(file)) {
            assertThat(marker).exists();
            try (Database second = Database.open(file)) {
                assertThat(marker).exists();
            }
            // The second one closing must not take the first one's marker.
            assertThat(marker).exists();
        }
        assertThat(marker).doesNotExist();
        // The second open found an existing file with no record: it was checked, and that is noted.
        assertThat(dir.resolve("official-pages.db.checked")).content().contains("day=" + LocalDate.now());
    }

    /** A database with 300 organizations, opened, checked and closed cleanly today. */
    private Path soundFileCheckedToday() {
        Path file = dir.resolve("official-pages.db");
        try (Database db = Database.open(file)) {
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO organization (name, kind) VALUES (?, 'INSTITUTION')")) {
                    for (int i = 0; i < 300; i++) {
                        ps.setString(1, "Организация " + i + " ".repeat(40));
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                }
            });
        }
        // The first open of the new file checked nothing (it was empty); this one checks and notes it.
        Database.open(file).close();
        assertThat(file.resolveSibling("official-pages.db.checked")).content().contains("day=" + LocalDate.now());
        return file;
    }

    /** Garbage over the organizations' b-tree, its time of change put back: the schema stays readable. */
    private static void damageSilently(Path file) throws Exception {
        long root;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'organization'")) {
            rs.next();
            root = rs.getLong(1);
        }
        FileTime modified = Files.getLastModifiedTime(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((root - 1) * 4096);
            f.write(new byte[] {13, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0x7f, 0x7f, 0x7f});
        }
        Files.setLastModifiedTime(file, modified);
    }
}
