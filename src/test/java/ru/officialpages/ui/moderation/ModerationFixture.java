package ru.officialpages.ui.moderation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SyncedRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/**
 * Модерация's view models on a real SQLite file, run at once in the calling thread (no JavaFX
 * toolkit): a settlement on the Иштан preset with a VK and an OK page, today 23.11.2026 10:00.
 */
final class ModerationFixture implements AutoCloseable {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    /** "заебали" with a Latin "a": the checks must see through it. */
    static final String OBSCENE = "Когда уже починят дорогу, заеб\u0061ли обещаниями";
    final Database db;
    final Desks desks;
    final Page vk;
    final Page ok;
    final ModerationViewModel vm;
    final SyncedRepository synced;

    ModerationFixture(Path dir) {
        db = Database.open(dir.resolve("official-pages.db"));
        desks = TestDesks.over(db);
        desks.office().save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "", NormPreset.ISHTAN,
                NormPreset.ISHTAN.norms(), 3, false, true));
        Organization admin = desks.pages().saveOrganization(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        vk = desks.pages().add(new Page(0, admin.id(), Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 20),
                null, null));
        ok = desks.pages().add(new Page(0, admin.id(), Network.OK, "https://ok.ru/group/70000001",
                LocalDate.of(2025, 1, 20), null, null));
        synced = new SyncedRepository(db);
        vm = new ModerationViewModel(desks, new DirectTaskExecutor(TestDialogs.failing()),
                Clock.fixed(NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    ModerationRecord record(String author, ModerationAction action, DeletionGround... grounds) {
        return desks.moderation().add(new ModerationRecord(0, vk.id(), NOW.minusDays(2), author, "https://vk.com/" + author.length(),
                "Комментарий " + author, Set.of(grounds), action, "", NOW.minusDays(2))).record();
    }

    /** A comment with a reply on one VK post, read an hour and half an hour ago. */
    void syncTwoComments() {
        String post = "https://vk.com/wall-210001_5";
        synced.saveComments(vk.id(), List.of(
                new SyncedComment.Read("-210001_5_1", null, post, post + "?reply=1", "Иван Сидоров", "https://vk.com/id501",
                        NOW.minusHours(1), OBSCENE),
                new SyncedComment.Read("-210001_5_2", "-210001_5_1", post, post + "?reply=2&thread=1", "Мария",
                        "https://vk.com/id502", NOW.minusMinutes(30), "Согласна, дорогу надо чинить")));
    }

    @Override
    public void close() {
        db.close();
    }
}
