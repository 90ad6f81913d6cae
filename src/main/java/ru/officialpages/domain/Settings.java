package ru.officialpages.domain;

import java.util.Objects;

/**
 * Who the program works for and by which rules. {@code setupDone} is false until the user has
 * gone through the first-start setup. {@code scaleNormByWorkingDays}: a holiday week owes fewer
 * posts (off by default: the orders count posts a week, not a working week).
 */
public record Settings(
        String municipality,
        String headName,
        String headPosition,
        String preparerName,
        String preparerPosition,
        NormPreset preset,
        WeeklyNorms norms,
        int coordinatorNoticeDays,
        boolean scaleNormByWorkingDays,
        boolean setupDone) {

    public Settings {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(norms, "norms");
        municipality = municipality == null ? "" : municipality.strip();
        headName = headName == null ? "" : headName.strip();
        headPosition = headPosition == null ? "" : headPosition.strip();
        preparerName = preparerName == null ? "" : preparerName.strip();
        preparerPosition = preparerPosition == null ? "" : preparerPosition.strip();
    }

    public static Settings initial() {
        NormPreset preset = NormPreset.ISHTAN;
        return new Settings("", "", "Глава", "", "", preset, preset.norms(), preset.coordinatorNoticeDays(), false, false);
    }
}
