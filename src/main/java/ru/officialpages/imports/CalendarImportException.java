package ru.officialpages.imports;

import ru.officialpages.i18n.Tr;

/**
 * A calendar file that cannot be read. The message is Russian and names the line, so it can be
 * shown to the user as is; nothing of the file is imported.
 */
public class CalendarImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String reason;

    /**
     * @param lineNumber 1-based line of the problem, or 0 when it concerns the whole file
     * @param reason     Russian text of the problem, without the line
     */
    public CalendarImportException(int lineNumber, String reason) {
        super(lineNumber > 0 ? Tr.tr("calendar.import.atLine", String.valueOf(lineNumber), reason) : reason);
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    public int lineNumber() {
        return lineNumber;
    }

    public String reason() {
        return reason;
    }
}
