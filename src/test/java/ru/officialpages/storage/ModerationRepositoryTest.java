package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RoundCheck;

/** Moderation records, the blacklist and the round on a real SQLite file. */
/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class ModerationRepositoryTest {
    @Parameter
    Engine engine;
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 20, 14, 5);
    @TempDir
    Path dir;
    private Database db;
    private ModerationRepository repo;
    private Page vk;
    private Page ok;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        repo = new ModerationRepository(db);
        Organization o = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        vk = new PageRepository(db).add(new Page(0, o.id(), Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));
        ok = new PageRepository(db).add(new Page(0, o.id(), Network.OK, "https://ok.ru/group/1", LocalDate.of(2025, 1, 1), null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ModerationRecord record(long page, LocalDateTime at, String author, String link, String text,
            ModerationAction action, DeletionGround... grounds) {
        return new ModerationRecord(0, page, at, author, link, text, Set.of(grounds), action, "", at.plusMinutes(3));
    }

    @Test
    void filtersPageAndCountNewestFirst() {
        List<ModerationRecord> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(record(i % 3 == 0 ? ok.id() : vk.id(), T.minusHours(i), "Автор " + i, "", "Комментарий номер " + i,
                    i % 5 == 0 ? ModerationAction.LEFT : ModerationAction.DELETED,
                    i % 2 == 0 ? DeletionGround.SPAM : DeletionGround.OFF_TOPIC));
        }
        many.add(record(vk.id(), T.plusDays(1), "Пётр Ёлкин", "https://vk.com/id77", "Реклама: ПРОДАМ гараж",
                ModerationAction.DELETED, DeletionGround.ADVERTISING, DeletionGround.SPAM));
        assertThat(repo.addAll(many)).isEqualTo(451);

        assertThat(repo.countRecords()).isEqualTo(451);
        List<ModerationEntry> first = repo.slice(ModerationFilter.ALL, 0, 200);
        assertThat(first).hasSize(200);
        assertThat(first.get(0).record().authorName()).isEqualTo("Пётр Ёлкин");
        assertThat(first.get(0).record().grounds()).containsExactlyInAnyOrder(DeletionGround.ADVERTISING, DeletionGround.SPAM);
        assertThat(first.get(0).organizationName()).isEqualTo("Администрация");
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).record().noticedAt()).isBeforeOrEqualTo(first.get(i - 1).record().noticedAt());
        }
        assertThat(repo.slice(ModerationFilter.ALL, 400, 200)).hasSize(51);

        assertThat(repo.count(new ModerationFilter(ok.id(), null, null, null, null, ""))).isEqualTo(150);
        assertThat(repo.count(new ModerationFilter(null, null, null, DeletionGround.ADVERTISING, null, ""))).isEqualTo(1);
        assertThat(repo.count(new ModerationFilter(null, null, null, DeletionGround.SPAM, null, ""))).isEqualTo(226);
        assertThat(repo.count(new ModerationFilter(null, null, null, null, ModerationAction.LEFT, ""))).isEqualTo(90);
        assertThat(repo.count(new ModerationFilter(null, T.toLocalDate(), T.toLocalDate(), null, null, ""))).isEqualTo(15);
        // Any case, ё as е, in the text or the author.
        assertThat(repo.slice(new ModerationFilter(null, null, null, null, null, "продам"), 0, 10)).hasSize(1);
        assertThat(repo.count(new ModerationFilter(null, null, null, null, null, "елкин"))).isEqualTo(1);
        assertThat(repo.count(new ModerationFilter(vk.id(), null, null, DeletionGround.SPAM, ModerationAction.DELETED,
                "комментарий"))).isPositive();
    }

    @Test
    void blacklistingListsTheAuthorInTheSameTransactionAndRecognisesThemAgain() {
        ModerationRepository.Saved saved = repo.add(record(vk.id(), T, "Иван Сидоров", "https://m.vk.com/id123456/",
                "мат", ModerationAction.BLACKLISTED, DeletionGround.OBSCENE_LANGUAGE));
        assertThat(saved.entry()).isNotNull();
        assertThat(saved.entry().since()).isEqualTo(T.toLocalDate());
        assertThat(saved.entry().recordId()).isEqualTo(saved.record().id());
        List<BlacklistListing> list = repo.blacklist("", false, T.toLocalDate());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).entry().grounds()).containsExactly(DeletionGround.OBSCENE_LANGUAGE);

        LocalDate later = T.toLocalDate().plusDays(3);
        // The same profile written another way, and the same name without a link.
        assertThat(repo.listed("", "vk.com/id123456", later)).hasSize(1);
        assertThat(repo.listed("ИВАН  сидоров", "", later)).hasSize(1);
        // A different link with the same name is another person.
        assertThat(repo.listed("Иван Сидоров", "https://vk.com/id999", later)).isEmpty();
        assertThat(repo.listed("Пётр", "", later)).isEmpty();
        // A name-only entry is found by name when the new record also has a link.
        repo.add(record(ok.id(), T, "Фёдор Ёжиков", "", "реклама", ModerationAction.RESTRICTED, DeletionGround.ADVERTISING));
        assertThat(repo.listed("федор ежиков", "https://ok.ru/profile/5", later)).hasSize(1);
        assertThat(repo.blacklist("ежиков", false, later)).hasSize(1);
        assertThat(repo.blacklist("id123456", false, later)).hasSize(1);

        // Taken off: no longer recognised, still in the history.
        repo.takeOff(list.get(0).entry().id(), later);
        assertThat(repo.listed("", "vk.com/id123456", later)).isEmpty();
        assertThat(repo.listed("", "vk.com/id123456", later.minusDays(1))).hasSize(1);
        assertThat(repo.blacklist("", false, later)).hasSize(1);
        assertThat(repo.blacklist("", true, later)).hasSize(2);

        // Listed already on that page: a second blacklisting record adds no second entry.
        assertThat(repo.add(record(ok.id(), T.plusDays(1), "Фёдор Ёжиков", "", "опять", ModerationAction.RESTRICTED,
                DeletionGround.SPAM)).entry()).isNull();
        assertThat(repo.blacklist("ежиков", true, later)).hasSize(1);

        // A plain deletion lists nobody.
        assertThat(repo.add(record(vk.id(), T, "Кто-то", "", "спам", ModerationAction.DELETED, DeletionGround.SPAM)).entry()).isNull();
        assertThat(repo.blacklistSize()).isEqualTo(2);
    }

    @Test
    void aFailedBlacklistingLeavesNoRecordEither() {
        // A page that does not exist: the blacklist entry's foreign key fails, the record goes too.
        ModerationRecord bad = record(99_999, T, "Иван", "", "мат", ModerationAction.BLACKLISTED, DeletionGround.OBSCENE_LANGUAGE);
        assertThatThrownBy(() -> repo.add(bad)).isInstanceOf(StorageException.class);
        assertThat(repo.countRecords()).isZero();
        assertThat(repo.blacklistSize()).isZero();

        // In a batch, one bad record refuses all.
        assertThatThrownBy(() -> repo.addAll(List.of(
                record(vk.id(), T, "А", "", "", ModerationAction.BLACKLISTED, DeletionGround.SPAM), bad)))
                .isInstanceOf(StorageException.class);
        assertThat(repo.countRecords()).isZero();
        assertThat(repo.blacklistSize()).isZero();
    }

    @Test
    void deletingARecordTakesItsEntryAndUndoPutsBothBack() {
        ModerationRepository.Saved saved = repo.add(record(vk.id(), T, "Иван", "vk.com/id5", "мат",
                ModerationAction.BLACKLISTED, DeletionGround.OBSCENE_LANGUAGE, DeletionGround.INSULT));
        ModerationRepository.Deleted gone = repo.delete(saved.record().id());
        assertThat(repo.countRecords()).isZero();
        assertThat(repo.blacklistSize()).isZero();
        repo.restore(gone);
        List<ModerationEntry> back = repo.slice(ModerationFilter.ALL, 0, 10);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).record()).isEqualTo(saved.record());
        assertThat(repo.blacklist("", false, T.toLocalDate()).get(0).entry()).isEqualTo(saved.entry());
    }

    @Test
    void theRoundKeepsTheTimeOfEachCheck() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        repo.check(vk.id(), day, day.atTime(9, 40));
        repo.check(ok.id(), day, day.atTime(9, 45));
        repo.check(ok.id(), day, day.atTime(11, 0));
        assertThat(repo.checkedOn(day)).containsEntry(vk.id(), day.atTime(9, 40)).containsEntry(ok.id(), day.atTime(11, 0));
        repo.uncheck(vk.id(), day);
        assertThat(repo.checkedOn(day)).containsOnlyKeys(ok.id());
        repo.checkAll(List.of(new RoundCheck(vk.id(), day.minusDays(3).atTime(10, 0)),
                new RoundCheck(vk.id(), day.minusDays(4).atTime(10, 0))));
        assertThat(repo.rounds(day.minusDays(7), day)).containsOnlyKeys(day.minusDays(4), day.minusDays(3), day);
    }
}
