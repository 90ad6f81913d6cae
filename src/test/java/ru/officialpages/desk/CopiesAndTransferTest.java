package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.demo.DemoData;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.rules.RetentionPolicy;
import ru.officialpages.storage.BackupSettingsFile;
import ru.officialpages.storage.Backups;
import ru.officialpages.storage.DamagedDatabaseException;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.storage.StorageException;

/** The desks of the data folder's copies, the full transfer and the example settlement, on real files. */
class CopiesAndTransferTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    @TempDir
    Path dir;

    private static DemoData demo(Database db) {
        SettingsRepository settings = new SettingsRepository(db);
        OrganizationRepository orgs = new OrganizationRepository(db);
        PageRepository pages = new PageRepository(db);
        PostRepository posts = new PostRepository(db);
        PlanRepository plan = new PlanRepository(db, java.time.Clock.systemDefaultZone());
        return new DemoData(settings, orgs, pages, posts, plan, new ModerationRepository(db), new MessageRepository(db));
    }

    private Backups backups(Path folder) {
        return new Backups(folder.resolve("official-pages.db"), new BackupSettingsFile(folder));
    }

    @Test
    void aCopyIsMadeOnlyAfterTheLiveFileIsFoundSound() {
        Database.open(dir.resolve("official-pages.db")).close();
        Copies damaged = new Copies(backups(dir), () -> {
            throw new DamagedDatabaseException(ru.officialpages.storage.StorageException.Failure.DAMAGED, dir.resolve("official-pages.db"));
        });
        assertThatThrownBy(() -> damaged.make(NOW)).isInstanceOf(DamagedDatabaseException.class);
        assertThatThrownBy(() -> damaged.exportTo(dir.resolve("копия.db"))).isInstanceOf(DamagedDatabaseException.class);
        assertThat(damaged.list()).isEmpty();
        assertThat(dir.resolve("копия.db")).doesNotExist();

        int[] checks = {0};
        Copies sound = new Copies(backups(dir)).checkedBy(() -> checks[0]++);
        Copies.Copy made = sound.make(NOW);
        assertThat(checks[0]).isEqualTo(1);
        assertThat(made.reason()).isEqualTo(Copies.Reason.MANUAL);
        assertThat(sound.list()).containsExactly(made);
        assertThat(sound.find(made.file())).contains(made);
        assertThat(sound.newestGood()).contains(made);
    }

    @Test
    void aNewPlaceKeepsFewerCopiesAtOnce() {
        Database.open(dir.resolve("official-pages.db")).close();
        Copies copies = new Copies(backups(dir));
        for (int d = 5; d >= 1; d--) {
            copies.make(NOW.minusDays(d));
        }
        assertThat(copies.place().folder()).isEqualTo(copies.defaultFolder());
        List<Copies.Copy> kept = copies.savePlace(new Copies.Place(dir.resolve("elsewhere"), new RetentionPolicy(2, 0, 0)),
                NOW.toLocalDate());
        // The old folder's copies stay where they are; the new folder starts empty and the policy holds there.
        assertThat(kept).isEmpty();
        assertThat(copies.place().retention().daily()).isEqualTo(2);
        assertThat(copies.folder()).isEqualTo(dir.resolve("elsewhere"));
    }

    @Test
    void aFileThatIsNotACopyIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Database.open(dir.resolve("official-pages.db")).close();
        byte[] before = Files.readAllBytes(dir.resolve("official-pages.db"));
        Path junk = Files.writeString(dir.resolve("junk.db"), "not a database");
        Copies copies = new Copies(backups(dir));
        assertThatThrownBy(() -> copies.checkRestorable(junk)).isInstanceOf(DeskException.class)
                .hasMessageContaining("junk.db");
        assertThatThrownBy(() -> copies.restore(junk, NOW)).isInstanceOf(DeskException.class).hasMessageContaining("Восстановление отменено");
        assertThat(Files.readAllBytes(dir.resolve("official-pages.db"))).isEqualTo(before);
    }

    @Test
    void theWholeDataGoesOutAndComesBackIntoAnEmptyDatabaseOnly() {
        Path out = dir.resolve("перенос.xlsx");
        long written;
        try (Database old = Database.open(dir.resolve("old.db"))) {
            demo(old).load(LocalDate.of(2026, 11, 23));
            Transfer transfer = new Transfer(new DataTransfer(old), "1.0-test", new Changes());
            assertThat(transfer.canLoad()).isFalse();
            written = transfer.exportAll(out, NOW, WriteProgress.NONE);
            assertThat(written).isPositive();
            assertThatThrownBy(() -> transfer.loadAll(out, n -> { })).isInstanceOf(DeskException.class)
                    .hasMessageContaining("только в пустую базу");
        }
        try (Database fresh = Database.open(dir.resolve("new.db"))) {
            Changes changes = new Changes();
            List<Set<Change>> heard = new ArrayList<>();
            Changes.Listener listener = heard::add;
            changes.subscribe(EnumSet.of(Change.PAGES), listener);
            Transfer transfer = new Transfer(new DataTransfer(fresh), "1.0-test", changes);
            assertThat(transfer.canLoad()).isTrue();
            long loaded = transfer.loadAll(out, n -> { });
            assertThat(loaded).isEqualTo(written);
            assertThat(transfer.canLoad()).isFalse();
            assertThat(heard).containsExactly(EnumSet.of(Change.ALL));
            assertThat(new PageRepository(fresh).all()).hasSize(7);
        }
    }

    @Test
    void theExampleIsLoadedOnceAndEveryScreenHearsOfIt() {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            Changes changes = new Changes();
            List<Set<Change>> heard = new ArrayList<>();
            Changes.Listener listener = heard::add;
            changes.subscribe(EnumSet.of(Change.POSTS), listener);
            Example example = new Example(dir, demo(db), () -> {
                throw new AssertionError("the large example is not asked for");
            }, changes);
            assertThat(example.folder()).isEqualTo(dir);
            assertThat(example.canLoad()).isTrue();
            Example.Loaded loaded = example.load(LocalDate.of(2026, 11, 23));
            assertThat(loaded.organizations()).isEqualTo(4);
            assertThat(loaded.pages()).isEqualTo(7);
            assertThat(heard).containsExactly(EnumSet.of(Change.ALL));
            assertThat(example.canLoad()).isFalse();
            assertThatThrownBy(() -> example.load(LocalDate.of(2026, 11, 23))).isInstanceOf(IllegalStateException.class);
        }
    }
}
