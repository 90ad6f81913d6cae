package ru.officialpages.report;

/** Told now and then how far a write has got, so a progress bar can move. */
@FunctionalInterface
public interface WriteProgress {
    WriteProgress NONE = (sheet, rows) -> { };

    /** {@code rows} data rows of sheet {@code sheet} are written. */
    void rowsWritten(String sheet, long rows);
}
