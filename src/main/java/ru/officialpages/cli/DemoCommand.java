package ru.officialpages.cli;

import java.time.LocalDate;
import java.util.List;
import ru.officialpages.demo.DemoData;
import ru.officialpages.demo.LargeDemo;
import ru.officialpages.i18n.Tr;

/**
 * Fills an empty data folder with a settlement to look around in, or with {@code --size large}
 * a district after five years of use (issue 10), to feel the program at full load.
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
        CliServices s = services.get();
        if (large) {
            return loadLarge(s.largeDemo().get(), out);
        }
        DemoData demo = s.demo();
        if (!demo.canLoad()) {
            out.err().println(Tr.tr("demo.error.notEmpty"));
            return 1;
        }
        DemoData.Summary summary = demo.load(LocalDate.now());
        out.out().println(Tr.tr("demo.done", summary.organizations(), summary.pages(), summary.posts(), summary.planItems(),
                summary.moderationRecords(), summary.messages()));
        return 0;
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

    private static int loadLarge(LargeDemo demo, CliOutput out) {
        if (!demo.canLoad()) {
            out.err().println(Tr.tr("demo.large.error.notEmpty"));
            return 1;
        }
        out.out().println(Tr.tr("demo.large.start"));
        LargeDemo.Summary summary = demo.load(LargeDemo.Size.LARGE, (table, rows, millis) -> {
            out.out().println(Tr.tr("demo.large.table", Tr.tr("demo.large.table." + table.sqlName()), rows,
                    Tr.plural(rows, Tr.tr("demo.large.row.one"), Tr.tr("demo.large.row.few"), Tr.tr("demo.large.row.many")),
                    String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)));
            out.out().flush();
        });
        LargeDemo.Size size = summary.size();
        out.out().println(Tr.tr("demo.large.done", size.organizations(), size.pages(), size.posts(), size.planItems(),
                size.moderationRecords(), size.messages(), size.blacklist(),
                String.format(java.util.Locale.ROOT, "%.1f", summary.millis() / 1000.0)));
        return 0;
    }
}
