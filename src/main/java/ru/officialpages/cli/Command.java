package ru.officialpages.cli;

import java.util.List;

/** One command-line command. */
public interface Command {
    /** The word that names it. */
    String name();

    /** One line for --help. */
    String summary();

    /** Runs it; returns the exit code (0 ok, 1 failure). */
    int run(List<String> args, CliOutput out, Services services) throws UsageException;

    /** Lazily opened data: a command that does not touch the data never opens the database. */
    interface Services {
        CliServices get();
    }
}
