package ru.officialpages.cli;

import ru.officialpages.desk.Desks;
import ru.officialpages.desk.ReportDesk;

/**
 * What commands that touch the data get; opened only when such a command runs. Commands read and
 * write only through the {@code desks} and the {@code reports} desk, as the screens do, never through
 * a repository (docs/decisions/desks-use-case-layer.md).
 */
public record CliServices(Desks desks, ReportDesk reports) {
}
