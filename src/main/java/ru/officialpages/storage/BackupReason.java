package ru.officialpages.storage;

import java.util.Optional;

/** Why a copy was made; part of the file name, so the list can say it without opening the file. */
public enum BackupReason {
    DAILY("daily"),
    MANUAL("manual"),
    BEFORE_UPDATE("before-update"),
    BEFORE_RESTORE("before-restore");

    private final String tag;

    BackupReason(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    static Optional<BackupReason> ofTag(String tag) {
        for (BackupReason r : values()) {
            if (r.tag.equals(tag)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
