package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The power cut, or the user ending the program in the task manager: a child JVM writes through
 * our Database and is killed (SIGKILL on Linux) at a random moment, many times over. Each time the
 * file must pass SQLite's full integrity check and hold every record the child saw committed.
 */
class CrashTest {
    private static final int RUNS = 20;
    @TempDir
    Path dir;

    @Test
    void killedMidWriteLosesNoCommittedRecordAndLeavesASoundFile() throws Exception {
        Path file = dir.resolve("official-pages.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<Long> committed = new HashSet<>();
        int survived = 0;
        for (int run = 0; run < RUNS; run++) {
            // Kill after a random number of commits: the child is then somewhere inside the next one.
            int killAfter = 1 + random.nextInt(120);
            Process child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", CrashWriter.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<Long> reported = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(CrashWriter.COMMITTED)) {
                        reported.add(Long.parseLong(line.substring(CrashWriter.COMMITTED.length()).strip()));
                        if (reported.size() == killAfter) {
                            // Killing closes our end of the pipe too; lines not yet read are simply not checked.
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            child.waitFor();
            assertThat(reported).as("run %d (seed %d): the child wrote before it was killed", run, seed).isNotEmpty();
            committed.addAll(reported);

            assertThat(BackupsTest.integrityCheck(file)).as("run %d (seed %d)", run, seed).isEqualTo("ok");
            try (Database db = Database.open(file)) {
                OrganizationRepository orgs = new OrganizationRepository(db);
                for (long id : committed) {
                    assertThat(orgs.find(id)).as("record %d reported committed (run %d, seed %d)", id, run, seed).isPresent();
                }
            }
            survived++;
        }
        System.out.println("CrashTest: survived " + survived + " kills; " + committed.size() + " committed records all present");
        assertThat(survived).isEqualTo(RUNS);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
