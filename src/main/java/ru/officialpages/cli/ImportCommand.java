package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.ImportPreview;
import ru.officialpages.imports.ModerationImport;
import ru.officialpages.imports.PageImportPreview;
import ru.officialpages.imports.PostImport;

/** {@code import pages|posts|moderation FILE}: all the file's rows or, on any error, none of them. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Tr.tr("import.pages.cli.summary") + " | " + Tr.tr("import.moderation.cli.summary");
    }

    @Override
    public boolean writes(List<String> args) {
        return true;
    }

    @Override
    public int run(List<String> args, CliOutput out, Services services) throws UsageException {
        if (args.size() == 2 && args.get(0).equals("all")) {
            return FullImportCommand.run(Path.of(args.get(1)), out, services);
        }
        if (args.size() == 2 && args.get(0).equals("messages")) {
            return MessageImportCommand.run(Path.of(args.get(1)), out, services);
        }
        if (args.size() != 2 || !List.of("pages", "posts", "moderation").contains(args.get(0))) {
            throw new UsageException(Tr.tr("import.pages.cli.usage") + "\n" + Tr.tr("import.messages.cli.usage")
                    + "\n" + Tr.tr("import.moderation.cli.usage"));
        }
        Path file = Path.of(args.get(1));
        if (!Files.isRegularFile(file)) {
            out.err().println(Tr.tr("cli.error.noFile", file));
            return Cli.FAILURE;
        }
        return switch (args.get(0)) {
            case "posts" -> posts(file, out, services.get());
            case "moderation" -> moderation(file, out, services.get());
            default -> pages(file, out, services.get());
        };
    }

    private static int moderation(Path file, CliOutput out, CliServices s) {
        var flow = s.desks().imports().moderation(java.time.LocalDateTime.now());
        ModerationImport.Preview preview = flow.preview(file);
        if (!accepted(file, out, preview)) {
            return Cli.FAILURE;
        }
        flow.apply(preview);
        out.out().println(Tr.tr("import.moderation.cli.done", preview.records().size()));
        return Cli.OK;
    }

    private static int posts(Path file, CliOutput out, CliServices s) {
        var flow = s.desks().imports().posts();
        PostImport.Preview preview = flow.preview(file);
        if (!accepted(file, out, preview)) {
            return Cli.FAILURE;
        }
        flow.apply(preview);
        out.out().println(Tr.tr("import.posts.cli.done", preview.posts().size()));
        return Cli.OK;
    }

    /** Prints the warnings and, when the file is refused, every error with its line; true when it may be applied. */
    static boolean accepted(Path file, CliOutput out, ImportPreview<?> preview) {
        preview.warnings().forEach(w -> out.err().println(Tr.tr("import.pages.cli.warning", w)));
        if (preview.canApply()) {
            return true;
        }
        out.err().println(Tr.tr("import.pages.cli.refused", file.getFileName()));
        preview.errors().forEach(p -> out.err().println(p.text()));
        return false;
    }

    private static int pages(Path file, CliOutput out, CliServices s) {
        var flow = s.desks().imports().pages();
        PageImportPreview preview = flow.preview(file);
        if (!accepted(file, out, preview)) {
            return Cli.FAILURE;
        }
        flow.apply(preview);
        for (PageImportPreview.Line l : preview.pages()) {
            out.out().println(Tr.tr("import.pages.cli.page", l.entry().organization(), l.entry().address()));
        }
        out.out().println(Tr.tr("import.pages.cli.done", preview.pages().size(), preview.newOrganizations().size()));
        return Cli.OK;
    }
}
