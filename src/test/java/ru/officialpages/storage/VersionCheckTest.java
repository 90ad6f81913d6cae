package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.rules.OfficeHours;
import ru.officialpages.rules.TestCalendars;
import ru.officialpages.rules.WorkingTime;

/**
 * Two specialists of one settlement at once on the district's server (issue 19 item 7): each opens the same
 * page, post, message and moderation record; the first saves, the second's save, made on the version it
 * opened, is refused whole instead of writing over the first one's change.
 */
class VersionCheckTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);
    private static final String PASSWORD = "пароль-123";
    private static final MessageDeadlines RULES =
            new MessageDeadlines(new WorkingTime(TestCalendars.standard(), OfficeHours.defaults()));
    private Database first;
    private Database second;

    @BeforeEach
    void setUp() {
        ServerAddress owner = TestServer.freshDatabase();
        String login = TestServer.newLogin("berezovka");
        try (Database admin = Database.connect(owner)) {
            District district = new District(admin);
            district.init("Кожевниковский район", NOW);
            district.addSettlement("Берёзовское сельское поселение", login, PASSWORD, NOW, Optional.empty());
        }
        first = Database.connect(owner.as(login, PASSWORD));
        second = Database.connect(owner.as(login, PASSWORD));
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private Page page() {
        Organization o = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
        return new PageRepository(first).add(new Page(0, o.id(), Network.VK, "https://vk.com/berezovka",
                LocalDate.of(2025, 1, 1), null, null));
    }

    @Test
    void theSecondSaveOfAPageOpenedBeforeTheFirstIsRefused() {
        Page page = page();
        PageRepository mine = new PageRepository(first);
        PageRepository theirs = new PageRepository(second);
        OptionalLong openedByMe = mine.version(page.id());
        OptionalLong openedByThem = theirs.version(page.id());
        assertThat(openedByThem).isEqualTo(openedByMe).isPresent();

        theirs.update(new Page(page.id(), page.organizationId(), page.networkCode(), page.address(), page.createdOn(), null, 5),
                openedByThem);
        assertThatThrownBy(() -> mine.update(new Page(page.id(), page.organizationId(), page.networkCode(), page.address(),
                page.createdOn(), null, 2), openedByMe))
                .isInstanceOf(ChangedMeanwhileException.class)
                .satisfies(e -> assertThat(((ChangedMeanwhileException) e).kind()).isEqualTo(RecordGoneException.Kind.PAGE));
        assertThat(mine.find(page.id()).orElseThrow().weeklyNorm()).isEqualTo(5);
        // The desk says it in Russian and lets the screen know to read the page again.
        assertThatThrownBy(() -> ru.officialpages.desk.Refusals.said(() -> mine.update(new Page(page.id(),
                page.organizationId(), page.networkCode(), page.address(), page.createdOn(), null, 2), openedByMe)))
                .isInstanceOf(ru.officialpages.desk.DeskException.class)
                .hasMessageStartingWith("Запись изменил другой пользователь")
                .satisfies(e -> assertThat(ru.officialpages.desk.Refusals.isChangedMeanwhile(e)).isTrue());
        // Read again, the edit goes through.
        mine.update(new Page(page.id(), page.organizationId(), page.networkCode(), page.address(), page.createdOn(), null, 2),
                mine.version(page.id()));
        assertThat(theirs.find(page.id()).orElseThrow().weeklyNorm()).isEqualTo(2);
    }

    @Test
    void aPostAMessageAndAModerationRecordAreRefusedTheSameWay() {
        Page page = page();
        Post post = new PostRepository(first).add(new Post(0, page.id(), LocalDateTime.of(2026, 12, 1, 10, 0),
                "https://vk.com/wall-1_1", PostFormat.PHOTO, "Ярмарка", "Свежий мёд"));
        OptionalLong postSeen = new PostRepository(first).version(post.id());
        new PostRepository(second).update(new Post(post.id(), page.id(), post.publishedAt(), post.url(), PostFormat.VIDEO,
                "Ярмарка в субботу", post.text()), new PostRepository(second).version(post.id()));
        assertThatThrownBy(() -> new PostRepository(first).update(new Post(post.id(), page.id(), post.publishedAt(),
                post.url(), PostFormat.TEXT, "Ярмарка", post.text()), postSeen)).isInstanceOf(ChangedMeanwhileException.class);

        MessageRepository messagesA = new MessageRepository(first);
        Message m = messagesA.add(Message.recorded(page.id(), Network.VK, "Иванов", "", "", "Когда вывезут мусор?",
                LocalDateTime.of(2026, 12, 3, 9, 0), Importance.ORDINARY, "ЖКХ", ""), RULES);
        OptionalLong messageSeen = messagesA.version(m.id());
        MessageRepository messagesB = new MessageRepository(second);
        messagesB.update(withTopic(m, "Мусор"), RULES, messagesB.version(m.id()));
        assertThatThrownBy(() -> messagesA.update(withTopic(m, "Дороги"), RULES, messageSeen))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(messagesA.find(m.id()).orElseThrow().topic()).isEqualTo("Мусор");

        ModerationRepository moderationA = new ModerationRepository(first);
        ModerationRecord r = moderationA.add(new ModerationRecord(0, page.id(), LocalDateTime.of(2026, 12, 2, 11, 0),
                "Спамер", "", "Купите", Set.of(DeletionGround.values()[0]), ModerationAction.values()[0], "", NOW)).record();
        OptionalLong recordSeen = moderationA.version(r.id());
        ModerationRepository moderationB = new ModerationRepository(second);
        moderationB.update(withNote(r, "удалено вторым"), moderationB.version(r.id()));
        assertThatThrownBy(() -> moderationA.update(withNote(r, "удалено первым"), recordSeen))
                .isInstanceOf(ChangedMeanwhileException.class);
        // A record deleted meanwhile is said as gone, not as changed.
        moderationB.delete(r.id());
        assertThatThrownBy(() -> moderationA.update(withNote(r, "ещё раз"), recordSeen)).isInstanceOf(RecordGoneException.class);
    }

    @Test
    void anAddressChangeOrDeletionOnAPageMovedMeanwhileIsRefused() {
        Page page = page();
        PageRepository mine = new PageRepository(first);
        PageRepository theirs = new PageRepository(second);
        OptionalLong openedByMe = mine.version(page.id());
        theirs.changeAddress(page.id(), "https://vk.com/berezovka_new", LocalDate.of(2026, 11, 1), theirs.version(page.id()));
        assertThatThrownBy(() -> mine.changeAddress(page.id(), "https://vk.com/berezovka_adm", LocalDate.of(2026, 12, 1),
                openedByMe)).isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> mine.delete(page.id(), LocalDate.of(2026, 12, 1), openedByMe))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.find(page.id()).orElseThrow()).satisfies(p -> {
            assertThat(p.address()).isEqualTo("https://vk.com/berezovka_new");
            assertThat(p.deletedOn()).isNull();
        });
        assertThat(mine.addresses(page.id())).hasSize(2);
        // Read again, it goes through.
        mine.changeAddress(page.id(), "https://vk.com/berezovka_adm", LocalDate.of(2026, 12, 1), mine.version(page.id()));
        assertThat(theirs.find(page.id()).orElseThrow().address()).isEqualTo("https://vk.com/berezovka_adm");
    }

    @Test
    void aStepOnAMessageAnotherUserMovedOnIsRefused() {
        Page page = page();
        MessageRepository mine = new MessageRepository(first);
        MessageRepository theirs = new MessageRepository(second);
        Message m = mine.add(Message.recorded(page.id(), Network.VK, "Иванов", "", "", "Когда вывезут мусор?",
                LocalDateTime.of(2026, 12, 3, 9, 0), Importance.ORDINARY, "ЖКХ", ""), RULES);
        mine.step(m.id(), ru.officialpages.domain.StepKind.SENT, LocalDateTime.of(2026, 12, 3, 9, 10), "", "", RULES);
        mine.step(m.id(), ru.officialpages.domain.StepKind.SUBMITTED, LocalDateTime.of(2026, 12, 3, 9, 20), "", "Вывезут", RULES);
        // Both see the draft at the curator; the other one returns it, then this one's «Согласовано» would agree
        // a draft that is no longer there.
        OptionalLong openedByMe = mine.version(m.id());
        theirs.step(m.id(), ru.officialpages.domain.StepKind.RETURNED, LocalDateTime.of(2026, 12, 3, 9, 30),
                ru.officialpages.domain.ReturnReason.values()[0].name(), "", RULES, theirs.version(m.id()));
        assertThatThrownBy(() -> mine.step(m.id(), ru.officialpages.domain.StepKind.AGREED, LocalDateTime.of(2026, 12, 3, 9, 35),
                "", "Вывезут", RULES, openedByMe)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.steps(m.id())).extracting(ru.officialpages.domain.MessageStep::kind).containsExactly(
                ru.officialpages.domain.StepKind.SENT, ru.officialpages.domain.StepKind.SUBMITTED,
                ru.officialpages.domain.StepKind.RETURNED);
        // A step is a change of the message: a correction opened before it is refused too.
        assertThatThrownBy(() -> mine.update(withTopic(m, "Дороги"), RULES, openedByMe)).isInstanceOf(ChangedMeanwhileException.class);

        // A step taken out, then another user's step: the undo would take theirs out with it, and is refused.
        OptionalLong now = mine.version(m.id());
        long returned = mine.steps(m.id()).get(2).id();
        MessageRepository.Rewritten taken = mine.rewriteCourse(m.id(),
                steps -> steps.stream().filter(x -> x.id() != returned).toList(), RULES, now);
        theirs.step(m.id(), ru.officialpages.domain.StepKind.AGREED, LocalDateTime.of(2026, 12, 3, 9, 40), "", "Вывезут", RULES,
                theirs.version(m.id()));
        assertThatThrownBy(() -> mine.rewriteCourse(m.id(), steps -> taken.before(), RULES, OptionalLong.of(taken.version())))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.steps(m.id())).extracting(ru.officialpages.domain.MessageStep::kind).endsWith(
                ru.officialpages.domain.StepKind.AGREED);
    }

    @Test
    void theSettlementsSettingsSavedOnAnOlderVersionAreRefusedInRussian() {
        SettingsRepository mine = new SettingsRepository(first);
        SettingsRepository theirs = new SettingsRepository(second);
        OptionalLong seenByMe = mine.version();
        ru.officialpages.domain.Settings shown = mine.load();
        theirs.save(withHead(shown, "Петров Олег Иванович"), theirs.version());
        assertThatThrownBy(() -> ru.officialpages.desk.Refusals.said(() -> {
            mine.save(withHead(shown, "Сидоров Павел Андреевич"), seenByMe);
            return null;
        })).isInstanceOf(ru.officialpages.desk.DeskException.class)
                .hasMessageStartingWith("Настройки изменил другой пользователь")
                .satisfies(e -> assertThat(ru.officialpages.desk.Refusals.isChangedMeanwhile(e)).isTrue());
        assertThat(mine.load().headName()).isEqualTo("Петров Олег Иванович");
        // The version is the settlement's own key: the second save, read again, goes through.
        mine.save(withHead(shown, "Сидоров Павел Андреевич"), mine.version());
        assertThat(theirs.load().headName()).isEqualTo("Сидоров Павел Андреевич");
    }

    private static ru.officialpages.domain.Settings withHead(ru.officialpages.domain.Settings s, String head) {
        return new ru.officialpages.domain.Settings(s.municipality(), head, s.headPosition(), s.preparerName(),
                s.preparerPosition(), s.preset(), s.norms(), s.coordinatorNoticeDays(), s.scaleNormByWorkingDays(), true);
    }

    private static Message withTopic(Message m, String topic) {
        return new Message(m.id(), m.pageId(), m.networkCode(), m.authorName(), m.authorLink(), m.link(), m.text(),
                m.detectedAt(), m.importance(), topic, m.executor(), m.stage(), m.sentAt(), m.interimAt(), m.finalAt(),
                m.closedAt(), m.noAnswerGround(), m.answerDue(), m.finalDue(), m.dueAt(), m.draft(), m.draftAgreedAt(),
                m.interimText(), m.finalText());
    }

    private static ModerationRecord withNote(ModerationRecord r, String note) {
        return new ModerationRecord(r.id(), r.pageId(), r.noticedAt(), r.authorName(), r.authorLink(), r.text(), r.grounds(),
                r.action(), note, r.recordedAt());
    }
}
