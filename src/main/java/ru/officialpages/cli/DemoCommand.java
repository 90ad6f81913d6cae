package ru.officialpages.cli;

import java.time.LocalDate;
import java.util.List;
import ru.officialpages.demo.DemoData;
import ru.officialpages.i18n.Tr;

/** Fills an empty data folder with a settlement to look around in. */
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
        if (!args.isEmpty()) {
            throw new UsageException(Tr.tr("cli.error.extraArgs", String.join(" ", args)));
        }
        CliServices s = services.get();
        DemoData demo = s.demo();
        if (!demo.canLoad()) {
            out.err().println(Tr.tr("demo.error.notEmpty"));
            return 1;
        }
        DemoData.Summary summary = demo.load(LocalDate.now());
        out.out().println(Tr.tr("demo.done", summary.organizations(), summary.pages(), summary.posts(), summary.planItems()));
        return 0;
    }
}
