package ru.officialpages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.MessageImport;

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
        var flow = s.desks().imports().messages();
        MessageImport.Preview preview = flow.preview(file);
        if (!ImportCommand.accepted(file, out, preview)) {
            return Cli.FAILURE;
        }
        // The message desk counts the new messages' deadlines, and the open ones' again, on today's calendar.
        s.desks().messages().deadlines();
        flow.apply(preview);
        out.out().println(Tr.tr("import.messages.cli.done", preview.messages().size()));
        return Cli.OK;
    }
}
