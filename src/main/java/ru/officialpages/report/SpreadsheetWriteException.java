package ru.officialpages.report;

/**
 * A spreadsheet could not be saved. The message is Russian and fit to show the user; the cause
 * keeps the technical detail for the log. Whatever file was at the target is left as it was.
 */
public class SpreadsheetWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpreadsheetWriteException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public SpreadsheetWriteException(String userMessage) {
        super(userMessage);
    }
}
