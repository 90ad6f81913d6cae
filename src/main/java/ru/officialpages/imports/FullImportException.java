package ru.officialpages.imports;

/** The workbook cannot be loaded as a full export; the message, in Russian, names the sheet and row. */
public final class FullImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FullImportException(String message) {
        super(message);
    }

    public FullImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
