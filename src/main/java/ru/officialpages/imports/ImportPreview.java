package ru.officialpages.imports;

import java.util.List;

/**
 * What an import file would add, before anything is written, whatever the rows are (pages, posts,
 * messages, moderation records): the rows, every error with its line, the warnings. Nothing is
 * applied while there is an error: all or nothing. The screens' preview and the command line show
 * every importer's file through this one type.
 *
 * @param <R> the row a line becomes
 */
public interface ImportPreview<R> {

    List<ImportProblem> errors();

    List<String> warnings();

    /** The rows to add, in file order. */
    List<R> toAdd();

    /** How many rows the file holds. */
    default int size() {
        return toAdd().size();
    }

    default boolean canApply() {
        return errors().isEmpty() && !toAdd().isEmpty();
    }
}
