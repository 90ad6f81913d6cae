package ru.officialpages.storage;

/** Moderation records, their grounds, the blacklist and the daily round (V8). */
public final class ModerationRepository {
    private final Database db;

    public ModerationRepository(Database db) {
        this.db = db;
    }
}
