package ru.officialpages.storage;

/** The figures of the weekly and period reports, aggregated in SQL. */
public final class ReportRepository {
    private final Database db;

    public ReportRepository(Database db) {
        this.db = db;
    }
}
