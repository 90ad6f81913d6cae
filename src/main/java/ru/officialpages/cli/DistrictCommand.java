package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.DistrictDesk;
import ru.officialpages.i18n.Tr;

/**
 * {@code district init|add-settlement|add-coordinator|list} with {@code --db} as the database owner
 * (issue 19): a district's server set up for its settlements and coordinator.
 */
final class DistrictCommand implements Command {
    /** A new login's password for a script, kept off the command line (issue 19). */
    static final String PASSWORD_VARIABLE = "OFFICIAL_PAGES_NEW_PASSWORD";

    @Override
    public String name() {
        return "district";
    }

    @Override
    public String summary() {
        return Tr.tr("district.cli.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return !args.isEmpty() && !args.get(0).equals("list");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException(Tr.tr("district.cli.usage"));
        }
        String action = args.get(0);
        Map<String, String> o = options(args.subList(1, args.size()), switch (action) {
            case "init" -> Set.of("--name");
            case "add-settlement" -> Set.of("--name", "--login", "--password", "--from");
            case "add-coordinator" -> Set.of("--login", "--password");
            case "list" -> Set.of();
            default -> throw new UsageException(Tr.tr("district.cli.usage"));
        });
        try {
            DistrictDesk desk = services.district();
            switch (action) {
                case "init" -> {
                    String name = required(o, "--name");
                    out.out().println(desk.init(name) ? Tr.tr("district.cli.initDone", name)
                            : Tr.tr("district.cli.already", desk.name().orElse(name)));
                }
                case "add-settlement" -> {
                    String name = required(o, "--name");
                    String login = required(o, "--login");
                    Optional<Path> from = Optional.ofNullable(o.get("--from")).map(Path::of);
                    if (from.isPresent() && !Files.isRegularFile(from.get())) {
                        out.err().println(Tr.tr("cli.error.noFile", from.get()));
                        return Cli.FAILURE;
                    }
                    Optional<String> password = newPassword(o, login, out, services);
                    if (password.isEmpty()) {
                        return Cli.FAILURE;
                    }
                    desk.addSettlement(name, login, password.get(), from);
                    out.out().println(Tr.tr("district.cli.settlementAdded", name, login));
                }
                case "add-coordinator" -> {
                    String login = required(o, "--login");
                    Optional<String> password = newPassword(o, login, out, services);
                    if (password.isEmpty()) {
                        return Cli.FAILURE;
                    }
                    desk.addCoordinator(login, password.get());
                    out.out().println(Tr.tr("district.cli.coordinatorAdded", login));
                }
                default -> {
                    out.out().println(Tr.tr("district.cli.listHeader", desk.name().orElse("")));
                    for (DistrictDesk.Login l : desk.logins()) {
                        out.out().println(l.coordinator() ? Tr.tr("district.cli.coordinatorLine", l.login())
                                : Tr.tr("district.cli.settlementLine", l.settlement(), l.login()));
                    }
                }
            }
            return Cli.OK;
        } catch (DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
    }

    /**
     * The new login's password: {@code --password} (seen by anyone who lists the processes, so kept for
     * scripts only), else {@value #PASSWORD_VARIABLE}, else asked twice on the console, else the first line
     * of standard input (a script's pipe). Empty, said in Russian on stderr, when none of them gives one.
     */
    private static Optional<String> newPassword(Map<String, String> o, String login, CliOutput out, Services services)
            throws UsageException {
        if (o.containsKey("--password")) {
            return Optional.of(required(o, "--password"));
        }
        String fromEnv = services.environment(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        java.io.Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("%s", Tr.tr("district.cli.passwordPrompt", login));
            char[] second = first == null ? null : console.readPassword("%s", Tr.tr("district.cli.passwordAgain"));
            if (first == null || first.length == 0) {
                out.err().println(Tr.tr("district.cli.noPassword", login));
                return Optional.empty();
            }
            if (!java.util.Arrays.equals(first, second)) {
                out.err().println(Tr.tr("district.cli.passwordsDiffer"));
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(out.in(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            if (line != null && !line.isEmpty()) {
                return Optional.of(line);
            }
        } catch (java.io.IOException e) {
            // No standard input to read: said as no password below.
        }
        out.err().println(Tr.tr("district.cli.noPassword", login));
        return Optional.empty();
    }

    /**
     * {@code report district --week 2026-W49 --out FILE.xlsx}: the coordinator's week over the district.
     * A settlement's login: exit code 1 and «нет прав».
     */
    static int report(List<String> args, CliOutput out, Services services) throws UsageException {
        Map<String, String> o = options(args, Set.of("--week", "--out"), "district.report.usage");
        String w = required(o, "--week");
        ru.officialpages.rules.IsoWeek week = ru.officialpages.rules.IsoWeek.parse(w);
        if (week == null) {
            java.time.LocalDate day = ru.officialpages.rules.IsoWeek.parseDay(w);
            if (day == null) {
                throw new UsageException(Tr.tr("report.cli.badWeek", w));
            }
            week = ru.officialpages.rules.IsoWeek.of(day);
        }
        Path target = Path.of(required(o, "--out"));
        if (Files.exists(target)) {
            out.err().println(Tr.tr("district.report.exists", target));
            return Cli.FAILURE;
        }
        try {
            int pages = services.district().weekReport(week.monday(), target);
            out.out().println(Tr.tr("district.report.done", target, pages));
            return Cli.OK;
        } catch (DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
    }

    private static Map<String, String> options(List<String> args, Set<String> known) throws UsageException {
        return options(args, known, "district.cli.usage");
    }

    private static Map<String, String> options(List<String> args, Set<String> known, String usage) throws UsageException {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!known.contains(a) || i + 1 >= args.size() || map.containsKey(a)) {
                throw new UsageException(Tr.tr(usage));
            }
            map.put(a, args.get(++i));
        }
        return map;
    }

    private static String required(Map<String, String> o, String option) throws UsageException {
        String v = o.get(option);
        if (v == null || v.isBlank()) {
            throw new UsageException(Tr.tr("district.cli.missing", option));
        }
        return v.trim();
    }
}
