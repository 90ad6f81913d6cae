package ru.officialpages.cli;

import java.util.ArrayList;
import java.util.List;
import ru.officialpages.i18n.Tr;

/**
 * What the user asked for on the command line: the global options and, if any, a command with
 * its own arguments. No command means "open the window".
 */
public record Invocation(String dataDir, boolean help, boolean version, List<String> command) {

    public static Invocation parse(String... args) throws UsageException {
        String dataDir = null;
        boolean help = false;
        boolean version = false;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!command.isEmpty()) {
                // Options after the command word belong to the command, except --data-dir.
                if (a.equals("--data-dir") || a.startsWith("--data-dir=")) {
                    String[] v = optionValue(args, i);
                    dataDir = v[0];
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
            } else if (a.startsWith("-")) {
                throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            } else {
                command.add(a);
            }
        }
        return new Invocation(dataDir, help, version, List.copyOf(command));
    }

    /** The value and how many extra arguments it took: {@code --data-dir=X} or {@code --data-dir X}. */
    private static String[] optionValue(String[] args, int i) throws UsageException {
        String a = args[i];
        int eq = a.indexOf('=');
        if (eq >= 0) {
            String v = a.substring(eq + 1);
            if (v.isBlank()) {
                throw new UsageException(Tr.tr("cli.error.dataDirValue"));
            }
            return new String[] {v, "0"};
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new UsageException(Tr.tr("cli.error.dataDirValue"));
        }
        return new String[] {args[i + 1], "1"};
    }

    public boolean opensWindow() {
        return !help && !version && command.isEmpty();
    }
}
