package ru.officialpages.report;

import java.util.HashMap;
import java.util.Map;
import ru.officialpages.storage.CalendarRepository;
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
}
