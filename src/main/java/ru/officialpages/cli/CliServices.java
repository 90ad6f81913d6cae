package ru.officialpages.cli;

import ru.officialpages.demo.DemoData;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/**
 * What commands that touch the data get; opened only when such a command runs. Commands call the
 * {@code desks}, as the screens do; the repositories here are for the commands not yet moved onto
 * them (docs/decisions/desks-use-case-layer.md).
 */
public record CliServices(
        SettingsRepository settings,
        OrganizationRepository organizations,
        PageRepository pages,
        PostRepository posts,
        DemoData demo,
        CalendarRepository calendar,
        NetworkRepository networks,
        ru.officialpages.storage.ReportRepository reports,
        ru.officialpages.storage.MessageRepository messages,
        java.util.function.Supplier<ru.officialpages.demo.LargeDemo> largeDemo,
        ru.officialpages.storage.ModerationRepository moderation,
        ru.officialpages.desk.Desks desks) {
}
