package ru.officialpages.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.Tr;

/** The command-line mode: runs one command and returns the process exit code. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final CliOutput out;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(CliOutput out) {
        this.out = out;
        for (Command c : List.of(new CalendarCommand(), new CheckTextCommand(), new DemoCommand(), new ImportCommand(),
                new RegistryReportCommand(), new ExportCommand(), new BackupCommand(), new RestoreCommand(), new VersionCommand(),
                new SyncCommand(), new DistrictCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** True if the invocation names a command that exists (or asks for help or the version). */
    public boolean knows(Invocation invocation) {
        return invocation.help() || invocation.version() || invocation.command().isEmpty()
                || commands.containsKey(invocation.command().get(0));
    }

    /** True if the invocation runs a command that changes the data. */
    public boolean writes(Invocation invocation) {
        if (invocation.help() || invocation.version() || invocation.command().isEmpty()) {
            return false;
        }
        List<String> words = invocation.command();
        Command c = commands.get(words.get(0));
        return c != null && c.writes(words.subList(1, words.size()));
    }

    public int run(Invocation invocation, Command.Services services) {
        if (invocation.help()) {
            printHelp();
            return OK;
        }
        List<String> words = invocation.version() ? List.of("version") : invocation.command();
        Command command = commands.get(words.get(0));
        if (command == null) {
            out.err().println(Tr.tr("cli.error.unknownCommand", words.get(0)));
            out.err().println(Tr.tr("cli.hint.help"));
            return USAGE;
        }
        try {
            return command.run(words.subList(1, words.size()), out, services);
        } catch (UsageException e) {
            out.err().println(e.getMessage());
            out.err().println(Tr.tr("cli.hint.help"));
            return USAGE;
        } catch (RuntimeException e) {
            // A desk's refusal or a storage failure is said in Russian; anything else is a bug and goes on up.
            if (!ru.officialpages.desk.Refusals.isSaid(e)) {
                throw e;
            }
            LoggerFactory.getLogger(Cli.class).error("Command {} failed", words.get(0), e);
            out.err().println(ru.officialpages.desk.Refusals.russian(e));
            return FAILURE;
        }
    }

    /** The program's version, as {@code --version} prints it. */
    public static String version() {
        return VersionCommand.version();
    }

    public void printHelp() {
        out.out().println(Tr.tr("cli.help.header", VersionCommand.version()));
        out.out().println();
        out.out().println(Tr.tr("cli.help.usage"));
        out.out().println();
        out.out().println(Tr.tr("cli.help.options"));
        out.out().println(Tr.tr("cli.help.commands"));
        for (Command c : commands.values()) {
            out.out().printf("  %-12s %s%n", c.name(), c.summary());
        }
        out.out().println();
        out.out().println(Tr.tr("cli.help.footer"));
    }
}
