package ru.officialpages.imports;

/**
 * A table file that cannot be read. The message is Russian, fit to show the user, and names
 * the line when the problem is on one; {@link #line()} is that line (1-based, as in the
 * file: the csv line or the spreadsheet row number), or 0 when the whole file is at fault.
 */
public class TableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public TableException(int line, String userMessage) {
        super(userMessage);
        this.line = line;
    }

    public TableException(int line, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
