package ru.officialpages.imports;

/**
 * What a table file may hold. The defaults keep an old office PC responsive and are far above
 * a municipality's registers; {@code maxCellChars} is Excel's own limit for a cell.
 */
public record TableLimits(long maxBytes, int maxRows, int maxCellChars) {
    public static final TableLimits DEFAULT = new TableLimits(50L * 1024 * 1024, 200_000, 32_767);
}
