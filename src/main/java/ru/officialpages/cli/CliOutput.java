package ru.officialpages.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads ({@code in}, for "-" as a file name) and writes: results to {@code out}, errors (in Russian) to {@code err}. */
public record CliOutput(InputStream in, PrintStream out, PrintStream err) {

    /** Reads the process's standard input. */
    public CliOutput(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }
}
