package ru.officialpages.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.cli.Cli;
import ru.officialpages.cli.CliOutput;
import ru.officialpages.cli.CliServices;
import ru.officialpages.cli.Command;
import ru.officialpages.cli.Invocation;
import ru.officialpages.cli.UsageException;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.StorageException;

/**
 * The entry point of the jar: no command opens the window, a command runs and exits.
 * It does not extend Application, so {@code java -jar} works with JavaFX on the classpath.
 */
public final class Main {
    /** Where the log goes; read by logback.xml. */
    static final String LOG_DIR_PROPERTY = "officialpages.logdir";
    /** Where the installer's launcher has the JVM keep its class-data archive (installer/). */
    static final String CDS_ARCHIVE_PROPERTY = "officialpages.cdsArchive";
    private static final DateTimeFormatter BACKUP_TIME = RuFormat.DATE_TIME;

    private Main() {
    }

    public static void main(String[] args) {
        prepareClassArchiveFolder(System.getProperty(CDS_ARCHIVE_PROPERTY));
        // Before any ControlsFX class loads: it picks its texts by the default locale (design.md).
        Locale.setDefault(Tr.RUSSIAN);
        int code = run(args, System.out, System.err, System.getenv());
        if (code >= 0) {
            ClassArchiveWarmUp.awaitBeforeExit();
            System.exit(code);
        }
        // A negative code means the window is up; the JavaFX thread keeps the process alive.
    }

    /** How long the class-data archive of another build is kept (prepareClassArchiveFolder). */
    static final java.time.Duration OTHER_ARCHIVE_KEPT = java.time.Duration.ofDays(1);

