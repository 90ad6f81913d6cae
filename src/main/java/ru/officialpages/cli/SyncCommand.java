package ru.officialpages.cli;

import java.time.LocalDate;
import java.util.List;
import ru.officialpages.desk.DeskException;
import ru.officialpages.desk.SocialSync;
import ru.officialpages.i18n.RuFormat;
import ru.officialpages.i18n.Tr;

/**
 * {@code sync [--from ДАТА] [--page АДРЕС] [--mark-plan]} (issue 17 item 2): reads the registry's VK and
 * Telegram pages into the post log. Exit code 0 when every page was read or got its note, 1 when the
 * run stopped (a refused key, the day's limit, no network) or nothing could be read.
 */
final class SyncCommand implements Command {

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return Tr.tr("sync.cli.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return true;
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        LocalDate from = null;
        String page = null;
        boolean markPlan = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--mark-plan")) {
                markPlan = true;
                continue;
            }
            if (!a.equals("--from") && !a.equals("--page")) {
                throw new UsageException(Tr.tr("cli.error.unknownOption", a) + System.lineSeparator()
                        + Tr.tr("sync.cli.usage"));
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(Tr.tr("sync.cli.usage"));
            }
            String v = args.get(++i);
            if (a.equals("--from")) {
                String text = v;
                from = RuFormat.parseDate(v).or(() -> iso(text))
                        .orElseThrow(() -> new UsageException(Tr.tr("sync.cli.badDate", text)));
            } else {
                page = v;
            }
        }
        SocialSync sync = services.sync();
        SocialSync.Request request = new SocialSync.Request(from, page);
        List<?> pages;
        try {
            pages = sync.pagesFor(request);
        } catch (DeskException e) {
            out.err().println(e.getMessage());
            return Cli.FAILURE;
        }
        if (pages.isEmpty()) {
            out.out().println(Tr.tr("sync.cli.noPages"));
            return Cli.OK;
        }
        out.out().println(Tr.tr("sync.cli.start", pages.size(), Tr.plural(pages.size(), Tr.tr("sync.pages.one"),
                Tr.tr("sync.pages.few"), Tr.tr("sync.pages.many"))));
        SocialSync.Outcome outcome = sync.run(request, new SocialSync.Progress() {
            @Override
            public void page(int done, int total, String label) {
                if (done < total) {
                    out.err().println(Tr.tr("sync.cli.progress", done + 1, total, label));
                }
            }

            @Override
            public boolean cancelled() {
                return Thread.currentThread().isInterrupted();
            }
        });
        for (SocialSync.PageResult r : outcome.pages()) {
            out.out().println(line(r));
        }
        out.out().println(Tr.tr("sync.cli.total", outcome.added(), outcome.updated(), outcome.comments()));
        if (!outcome.offers().isEmpty()) {
            if (markPlan) {
                sync.markPublished(outcome.offers());
                out.out().println(Tr.tr("sync.cli.planMarked", outcome.offers().size()));
            } else {
                out.out().println(Tr.tr("sync.cli.planOffers"));
            }
            for (SocialSync.PlanOffer o : outcome.offers()) {
                out.out().println("  " + Tr.tr("sync.cli.planOffer", RuFormat.date(o.item().day()), o.pageLabel(),
                        o.item().topic().isEmpty() ? "—" : o.item().topic(), o.url()));
            }
            if (!markPlan) {
                out.out().println(Tr.tr("sync.cli.planHint"));
            }
        }
        if (outcome.stop() != SocialSync.Stop.NONE) {
            out.err().println(outcome.stopText());
            if (outcome.anythingRead()) {
                out.err().println(Tr.tr("sync.cli.keptSoFar"));
            }
            return Cli.FAILURE;
        }
        return outcome.anythingRead() ? Cli.OK : Cli.FAILURE;
    }

    private static java.util.Optional<LocalDate> iso(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    static String line(SocialSync.PageResult r) {
        return switch (r.state()) {
            case READ -> Tr.tr("sync.cli.read", r.label(), r.added(), r.updated(), r.gone(), r.comments())
                    + (r.note().isEmpty() ? "" : " " + r.note());
            case NOTED -> Tr.tr("sync.cli.noted", r.label(), r.note());
            case NOT_READ -> Tr.tr("sync.cli.notRead", r.label());
        };
    }
}
