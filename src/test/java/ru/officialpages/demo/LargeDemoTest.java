package ru.officialpages.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.BulkLoad;
import ru.officialpages.storage.BulkLoad.Table;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;

/** The large demonstration at a thousandth of its size: the same code, a few hundred rows. */
class LargeDemoTest {
    private static final LargeDemo.Size SMALL = LargeDemo.Size.LARGE.dividedBy(1000);

    @TempDir
    Path dir;

    private static LargeDemo demo(Database db) {
        return new LargeDemo(new BulkLoad(db), new SettingsRepository(db),
                new CalendarRepository(db, BuiltInCalendars.load()).workingTime());
    }

    /** Issue 21, failure 6: a demo stopped halfway leaves nothing of itself, and the same command then succeeds. */
    @Test
    void aDemoStoppedHalfwayLeavesTheDatabaseEmptyAndCanBeRedone() {
        try (Database db = Database.open(dir.resolve("stopped.db"))) {
            int[] tables = {0};
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> demo(db).load(SMALL, (table, rows, millis) -> {
                if (++tables[0] == 5) {
                    throw new IllegalStateException("killed");
                }
            })).hasRootCauseMessage("killed");
            BulkLoad bulk = new BulkLoad(db);
            assertThat(bulk.isEmpty()).isTrue();
            for (Table t : Table.values()) {
                assertThat(bulk.count(t)).as(t.name()).isZero();
            }
            demo(db).load(SMALL, (table, rows, millis) -> { });
            assertThat(bulk.count(Table.POST)).isEqualTo(300);
        }
    }

    @Test
    void fillsEveryTableWithTheAskedCountsAndValidReferences() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Map<Table, Integer> told = new EnumMap<>(Table.class);
            demo(db).load(SMALL, (table, rows, millis) -> told.put(table, rows));

            BulkLoad bulk = new BulkLoad(db);
            assertThat(told).containsOnlyKeys(Table.values());
            assertThat(bulk.count(Table.ORGANIZATION)).isEqualTo(SMALL.organizations()).isEqualTo(told.get(Table.ORGANIZATION));
            assertThat(bulk.count(Table.PAGE)).isEqualTo(SMALL.pages());
            assertThat(bulk.count(Table.POST)).isEqualTo(300);
            assertThat(bulk.count(Table.PLAN_ITEM)).isEqualTo(100);
            assertThat(bulk.count(Table.MODERATION_RECORD)).isEqualTo(200);
            assertThat(bulk.count(Table.MESSAGE)).isEqualTo(50);
            assertThat(bulk.count(Table.BLACKLIST_ENTRY)).isEqualTo(5);
            // Pages renamed keep their old address; rounds cover the working days; messages have their course.
            assertThat(bulk.count(Table.PAGE_ADDRESS)).isGreaterThan(SMALL.pages());
            assertThat(bulk.count(Table.MODERATION_ROUND)).isGreaterThan(SMALL.pages() * 500);
            assertThat(bulk.count(Table.MESSAGE_STEP)).isGreaterThan(50);
            assertThat(bulk.count(Table.MODERATION_GROUND)).isGreaterThan(50);
            assertThat(bulk.foreignKeyProblems()).isEmpty();

            // What the program's own repositories read back from it.
            assertThat(new SettingsRepository(db).load().setupDone()).isTrue();
            assertThat(new OrganizationRepository(db).all()).extracting(Organization::kind)
                    .contains(OrganizationKind.ADMINISTRATION, OrganizationKind.HEAD, OrganizationKind.INSTITUTION);
            PageRepository pages = new PageRepository(db);
            assertThat(pages.all()).hasSize(SMALL.pages()).extracting(Page::createdOn)
                    .allMatch(d -> !d.isBefore(LargeDemo.FIRST_DAY));
            assertThat(pages.addresses(1)).hasSize(2);
            PostRepository posts = new PostRepository(db);
            assertThat(posts.count(PostFilter.ALL)).isEqualTo(300);
            assertThat(posts.between(LargeDemo.FIRST_DAY.atStartOfDay(), LargeDemo.LAST_DAY.plusDays(1).atStartOfDay()))
                    .hasSize(300);
        }
    }

    @Test
    void theSameRowsEveryTime() {
        try (Database a = Database.open(dir.resolve("a.db")); Database b = Database.open(dir.resolve("b.db"))) {
            demo(a).load(SMALL, (t, r, m) -> { });
            demo(b).load(SMALL, (t, r, m) -> { });
            String hash = new BulkLoad(a).contentHash();
            assertThat(hash).hasSize(64).isEqualTo(new BulkLoad(b).contentHash());
        }
    }

    @Test
    void refusesADatabaseThatHasData() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            LargeDemo demo = demo(db);
            assertThat(demo.canLoad()).isTrue();
            new DemoData(new SettingsRepository(db), new OrganizationRepository(db), new PageRepository(db),
                    new PostRepository(db), new ru.officialpages.storage.PlanRepository(db, java.time.Clock.systemDefaultZone()),
                    new ru.officialpages.storage.ModerationRepository(db), new ru.officialpages.storage.MessageRepository(db))
                    .load(LocalDate.of(2026, 11, 23));
            String before = new BulkLoad(db).contentHash();

            assertThat(demo.canLoad()).isFalse();
            assertThatThrownBy(() -> demo.load(SMALL, (t, r, m) -> { })).isInstanceOf(IllegalStateException.class);
            assertThat(new BulkLoad(db).contentHash()).isEqualTo(before);
        }
    }
}
