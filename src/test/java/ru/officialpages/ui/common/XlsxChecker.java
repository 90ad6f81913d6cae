package ru.officialpages.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project's own spreadsheet checker (shared/tools/xlsx-check), as report/XlsxCheckTest runs
 * it: shared/ stands beside the repository (or beside the folder of git worktrees), or the
 * {@code xlsx.check} system property names it. Absent, or without python3, tests skip.
 */
public final class XlsxChecker {
    private XlsxChecker() {
    }

    /** The checker, or null when this machine has none or no python3. */
    public static Path find() throws InterruptedException {
        List<Path> candidates = System.getProperty("xlsx.check") != null ? List.of(Path.of(System.getProperty("xlsx.check")))
                : List.of(Path.of("..", "shared", "tools", "xlsx-check"), Path.of("..", "..", "shared", "tools", "xlsx-check"));
        for (Path p : candidates) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isRegularFile(abs) && python3()) {
                return abs;
            }
        }
        return null;
    }

    /** The checker's output for {@code file}; "spreadsheet quality ok" when it passes. */
    public static String run(Path checker, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", checker.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "checker timed out";
        }
        return p.exitValue() == 0 ? output : output + " (exit " + p.exitValue() + ")";
    }

    private static boolean python3() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of("python3", "--version")).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
