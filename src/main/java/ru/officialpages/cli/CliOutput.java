package ru.officialpages.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, errors (in Russian) to {@code err}. */
public record CliOutput(PrintStream out, PrintStream err) {
}
