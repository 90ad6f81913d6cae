package ru.officialpages.cli;

import java.util.List;
import ru.officialpages.storage.Backups;

/** One command-line command. */
public interface Command {
    /** The word that names it. */
    String name();

    /** One line for --help. */
    String summary();

    /** Runs it; returns the exit code (0 ok, 1 failure). */
    int run(List<String> args, CliOutput out, Services services) throws UsageException;

    /**
     * True if the command with these arguments changes the data: it then needs the data folder to
     * itself, and refuses to run while the window is open with it.
     */
    default boolean writes(List<String> args) {
        return false;
    }

    /** Lazily opened data: a command that does not touch the data never opens the database. */
    interface Services {
        CliServices get();

        /** The backup copies of the data folder, reachable without opening (or trusting) the database. */
        default Backups backups() {
            throw new IllegalStateException("this command needs no backups");
        }

        /**
         * As {@link #get()}, with the data file's full quick check run now (issue 20: other commands
         * run it once a day): a backup copy must never be made of a damaged file.
         */
        default CliServices checkedFully() {
            throw new IllegalStateException("this command needs no data");
        }

        /** The district's administration ({@code --db} as the database owner, issue 19). */
        default ru.officialpages.desk.DistrictDesk district() {
            throw new ru.officialpages.desk.DeskException(ru.officialpages.i18n.Tr.tr("district.error.noServer"), null);
        }

        /** The whole database for the full export and its load (opens it, as {@link #get()} does). */
        default ru.officialpages.storage.DataTransfer transfer() {
            throw new IllegalStateException("this command needs no full export");
        }
    }
}
