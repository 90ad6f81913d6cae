package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.MessageImport;
import ru.officialpages.rules.MessageDeadlines;

/**
 * {@code import messages FILE}: the list of the regional incident platform, all its rows or,
 * on any error, none. Kept apart from {@link ImportCommand} so each import stays short.
 */
final class MessageImportCommand {
    private MessageImportCommand() {
    }

    static int run(Path file, CliOutput out, Command.Services services) {
        if (!Files.isRegularFile(file)) {
            out.err().println(Tr.tr("cli.error.noFile", file));
            return Cli.FAILURE;
        }
        CliServices s = services.get();
        MessageImport.Preview preview = new MessageImport(s.networks().all(), s.pages().all(), s.messages().links()).read(file);
        if (!ImportCommand.accepted(file, out, preview.warnings(), preview.errors(), preview.canApply())) {
            return Cli.FAILURE;
        }
        MessageDeadlines rules = new MessageDeadlines(s.calendar().workingTime());
        // The calendar may have been corrected since the last start: the open messages follow it too.
        s.messages().recomputeDeadlines(rules);
        s.messages().addAll(preview.toAdd(), rules);
        out.out().println(Tr.tr("import.messages.cli.done", preview.messages().size()));
        return Cli.OK;
    }
}
