package ru.officialpages.desk;

import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/** The desks over a test's database, as the entry point makes them. */
public final class TestDesks {
    private TestDesks() {
    }

    public static Desks over(Database db) {
        return Desks.over(new SettingsRepository(db), new CalendarRepository(db, BuiltInCalendars.load()),
                new PageRepository(db), new OrganizationRepository(db), new NetworkRepository(db), new PostRepository(db),
                new PlanRepository(db, java.time.Clock.systemDefaultZone()), new MessageRepository(db), new ModerationRepository(db));
    }
}
