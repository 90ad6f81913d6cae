package ru.officialpages.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line as a script meets it: runs {@code Main.run} on one data folder and keeps
 * what the command printed to stdout and stderr, in Russian, for the test to read.
 */
final class CliRun {
    private final Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRun(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Runs {@code --data-dir DIR args…}; returns the exit code. */
    int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    /** The same, with {@code in} as standard input. */
    int run(InputStream in, String... args) {
        return run(Map.of(), in, args);
    }

    /** The same, with these variables in the environment too. */
    int run(Map<String, String> env, InputStream in, String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), withNoDialog(env));
    }

    private static Map<String, String> withNoDialog(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("OFFICIAL_PAGES_NO_DIALOG", "1");
        return all;
    }

    /**
     * Fills this folder's own data with the example settlement, as a clerk could: {@code demo} fills the
     * example's folder (never the clerk's data, issue 16 item 5) and {@code restore} puts a copy of it in
     * place. For tests that need a filled database; returns the first failing exit code, or 0.
     */
    int demoData() {
        int code = run("demo");
        return code != 0 ? code : run("restore", dataDir.resolve("example").resolve("official-pages.db").toString());
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
