package ru.officialpages.storage;

/** Citizens' messages and the steps of their course (V9). */
public final class MessageRepository {
    private final Database db;

    public MessageRepository(Database db) {
        this.db = db;
    }
}
