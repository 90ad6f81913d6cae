package ru.officialpages.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.connect.FakeTimer;
import ru.officialpages.connect.StandIn;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.SocialConnections;
import ru.officialpages.desk.SocialSync;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.PlatformKeyFile;
import ru.officialpages.storage.SyncedRepository;

/** The window's sync model without a stage: its UI thread is a queue the test drains. */
class SyncViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    @TempDir
    Path dir;
    private final StandIn vk = new StandIn();
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final List<Duration> scheduled = new ArrayList<>();
    private Preferences prefs;
    private Database db;
    private Desks desks;
    private Page town;

    @BeforeEach
    void open() {
        prefs = Preferences.userRoot().node("ru/officialpages/test-" + UUID.randomUUID());
        db = Database.open(dir.resolve("official-pages.db"));
        desks = TestDesks.over(db);
        Organization admin = desks.pages().saveOrganization(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        town = desks.pages().add(new Page(0, admin.id(), Network.VK, "https://vk.com/adm_town", LocalDate.of(2025, 1, 1),
                null, null));
        vk.vk("utils.resolveScreenName", "utils.resolveScreenName.json");
        vk.vkWhen("wall.get", "offset", "0", "wall.get-page1.json");
        vk.vkWhen("wall.get", "offset", "100", "wall.get-page2.json");
        vk.vk("wall.getComments", "{\"response\":{\"count\":0,\"items\":[],\"profiles\":[],\"groups\":[]}}");
    }

    @AfterEach
    void close() throws Exception {
        vk.close();
        db.close();
        prefs.removeNode();
    }

    private SyncViewModel model() {
        SocialConnections social = new SocialConnections(new PlatformKeyFile(dir), Map.of("OFFICIAL_PAGES_VK_API",
                vk.base(), "OFFICIAL_PAGES_VK_TOKEN", "0123456789abcdef0123456789"), () -> NOW, ZoneId.of("Europe/Moscow"),
                new FakeTimer());
        SocialSync sync = new SocialSync(desks.pages(), desks.posts(), desks.plan(), new SyncedRepository(db), social,
                desks.changes(), () -> NOW);
        return new SyncViewModel(sync, uiQueue::add, prefs, (period, job) -> {
            scheduled.add(period);
            return () -> scheduled.remove(period);
        }, () -> NOW);
    }

    /** Runs what the sync handed to the UI thread until {@code done} holds. */
    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!done.getAsBoolean()) {
            Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            assertThat(System.nanoTime()).as("the sync finished in time").isLessThan(end);
        }
    }

    @Test
    void aRunSaysHowItWentAndOffersThePlanWhichOneClickMarks() throws Exception {
        PlanItem item = desks.plan().save(new PlanItem(0, LocalDate.of(2026, 12, 6), null, List.of(town.id()),
                "Итоги недели", "", PostFormat.TEXT, "", PlanStatus.PLANNED, null));
        try (SyncViewModel vm = model()) {
            vm.start();
            assertThat(vm.runningProperty().get()).isTrue();
            vm.start(); // a second press while running starts nothing more
            drainUntil(() -> !vm.runningProperty().get());
            assertThat(vm.statusProperty().get()).isEqualTo(
                    "Обновлено в 10:00: новых записей 112, обновлено 0, новых комментариев 0.");
            assertThat(vm.detailsProperty().get()).contains("https://vk.com/adm_town: новых записей 112");
            assertThat(vm.failedProperty().get()).isFalse();
            assertThat(vk.requests("wall.get")).hasSize(2);
            assertThat(vm.planOffersProperty().get()).isEqualTo(1);

            vm.markPlan();
            assertThat(vm.planOffersProperty().get()).isZero();
            drainUntil(() -> vm.statusProperty().get().startsWith("Отмечено опубликованными"));
            assertThat(desks.plan().between(item.day(), item.day())).filteredOn(i -> i.id() == item.id())
                    .singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(PlanStatus.PUBLISHED));
        }
    }

    @Test
    void thePeriodIsKeptInThePreferencesAndSchedulesTheRuns() {
        try (SyncViewModel vm = model()) {
            assertThat(scheduled).isEmpty();
            vm.periodMinutesProperty().set(45);
            assertThat(scheduled).containsExactly(Duration.ofMinutes(45));
            vm.periodMinutesProperty().set(0);
            assertThat(scheduled).isEmpty();
            vm.periodMinutesProperty().set(60);
        }
        assertThat(scheduled).as("closing the window stops the timer").isEmpty();
        try (SyncViewModel again = model()) {
            assertThat(again.periodMinutesProperty().get()).isEqualTo(60);
            assertThat(scheduled).containsExactly(Duration.ofMinutes(60));
        }
    }
}
