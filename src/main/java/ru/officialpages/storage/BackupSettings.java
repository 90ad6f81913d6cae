package ru.officialpages.storage;

import java.nio.file.Path;
import java.util.Objects;
import ru.officialpages.rules.RetentionPolicy;

/** Where copies go and how many are kept. */
public record BackupSettings(Path folder, RetentionPolicy retention) {
    public BackupSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(retention, "retention");
    }
}