    /**
     * The installed program's JVM keeps its class-data archive in the user's folder
     * ({@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=…}, installer/, issue 20) and writes it
     * when the first run exits, but does not create the folder: done here, at the start of that run.
     * The JVM does not remake an archive whose jars changed, so each build names its own
     * ({@code official-pages-VERSION-BUILT.jsa}); the archives of other builds are deleted here once
     * a day has passed since they were written: after an update the old one goes, but two builds
     * used side by side in one home folder (a test machine) do not delete each other's at every start.
     * A path the launcher left unexpanded (no such variable) is not absolute and is left alone.
     */
    static void prepareClassArchiveFolder(String archive) {
        if (archive == null || archive.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(archive);
            if (file.isAbsolute() && file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
                try (var old = java.nio.file.Files.newDirectoryStream(file.getParent(), "official-pages-*.jsa")) {
                    for (Path o : old) {
                        if (!o.equals(file) && java.nio.file.Files.getLastModifiedTime(o).toInstant()
                                .isBefore(java.time.Instant.now().minus(OTHER_ARCHIVE_KEPT))) {
                            // Another version still running keeps it mapped; Windows then refuses: left for next time.
                            java.nio.file.Files.deleteIfExists(o);
                        }
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Without the folder the JVM only warns and starts without an archive: slower, nothing lost.
        }
    }

    /** Runs the command line; returns the exit code, or -1 when the window was opened instead. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, System.in, out, err, env);
    }

    /** {@link #run(String[], PrintStream, PrintStream, Map)} with the standard input given. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        CliOutput output = new CliOutput(in, out, err);
        Cli cli = new Cli(output);
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(Tr.tr("cli.hint.help"));
            return Cli.USAGE;
        }
        if (!invocation.opensWindow()) {
            ClassArchiveWarmUp.start();
        }
        if (invocation.help() || invocation.version() || !cli.knows(invocation)) {
            return cli.run(invocation, () -> {
                throw new IllegalStateException("help, version and an unknown command need no data");
            });
        }
        DataFolder folder = DataFolder.resolve(invocation.dataDir(), env, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        try {
            folder.prepare();
            System.setProperty(LOG_DIR_PROPERTY, folder.logs().toString());
        } catch (DataFolder.DataFolderException e) {
            err.println(e.getMessage());
            if (invocation.opensWindow()) {
                GuiStart.showFatal(e.getMessage());
            }
            return Cli.FAILURE;
        }
        Optional<String> server = invocation.database(env);
        if (server.isPresent()) {
            return runOnServer(cli, invocation, server.get(), folder, err, env);
        }
        if (invocation.opensWindow()) {
            // The district's server chosen in the window (issue 19); --db and OFFICIAL_PAGES_DB come before it.
            GuiStart.startWindow(folder);
            return -1;
        }
        boolean writes = cli.writes(invocation);
        Optional<DataFolderLock> lock = Optional.empty();
        if (writes) {
            lock = DataFolderLock.forCommand(folder, invocation.command().get(0));
            if (lock.isEmpty()) {
                // Say whom to wait for: another command ends by itself, the window has to be closed.
                err.println(DataFolderLock.holdingCommand(folder)
                        .map(c -> Tr.tr("lock.cli.busyCommand", folder.path(), c))
                        .orElseGet(() -> Tr.tr("lock.cli.busy", folder.path())));
                return Cli.FAILURE;
            }
        }
        try {
            return runIn(cli, invocation, new LazyContext(folder, writes, err, null, env), err);
        } finally {
            lock.ifPresent(DataFolderLock::close);
        }
    }

    /** Runs the command on its lazily opened data; a storage failure is one Russian line and exit code 1. */
    private static int runIn(Cli cli, Invocation invocation, LazyContext context, PrintStream err) {
        try {
            return cli.run(invocation, context);
        } catch (StorageException e) {
            LoggerFactory.getLogger(Main.class).error("Command failed", e);
            err.println(ru.officialpages.desk.Refusals.russian(e));
            return Cli.FAILURE;
        } finally {
            context.close();
        }
    }

    /**
     * A command against a district's PostgreSQL server ({@code --db}, issue 19): no folder lock and no
     * day's copy (the server takes many users at once; its backups are its administrator's), the
     * data folder only for the log. A wrong address, login or password: exit code 1, a Russian line.
     */
    private static int runOnServer(Cli cli, Invocation invocation, String url, DataFolder folder, PrintStream err,
            Map<String, String> env) {
        ServerAddress address;
        try {
            address = ServerAddress.parse(url);
        } catch (StorageException e) {
            err.println(ru.officialpages.desk.Refusals.russian(e));
            return Cli.FAILURE;
        }
        if (invocation.opensWindow()) {
            GuiStart.startOnServer(folder, address, false);
            return -1;
        }
        String command = invocation.command().get(0);
        if (command.equals("backup") || command.equals("restore")) {
            err.println(Tr.tr("server.backup.administrator", address.display()));
            return Cli.FAILURE;
        }
        address = CommandLinePassword.complete(address, env, System.console());
        return runIn(cli, invocation, new LazyContext(folder, false, err, address, env), err);
    }

    /** What to tell the user on the command line when the data file is damaged: the newest good copy and the command. */
    static String damageAdvice(Backups backups) {
        return backups.newestGood()
                .map(c -> Tr.tr("integrity.cli.offer", c.file(), BACKUP_TIME.format(c.madeAt())))
                .orElseGet(() -> Tr.tr("integrity.cli.noCopy", backups.folder()));
    }

    /** Opens the database only when a command asks for data. */
    private static final class LazyContext implements Command.Services {
        private final DataFolder folder;
        private final boolean writes;
        private final PrintStream err;
        /** The district's server, or null for the data folder's file. */
        private final ServerAddress server;
        private AppContext context;
        private AppContext exampleContext;
        private CliServices services;
        /** The environment of this run: the sync reads its VK key and API address from it. */
        private final Map<String, String> env;

        LazyContext(DataFolder folder, boolean writes, PrintStream err, ServerAddress server, Map<String, String> env) {
            this.folder = folder;
            this.writes = writes;
            this.err = err;
            this.server = server;
            this.env = env;
        }

        Backups backups() {
            return AppContext.backupsOf(folder);
        }

        /** A damaged data file said with the way out: the newest sound copy and the command that restores it. */
        ru.officialpages.desk.DeskException damaged(DamagedDatabaseException e) {
            return new ru.officialpages.desk.DeskException(ru.officialpages.desk.Refusals.russian(e)
                    + System.lineSeparator() + damageAdvice(backups()), e);
        }

        @Override
        public ru.officialpages.desk.Copies copies() {
            return new ru.officialpages.desk.Copies(backups(), this::checkedFully);
        }

        @Override
        public ru.officialpages.desk.DistrictDesk district() {
            if (server == null) {
                return Command.Services.super.district();
            }
            get();
            return context.district();
        }

        @Override
        public String environment(String name) {
            return env.get(name);
        }

        @Override
        public ru.officialpages.desk.Transfer transfer() {
            get();
            return context.transferDesk();
        }

        /**
         * The example's own folder (issue 16 item 5): the data folder itself when it is an example
         * folder, else its {@code example/} folder, marked as such. The clerk's data never receives a
         * demo row, and the example makes no daily copies of its own.
         */
        @Override
        public ru.officialpages.desk.Example example() {
            if (folder.isExample()) {
                get();
                return context.example();
            }
            DataFolder example = folder.example();
            try {
                example.prepare();
                example.markExample();
            } catch (DataFolder.DataFolderException e) {
                throw new ru.officialpages.desk.DeskException(e.getMessage(), e);
            }
            if (exampleContext == null) {
                exampleContext = AppContext.open(example);
            }
            return exampleContext.example();
        }

        @Override
        public CliServices get() {
            if (services == null) {
                if (server != null) {
                    context = AppContext.connect(folder, server);
                } else {
                    try {
                        context = AppContext.open(folder);
                    } catch (DamagedDatabaseException e) {
                        throw damaged(e);
                    }
                    if (writes && !folder.isExample()) {
                        context.dailyBackup(LocalDateTime.now()).ifPresent(err::println);
                    }
                }
                services = new CliServices(context.desks(), context.reportDesk());
            }
            return services;
        }

        @Override
        public ru.officialpages.desk.SocialSync sync() {
            get();
            return context.socialSync(env);
        }

        CliServices checkedFully() {
            CliServices s = get();
            try {
                context.checkFully();
            } catch (DamagedDatabaseException e) {
                throw damaged(e);
            }
            return s;
        }

        void close() {
            if (context != null) {
                context.close();
            }
            if (exampleContext != null) {
                exampleContext.close();
            }
        }
    }
}
