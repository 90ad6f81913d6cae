package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import ru.officialpages.i18n.Tr;

/**
 * {@code restore FILE}: puts a copy in place of the data, after saving the current state as a copy
 * of its own. It does not open the database first, so it also rescues a damaged one.
 */
final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return Tr.tr("restore.cli.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return true;
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.size() != 1) {
            throw new UsageException(Tr.tr("restore.cli.usage"));
        }
        Path copy = Path.of(args.get(0)).toAbsolutePath();
        if (!Files.isRegularFile(copy)) {
            out.err().println(Tr.tr("cli.error.noFile", copy));
            return Cli.FAILURE;
        }
        var before = services.copies().restore(copy, LocalDateTime.now());
        out.out().println(Tr.tr("restore.cli.done", copy));
        before.ifPresent(b -> out.out().println(Tr.tr("restore.cli.before", b.file())));
        return Cli.OK;
    }
}
