package ru.officialpages.cli;

import java.util.ArrayList;
import java.util.List;
import ru.officialpages.i18n.Tr;

/**
 * What the user asked for on the command line: the global options and, if any, a command with
 * its own arguments. No command means "open the window".
 */
public record Invocation(String dataDir, boolean help, boolean version, List<String> command, String db) {
    /** The district database's address when {@code --db} is not given (issue 19). */
    public static final String DB_ENV = "OFFICIAL_PAGES_DB";

    public static Invocation parse(String... args) throws UsageException {
        String dataDir = null;
        String db = null;
        boolean help = false;
        boolean version = false;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!command.isEmpty()) {
                // Options after the command word belong to the command, except --data-dir and --db.
                if (a.equals("--data-dir") || a.startsWith("--data-dir=")) {
                    String[] v = optionValue(args, i);
                    dataDir = v[0];
                    i += Integer.parseInt(v[1]);
                } else if (a.equals("--db") || a.startsWith("--db=")) {
                    String[] v = optionValue(args, i, "cli.error.dbValue");
                    db = v[0];
                    i += Integer.parseInt(v[1]);
                } else {
                    command.add(a);
                }
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
            } else if (a.equals("--version") || a.equals("-v")) {
                version = true;
            } else if (a.equals("--data-dir") || a.startsWith("--data-dir=")) {
                String[] v = optionValue(args, i);
                dataDir = v[0];
                i += Integer.parseInt(v[1]);
            } else if (a.equals("--db") || a.startsWith("--db=")) {
                String[] v = optionValue(args, i, "cli.error.dbValue");
                db = v[0];
                i += Integer.parseInt(v[1]);
            } else if (a.startsWith("-")) {
                throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            } else {
                command.add(a);
            }
        }
        return new Invocation(dataDir, help, version, List.copyOf(command), db);
    }

    /** The value and how many extra arguments it took: {@code --data-dir=X} or {@code --data-dir X}. */
    private static String[] optionValue(String[] args, int i) throws UsageException {
        return optionValue(args, i, "cli.error.dataDirValue");
    }

    private static String[] optionValue(String[] args, int i, String missingKey) throws UsageException {
        String a = args[i];
        int eq = a.indexOf('=');
        if (eq >= 0) {
            String v = a.substring(eq + 1);
            if (v.isBlank()) {
                throw new UsageException(Tr.tr(missingKey));
            }
            return new String[] {v, "0"};
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(Tr.tr(missingKey));
        }
        return new String[] {args[i + 1], "1"};
    }

    /** The district database asked for: {@code --db}, else the {@value #DB_ENV} variable; empty for the data folder. */
    public java.util.Optional<String> database(java.util.Map<String, String> env) {
        if (db != null) {
            return java.util.Optional.of(db);
        }
        String fromEnv = env.get(DB_ENV);
        return fromEnv == null || fromEnv.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(fromEnv.trim());
    }

    public boolean opensWindow() {
        return !help && !version && command.isEmpty();
    }
}
