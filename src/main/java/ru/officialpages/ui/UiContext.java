package ru.officialpages.ui;

import java.time.Clock;
import java.util.prefs.Preferences;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.ReportDesk;
import ru.officialpages.ui.common.TaskExecutor;

/**
 * What the screens need, handed in by the entry point (or a test). {@code prefs} holds window
 * geometry and the like; the clock is passed so tests can fix "today". The screens read and write
 * only through the {@code desks} and the {@code reports} desk, never through a repository
 * (docs/decisions/desks-use-case-layer.md).
 */
public record UiContext(
        TaskExecutor executor,
        ru.officialpages.ui.common.TextCheckService textChecks,
        Preferences prefs,
        Clock clock,
        Desks desks,
        ReportDesk reports) {
}
