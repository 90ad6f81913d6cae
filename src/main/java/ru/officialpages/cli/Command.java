package ru.officialpages.cli;

import java.util.List;
import ru.officialpages.desk.Copies;
import ru.officialpages.desk.Transfer;

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

        /**
         * The data folder's copies, reachable without opening (or trusting) the database; a copy made
         * through them opens the database and runs its full quick check first (issue 20: other commands
         * run it once a day): a backup copy must never be made of a damaged file.
         */
        default Copies copies() {
            throw new IllegalStateException("this command needs no backups");
        }

        /** The whole data out to a workbook and into an empty database (opens it, as {@link #get()} does). */
        default Transfer transfer() {
            throw new IllegalStateException("this command needs no full export");
        }

        /** The VK/Telegram sync over the opened data (opens it, as {@link #get()} does). */
        default ru.officialpages.desk.SocialSync sync() {
            throw new IllegalStateException("this command needs no sync");
        }

        /** The example settlement's desk for the data folder of this run (issue 16 item 5). */
        default ru.officialpages.desk.Example example() {
            throw new IllegalStateException("this command needs no example");
        }

        /** A variable of this run's environment (a new login's password, issue 19); null when it is not set. */
        default String environment(String name) {
            return null;
        }

        /** The district's administration ({@code --db} as the database owner, issue 19). */
        default ru.officialpages.desk.DistrictDesk district() {
            throw new ru.officialpages.desk.DeskException(ru.officialpages.i18n.Tr.tr("district.error.noServer"), null);
        }
    }
}
