package ru.officialpages.report;

import java.util.HashMap;
import java.util.Map;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.ReportRepository;
import ru.officialpages.storage.SettingsRepository;

/** The weekly reports over a test database, wired as the report desk wires them. */
final class TestReports {
    private TestReports() {
    }

    static WeeklyReports from(ReportRepository repository, SettingsRepository settings, CalendarRepository calendar,
            NetworkRepository networks) {
        Map<String, String> names = new HashMap<>();
        networks.all().forEach(n -> names.put(n.code(), n.name()));
        return WeeklyReports.from(repository, settings.load(), calendar.workingTime(), names);
    }

    /** The weekly reports over {@code db}'s own repositories and the built-in calendars. */
    static WeeklyReports over(Database db) {
        return from(new ReportRepository(db), new SettingsRepository(db), new CalendarRepository(db, BuiltInCalendars.load()),
                new NetworkRepository(db));
    }

    /** The report tests' settlement, saved, with the head and the clerk named for the signature block. */
    static SettingsRepository signedSettlement(Database db) {
        SettingsRepository settings = new SettingsRepository(db);
        settings.save(new Settings("Берёзовское сельское поселение", "Иванов С. П.", "Глава", "Петрова А. В.",
                "ведущий специалист", NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        return settings;
    }
}
