package ru.officialpages.imports;

/**
 * What a table file may hold (README, «Пределы файлов»). The defaults keep an old office PC with
 * the installer's 384 MB heap responsive and are far above a municipality's registers:
 * {@code maxBytes} the file on disk, {@code maxRows} data rows below the header,
 * {@code maxColumns} how wide the header may be (cells right of the header are not read),
 * {@code maxCellChars} one cell (Excel's own limit), {@code maxChars} all the text kept.
 */
public record TableLimits(long maxBytes, int maxRows, int maxCellChars, int maxColumns, long maxChars) {
    public static final TableLimits DEFAULT = new TableLimits(50L * 1024 * 1024, 200_000, 32_767, 256, 60_000_000L);

    /** The earlier three-number form; columns and text keep their defaults. */
    public TableLimits(long maxBytes, int maxRows, int maxCellChars) {
        this(maxBytes, maxRows, maxCellChars, DEFAULT_COLUMNS, DEFAULT_CHARS);
    }

    private static final int DEFAULT_COLUMNS = 256;
    private static final long DEFAULT_CHARS = 60_000_000L;
}
