package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.OutputTarget;
import ru.officialpages.report.SpreadsheetWriteException;
import ru.officialpages.desk.Copies;
import ru.officialpages.desk.Copies.Copy;

/**
 * {@code backup} makes a copy in the backups folder, {@code backup --out FILE} a copy to a file of
 * the user's choice, {@code backup --list} lists the copies. Copying only reads the data, so it
 * may run while the window is open.
 */
final class BackupCommand implements Command {
    static final DateTimeFormatter WHEN = RuFormat.DATE_TIME;

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return Tr.tr("backup.cli.summary");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        Copies backups = services.copies();
        if (args.isEmpty()) {
            Copy copy = backups.make(LocalDateTime.now());
            out.out().println(Tr.tr("backup.cli.done", copy.file(), size(copy.size())));
            return Cli.OK;
        }
        if (args.size() == 1 && args.get(0).equals("--list")) {
            List<Copy> copies = backups.list();
            if (copies.isEmpty()) {
                out.out().println(Tr.tr("backup.cli.none", backups.folder()));
            }
            for (Copy c : copies) {
                out.out().printf("%s  %-9s  %-24s %s%n", WHEN.format(c.madeAt()), size(c.size()),
                        Tr.tr("backup.reason." + c.reason().name()), c.file());
            }
            return Cli.OK;
        }
        if (args.size() == 2 && args.get(0).equals("--out")) {
            Path target;
            try {
                target = OutputTarget.requireNew(Path.of(args.get(1)));
            } catch (SpreadsheetWriteException e) {
                out.err().println(e.getMessage());
                return Cli.FAILURE;
            }
            backups.exportTo(target);
            out.out().println(Tr.tr("backup.cli.done", target, size(sizeOf(target))));
            return Cli.OK;
        }
        throw new UsageException(Tr.tr("backup.cli.usage"));
    }

    static String size(long bytes) {
        return Tr.tr("backup.size", bytes / (1024.0 * 1024.0));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
