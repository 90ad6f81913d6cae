package ru.officialpages.cli;

/** The command line was written wrong; exit code 2, the message is Russian. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
