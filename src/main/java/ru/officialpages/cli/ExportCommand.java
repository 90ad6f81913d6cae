package ru.officialpages.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.OutputTarget;
import ru.officialpages.report.SpreadsheetWriteException;
import ru.officialpages.report.WriteProgress;

/** {@code export --out FILE}: every table of the data in one workbook (issue 9), for a new PC or for reading. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return Tr.tr("export.cli.summary");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            throw new UsageException(Tr.tr("export.cli.usage"));
        }
        Path target;
        long rows;
        try {
            target = OutputTarget.requireNew(Path.of(args.get(1)));
            rows = services.transfer().exportAll(target, LocalDateTime.now(), WriteProgress.NONE);
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("export.cli.done", target, rows));
        return Cli.OK;
    }
}
