package ru.officialpages.app;

import ru.officialpages.demo.DemoData;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/** The parts of the program wired together by hand; made once per run and closed at exit. */
public final class AppContext implements AutoCloseable {
    private final DataFolder folder;
    private final Database database;
    private final SettingsRepository settings;
    private final OrganizationRepository organizations;
    private final NetworkRepository networks;
    private final PageRepository pages;
    private final PostRepository posts;
    private final DemoData demo;
    private final CalendarRepository calendar;
    private final PlanRepository plan;

    private AppContext(DataFolder folder, Database database) {
        this.folder = folder;
        this.database = database;
        this.settings = new SettingsRepository(database);
        this.organizations = new OrganizationRepository(database);
        this.networks = new NetworkRepository(database);
        this.pages = new PageRepository(database);
        this.posts = new PostRepository(database);
        this.demo = new DemoData(settings, organizations, pages, posts);
        this.calendar = new CalendarRepository(database, BuiltInCalendars.load());
        this.plan = new PlanRepository(database);
    }

    /** Opens the data folder's database; the folder must have been prepared. */
    public static AppContext open(DataFolder folder) {
        return new AppContext(folder, Database.open(folder.database()));
    }

    public DataFolder folder() {
        return folder;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public OrganizationRepository organizations() {
        return organizations;
    }

    public NetworkRepository networks() {
        return networks;
    }

    public PageRepository pages() {
        return pages;
    }

    public PostRepository posts() {
        return posts;
    }

    public PlanRepository plan() {
        return plan;
    }

    public CalendarRepository calendar() {
        return calendar;
    }

    public DemoData demo() {
        return demo;
    }

    @Override
    public void close() {
        database.close();
    }
}
