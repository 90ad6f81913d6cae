package ru.officialpages.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import ru.officialpages.cli.Cli;
import ru.officialpages.cli.CliOutput;
import ru.officialpages.cli.CliServices;
import ru.officialpages.cli.Command;
import ru.officialpages.cli.Invocation;
import ru.officialpages.cli.UsageException;
import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.StorageException;

/**
 * The entry point of the jar: no command opens the window, a command runs and exits.
 * It does not extend Application, so {@code java -jar} works with JavaFX on the classpath.
 */
public final class Main {
    /** Where the log goes; read by logback.xml. */
    static final String LOG_DIR_PROPERTY = "officialpages.logdir";

    private Main() {
    }

    public static void main(String[] args) {
        // Before any ControlsFX class loads: it picks its texts by the default locale (design.md).
        Locale.setDefault(Tr.RUSSIAN);
        int code = run(args, System.out, System.err, System.getenv());
        if (code >= 0) {
            System.exit(code);
        }
        // A negative code means the window is up; the JavaFX thread keeps the process alive.
    }

    /** Runs the command line; returns the exit code, or -1 when the window was opened instead. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        CliOutput output = new CliOutput(out, err);
        Cli cli = new Cli(output);
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(Tr.tr("cli.hint.help"));
            return Cli.USAGE;
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
        if (invocation.opensWindow()) {
            GuiStart.start(folder);
            return -1;
        }
        LazyContext context = new LazyContext(folder);
        try {
            return cli.run(invocation, context);
        } catch (StorageException e) {
            LoggerFactory.getLogger(Main.class).error("Command failed", e);
            err.println(e.getMessage());
            return Cli.FAILURE;
        } finally {
            context.close();
        }
    }

    /** Opens the database only when a command asks for data. */
    private static final class LazyContext implements Command.Services {
        private final DataFolder folder;
        private AppContext context;
        private CliServices services;

        LazyContext(DataFolder folder) {
            this.folder = folder;
        }

        @Override
        public CliServices get() {
            if (services == null) {
                context = AppContext.open(folder);
                services = new CliServices(context.settings(), context.organizations(), context.pages(),
                        context.posts(), context.demo(), context.calendar(), context.networks());
            }
            return services;
        }

        void close() {
            if (context != null) {
                context.close();
            }
        }
    }
}
