package ru.officialpages.cli;

import java.time.LocalDate;
import java.util.List;
import ru.officialpages.desk.Example;
import ru.officialpages.i18n.Tr;

/**
 * Fills the example's own folder with a settlement to look around in, or with {@code --size large}
 * a district after five years of use (issue 10), to feel the program at full load. The example
 * folder is the data folder's {@code example/} (the one «Посмотреть на примере» opens), or the data
 * folder itself when it is one: demo rows never reach the clerk's data (issue 16 item 5).
 */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return Tr.tr("cli.demo.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return true;
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        boolean large = parseLarge(args);
        // Never into the clerk's own data (issue 16 item 5): the example has a folder of its own.
        Example example = services.example();
        if (large) {
            return loadLarge(example, out);
        }
        if (!example.canLoad()) {
            out.err().println(Tr.tr("demo.error.notEmpty"));
            out.err().println(Tr.tr("demo.example.folder", example.folder()));
            return Cli.FAILURE;
        }
        Example.Loaded summary = example.load(LocalDate.now());
        out.out().println(Tr.tr("demo.done", summary.organizations(), summary.pages(), summary.posts(), summary.planItems(),
                summary.moderationRecords(), summary.messages()));
        out.out().println(Tr.tr("demo.example.where", example.folder()));
        return Cli.OK;
    }

    /** {@code --size large}, {@code --size=large}, or nothing; {@code --size small} is the ordinary demo. */
    private static boolean parseLarge(List<String> args) throws UsageException {
        String size = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--size") && i + 1 < args.size() && size == null) {
                size = args.get(++i);
            } else if (a.startsWith("--size=") && size == null) {
                size = a.substring("--size=".length());
            } else {
                throw new UsageException(Tr.tr("cli.error.extraArgs", String.join(" ", args.subList(i, args.size()))));
            }
        }
        if (size == null || size.equals("small")) {
            return false;
        }
        if (size.equals("large")) {
            return true;
        }
        throw new UsageException(Tr.tr("demo.large.error.size", size));
    }

    private static int loadLarge(Example example, CliOutput out) {
        if (!example.canLoadLarge()) {
            out.err().println(Tr.tr("demo.large.error.notEmpty"));
            out.err().println(Tr.tr("demo.example.folder", example.folder()));
            return Cli.FAILURE;
        }
        out.out().println(Tr.tr("demo.large.start"));
        Example.Loaded size = example.loadLarge((table, rows, millis) -> {
            out.out().println(Tr.tr("demo.large.table", Tr.tr("demo.large.table." + table), rows,
                    Tr.plural(rows, Tr.tr("demo.large.row.one"), Tr.tr("demo.large.row.few"), Tr.tr("demo.large.row.many")),
                    String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)));
            out.out().flush();
        });
        out.out().println(Tr.tr("demo.large.done", size.organizations(), size.pages(), size.posts(), size.planItems(),
                size.moderationRecords(), size.messages(), size.blacklist(),
                String.format(java.util.Locale.ROOT, "%.1f", size.millis() / 1000.0)));
        out.out().println(Tr.tr("demo.example.where", example.folder()));
        return Cli.OK;
    }
}
