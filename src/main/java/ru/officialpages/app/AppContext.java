package ru.officialpages.app;

import java.time.LocalDateTime;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import ru.officialpages.demo.DemoData;
import ru.officialpages.i18n.Tr;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.BackupReason;
import ru.officialpages.storage.BackupSettingsFile;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.SqliteNativeLibrary;
import ru.officialpages.storage.StorageException;

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
    private final ru.officialpages.storage.DictionaryRepository dictionary;
    private final Backups backups;
    private final ru.officialpages.storage.ModerationRepository moderation;
    private final ru.officialpages.storage.MessageRepository messages;
    private final ru.officialpages.storage.ReportRepository reports;
    private final ru.officialpages.storage.DataTransfer transfer;
    private final ru.officialpages.desk.Desks desks;
    /** Set by {@link #connect}: the district's server, with the password the user gave. */
    private ru.officialpages.storage.ServerAddress server;
    /** Set by {@link #connect}: the login is a district coordinator's (issue 19 item 6). */
    private boolean coordinator;

    private AppContext(DataFolder folder, Database database, Backups backups) {
        this.folder = folder;
        this.database = database;
        this.backups = backups;
        this.settings = new SettingsRepository(database);
        this.organizations = new OrganizationRepository(database);
        this.networks = new NetworkRepository(database);
        this.pages = new PageRepository(database);
        this.posts = new PostRepository(database);
        this.calendar = new CalendarRepository(database, BuiltInCalendars.load());
        // The office's clock, handed to storage that records "when" (storage reads no clock itself).
        this.plan = new PlanRepository(database, java.time.Clock.systemDefaultZone());
        this.dictionary = new ru.officialpages.storage.DictionaryRepository(database);
        this.moderation = new ru.officialpages.storage.ModerationRepository(database);
        this.messages = new ru.officialpages.storage.MessageRepository(database);
        this.reports = new ru.officialpages.storage.ReportRepository(database);
        this.transfer = new ru.officialpages.storage.DataTransfer(database);
        this.desks = ru.officialpages.desk.Desks.over(settings, calendar, pages, organizations, networks, posts, plan,
                messages, moderation);
        this.demo = new DemoData(settings, organizations, pages, posts, plan, moderation, messages);
    }

    /**
     * Opens the data folder's database; the folder must have been prepared. An existing file is
     * copied to the backups folder before a new version of the program changes its structure.
     */
    public static AppContext open(DataFolder folder) {
        return open(folder, Database::open);
    }

    /**
     * As {@link #open}, for the window: the file's quick check is left until the window is up
     * ({@link #startCheck()}); writes wait for it.
     */
    public static AppContext openChecking(DataFolder folder) {
        return open(folder, Database::openChecking);
    }

    private static AppContext open(DataFolder folder,
            java.util.function.BiFunction<java.nio.file.Path, Database.BeforeMigration, Database> opener) {
        SqliteNativeLibrary.keepIn(folder.nativeLibraries());
        Backups backups = backupsOf(folder);
        Database db = opener.apply(folder.database(),
                existing -> {
                    Backups.refuseForeign(existing);
                    backups.create(BackupReason.BEFORE_UPDATE, LocalDateTime.now());
                });
        return new AppContext(folder, db, backups);
    }

    /**
     * Connects to a district's PostgreSQL server ({@code --db}, issue 19); the data folder keeps only
     * the log. The same repositories and desks as over a file.
     */
    public static AppContext connect(DataFolder folder, ru.officialpages.storage.ServerAddress server) {
        AppContext ctx = new AppContext(folder, Database.connect(server), backupsOf(folder));
        ctx.server = server;
        try {
            ctx.coordinator = ctx.district().coordinatorLogin();
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        return ctx;
    }

    /** True when connected ({@link #connect}) with a district coordinator's login: reads every settlement, changes none. */
    public boolean coordinator() {
        return coordinator;
    }

    /** The district's server this context is connected to ({@link #connect}); empty over the folder's file. */
    public Optional<ru.officialpages.storage.ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** The district's administration; only on a server. */
    public ru.officialpages.desk.DistrictDesk district() {
        return new ru.officialpages.desk.DistrictDesk(new ru.officialpages.storage.District(database),
                new ru.officialpages.storage.DistrictWeek(database), java.time.Clock.systemDefaultZone());
    }

    /** Runs the file's full quick check now (unless it ran since opening): before a backup or restore. */
    public void checkFully() {
        database.checkFully();
    }

    /** Starts the file's quick check left for later by {@link #openChecking}; completes when it is done. */
    public java.util.concurrent.CompletionStage<Void> startCheck() {
        return database.startCheck();
    }

    /** The folder's copies, without opening the database: the way back when it is damaged. */
    public static Backups backupsOf(DataFolder folder) {
        return new Backups(folder.database(), new BackupSettingsFile(folder.path()));
    }

    /**
     * The first start of a day that may change data makes the day's copy. A copy that fails must not
     * keep the user from working: the warning comes back to be shown, the cause goes to the log.
     */
    public Optional<String> dailyBackup(LocalDateTime now) {
        try {
            // A copy of a damaged file would push a sound one out of the rotation: the full check runs
            // before it, though commands no longer run it every time (issue 20). The same test as
            // Backups.dailyIfDue, so that the check is paid only when a copy is made.
            database.awaitSound();
            boolean due = java.nio.file.Files.exists(database.file()) && backups.list().stream()
                    .noneMatch(c -> c.madeAt().toLocalDate().equals(now.toLocalDate()));
            if (due) {
                database.checkFully();
                backups.dailyIfDue(now);
            }
            return Optional.empty();
        } catch (StorageException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Daily backup failed", e);
            return Optional.of(Tr.tr("backup.cli.daily.failed", ru.officialpages.desk.Refusals.russian(e)));
        }
    }

    /** The clerk's desks: what the screens and the commands call (docs/decisions/desks-use-case-layer.md). */
    public ru.officialpages.desk.Desks desks() {
        return desks;
    }

    public DataFolder folder() {
        return folder;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public ru.officialpages.storage.DictionaryRepository dictionary() {
        return dictionary;
    }

    /**
     * The VK/Telegram sync over this run's desks (issue 17), reading with the data folder's key or the
     * environment's {@code OFFICIAL_PAGES_VK_TOKEN}. Each call makes its own connections (and pace): the
     * window keeps the one it made.
     */
    public ru.officialpages.desk.SocialSync socialSync(java.util.Map<String, String> env) {
        return ru.officialpages.desk.SocialSync.over(desks, new ru.officialpages.storage.SyncedRepository(database),
                ru.officialpages.desk.SocialConnections.inFolder(folder.path(), env));
    }

    /** As {@link #socialSync(java.util.Map)} with connections made elsewhere (the window's one pace). */
    public ru.officialpages.desk.SocialSync socialSync(ru.officialpages.desk.SocialConnections social) {
        return ru.officialpages.desk.SocialSync.over(desks, new ru.officialpages.storage.SyncedRepository(database), social);
    }

    public DemoData demo() {
        return demo;
    }

    /** The report desk over this database: the Отчёты screen and the {@code report} commands. */
    public ru.officialpages.desk.ReportDesk reportDesk() {
        return new ru.officialpages.desk.ReportDesk(reports, settings, calendar, networks);
    }

    /** The whole data out to a workbook and into an empty database, as the screens and commands use it. */
    public ru.officialpages.desk.Transfer transferDesk() {
        return new ru.officialpages.desk.Transfer(transfer, ru.officialpages.cli.Cli.version(), desks.changes());
    }

    /** The folder's copies, without a sound check of their own (the window's file checks itself). */
    public ru.officialpages.desk.Copies copies() {
        return new ru.officialpages.desk.Copies(backups);
    }

    /** The example settlement over this folder's data: opened only on an example folder (issue 16 item 5). */
    public ru.officialpages.desk.Example example() {
        return new ru.officialpages.desk.Example(folder.path(), demo, this::largeDemo, desks.changes());
    }

    /** The district after five years (issue 10); made when asked, as only {@code demo --size large} needs it. */
    public ru.officialpages.demo.LargeDemo largeDemo() {
        return new ru.officialpages.demo.LargeDemo(new ru.officialpages.storage.BulkLoad(database), settings,
                calendar.workingTime());
    }

    @Override
    public void close() {
        database.close();
    }
}
