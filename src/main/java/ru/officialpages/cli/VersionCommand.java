package ru.officialpages.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import ru.officialpages.i18n.Tr;

final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return Tr.tr("cli.version.summary");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) {
        out.out().println(Tr.tr("app.title") + " " + version());
        return 0;
    }

    /** The version Maven wrote into the build (filtered resource), so it is right in tests too. */
    static String version() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("/ru/officialpages/app/version.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
