package ru.officialpages.storage;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One copy in the backups folder. */
public record BackupCopy(Path file, LocalDateTime madeAt, BackupReason reason, long size) {
}
