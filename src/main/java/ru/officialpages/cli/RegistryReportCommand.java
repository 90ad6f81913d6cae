package ru.officialpages.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.i18n.Tr;
import ru.officialpages.report.OutputTarget;
import ru.officialpages.report.RegistryXlsx;
import ru.officialpages.report.SpreadsheetWriteException;
import ru.officialpages.rules.Quarter;

/**
 * {@code report registry --quarter 2026-Q3 [--internal] --out FILE} (novoaltaysk-608 §3.5); the
 * weekly report and the period summary ({@code report weekly}, {@code report period}) are handed
 * to {@link WeeklyReportCommand}.
 */
final class RegistryReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return Tr.tr("registry.cli.summary") + System.lineSeparator() + " ".repeat(15) + Tr.tr("report.cli.summary");
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (!args.isEmpty() && args.get(0).equals("weekly")) {
            return WeeklyReportCommand.weekly(args.subList(1, args.size()), out, services);
        }
        if (!args.isEmpty() && args.get(0).equals("period")) {
            return WeeklyReportCommand.period(args.subList(1, args.size()), out, services);
        }
        if (!args.isEmpty() && args.get(0).equals("district")) {
            return DistrictCommand.report(args.subList(1, args.size()), out, services);
        }
        if (args.isEmpty() || !args.get(0).equals("registry")) {
            throw new UsageException(Tr.tr("registry.cli.usage") + System.lineSeparator() + Tr.tr("report.cli.usage"));
        }
        Quarter quarter = null;
        Path target = null;
        boolean internal = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--internal")) {
                internal = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(Tr.tr("registry.cli.usage"));
            }
            String v = args.get(++i);
            switch (a) {
                case "--quarter" -> {
                    quarter = Quarter.parse(v);
                    if (quarter == null) {
                        throw new UsageException(Tr.tr("registry.cli.badQuarter", v));
                    }
                }
                case "--out" -> target = Path.of(v);
                default -> throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            }
        }
        if (quarter == null || target == null) {
            throw new UsageException(Tr.tr("registry.cli.usage"));
        }
        try {
            target = OutputTarget.requireNew(target);
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        CliServices s = services.get();
        Map<String, String> names = new HashMap<>();
        for (Network n : s.desks().pages().networks()) {
            names.put(n.code(), n.name());
        }
        List<RegistryEntry> entries = s.desks().pages().registry(quarter.lastDay());
        String municipality = s.desks().office().settings().municipality();
        try {
            RegistryXlsx registry = new RegistryXlsx(names);
            if (internal) {
                registry.writeInternal(target, municipality, quarter, entries);
            } else {
                registry.writePublic(target, municipality, quarter, entries);
            }
        } catch (SpreadsheetWriteException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr(internal ? "registry.cli.done.internal" : "registry.cli.done.public",
                quarter.russian(), entries.size(), target));
        return Cli.OK;
    }
}
