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

    /** Marking the registry placed on the website ({@code --placed}, {@code --not-placed}) changes the data. */
    @Override
    public boolean writes(List<String> args) {
        return args.contains("--placed") || args.contains("--not-placed");
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
        java.time.LocalDate placed = null;
        String url = null;
        boolean notPlaced = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--internal")) {
                internal = true;
                continue;
            }
            if (a.equals("--not-placed")) {
                notPlaced = true;
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
                case "--placed" -> {
                    placed = ru.officialpages.rules.IsoWeek.parseDay(v);
                    if (placed == null) {
                        throw new UsageException(Tr.tr("report.cli.badDay", v));
                    }
                }
                case "--url" -> url = v;
                default -> throw new UsageException(Tr.tr("cli.error.unknownOption", a));
            }
        }
        if (placed != null || notPlaced || url != null) {
            if (quarter == null || target != null || internal || (placed == null) == !notPlaced) {
                throw new UsageException(Tr.tr("registry.cli.usage"));
            }
            return placement(quarter, placed, url, out, services);
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

    /**
     * {@code --placed DATE [--url URL]}: the quarter's registry marked placed on the website that day (§3.5: by the
     * 25th of the month after the quarter); {@code --not-placed} (placed == null) takes a mistaken mark back.
     */
    private static int placement(Quarter quarter, java.time.LocalDate placed, String url, CliOutput out, Services services) {
        ru.officialpages.desk.PageDirectory pages = services.get().desks().pages();
        ru.officialpages.rules.RegistryDeadline deadline = ru.officialpages.rules.RegistryDeadline.of(quarter.year(), quarter.number());
        try {
            if (placed == null) {
                boolean had = pages.unmarkRegistryPlaced(quarter);
                out.out().println(Tr.tr(had ? "registry.cli.unplaced" : "registry.cli.unplaced.none", quarter.russian()));
                return Cli.OK;
            }
            java.time.LocalDateTime now = java.time.LocalDateTime.now();
            pages.markRegistryPlaced(quarter, placed, url, now.toLocalDate(), now);
        } catch (ru.officialpages.desk.DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("registry.cli.placed", quarter.russian(),
                deadline.placementText(java.util.Optional.of(placed), placed.isAfter(deadline.due()) ? placed : deadline.due())));
        return Cli.OK;
    }
}
