package ru.officialpages.ui;

import java.time.Clock;
import java.util.prefs.Preferences;
import ru.officialpages.demo.DemoData;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * What the screens need, handed in by the entry point (or a test). {@code prefs} holds window
 * geometry and the like; the clock is passed so tests can fix "today". The screens call the
 * {@code desks}; the repositories here are for the screens not yet moved onto them
 * (docs/decisions/desks-use-case-layer.md).
 */
public record UiContext(
        SettingsRepository settings,
        OrganizationRepository organizations,
        NetworkRepository networks,
        PageRepository pages,
        PostRepository posts,
        CalendarRepository calendar,
        PlanRepository plan,
        ru.officialpages.storage.ModerationRepository moderation,
        ru.officialpages.storage.MessageRepository messages,
        ru.officialpages.storage.ReportRepository reports,
        DemoData demo,
        TaskExecutor executor,
        ru.officialpages.ui.common.TextCheckService textChecks,
        Preferences prefs,
        Clock clock,
        ru.officialpages.desk.Desks desks) {
}
