package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.FullImportException;

/** {@code import all FILE}: a full export loaded into an empty database, all of it or nothing. */
final class FullImportCommand {
    private FullImportCommand() {
    }

    static int run(Path file, CliOutput out, Command.Services services) {
        if (!Files.isRegularFile(file)) {
            out.err().println(Tr.tr("cli.error.noFile", file));
            return Cli.FAILURE;
        }
        long rows;
        try {
            rows = services.transfer().loadAll(file, n -> { });
        } catch (FullImportException e) {
            out.err().println(Tr.tr("importAll.cli.refused", file.getFileName()));
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("importAll.cli.done", rows));
        return Cli.OK;
    }
}
