package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.domain.Settings;

/**
 * The edits V28 brought under the version check (issue 19 item 7), on both engines: two users (on SQLite, two
 * windows on one file) open the same plan item, organisation or blacklist entry; the first one's change stands,
 * the second one's, made on what it saw before, is refused whole.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class VersionedEditsTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database first;
    Database second;
    Organization admin;
    Page page;

    @BeforeEach
    void open() {
        first = engine.open(dir);
        second = first.server().map(Database::connect).orElseGet(() -> Database.open(first.file()));
        admin = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
        page = new PageRepository(first).add(new Page(0, admin.id(), Network.VK, "https://vk.com/berezovka",
                LocalDate.of(2025, 1, 1), null, null));
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static PlanItem item(long id, String topic) {
        return new PlanItem(id, MONDAY, null, List.of(), topic, "", PostFormat.PHOTO, "", PlanStatus.PLANNED, null);
    }

    private static OptionalLong versionIn(java.util.Map<Long, Long> versions, long id) {
        return OptionalLong.of(versions.get(id));
    }

    @Test
    void aPlanItemChangedMeanwhileIsNotSavedMovedOrDeletedOverTheChange() {
        PlanRepository mine = new PlanRepository(first, java.time.Clock.systemDefaultZone());
        PlanRepository theirs = new PlanRepository(second, java.time.Clock.systemDefaultZone());
        PlanItem saved = mine.save(item(0, "Ярмарка"));
        OptionalLong seenByMe = versionIn(mine.versionsBetween(MONDAY, MONDAY.plusDays(6)), saved.id());
        theirs.save(item(saved.id(), "Ярмарка в субботу"), "Приходите на ярмарку!",
                versionIn(theirs.versionsBetween(MONDAY, MONDAY.plusDays(6)), saved.id()));

        assertThatThrownBy(() -> mine.save(item(saved.id(), "Ярмарка отменена"), "Ярмарки не будет.", seenByMe))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> mine.move(saved.id(), MONDAY.plusDays(2), seenByMe)).isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> mine.delete(saved.id(), seenByMe)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.between(MONDAY, MONDAY.plusDays(6))).singleElement().satisfies(i -> {
            assertThat(i.topic()).isEqualTo("Ярмарка в субботу");
            assertThat(i.day()).isEqualTo(MONDAY);
        });
        assertThat(mine.textsBetween(MONDAY, MONDAY.plusDays(6))).containsEntry(saved.id(), "Приходите на ярмарку!");

        // Read again, the change goes through, the text with it in the same transaction.
        mine.save(item(saved.id(), "Ярмарка отменена"), "Ярмарки не будет.",
                versionIn(mine.versionsBetween(MONDAY, MONDAY.plusDays(6)), saved.id()));
        assertThat(theirs.textsBetween(MONDAY, MONDAY.plusDays(6))).containsEntry(saved.id(), "Ярмарки не будет.");
    }

    @Test
    void anOrganisationChangedMeanwhileIsNotWrittenOver() {
        OrganizationRepository mine = new OrganizationRepository(first);
        OrganizationRepository theirs = new OrganizationRepository(second);
        OptionalLong seenByMe = versionIn(mine.versions(), admin.id());
        theirs.save(new Organization(admin.id(), OrganizationKind.ADMINISTRATION, admin.name(), "", "adm@berezovka.ru", "",
                "", false, "", false), versionIn(theirs.versions(), admin.id()));
        assertThatThrownBy(() -> mine.save(new Organization(admin.id(), OrganizationKind.ADMINISTRATION, admin.name(), "", "",
                "+7 000", "", false, "", false), seenByMe)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.find(admin.id()).orElseThrow().email()).isEqualTo("adm@berezovka.ru");
    }

    @Test
    void aDraftAnswerIsNotKeptOverOneAnotherUserKeptMeanwhile() {
        MessageRepository mine = new MessageRepository(first);
        MessageRepository theirs = new MessageRepository(second);
        long id = mine.add(Message.recorded(page.id(), Network.VK, "Житель", "", "", "Когда починят дорогу?",
                LocalDateTime.of(2026, 12, 4, 10, 0), Importance.ORDINARY, "", ""), new ru.officialpages.rules.MessageDeadlines(
                new ru.officialpages.rules.WorkingTime(ru.officialpages.rules.TestCalendars.standard(),
                        ru.officialpages.rules.OfficeHours.defaults()))).id();
        OptionalLong seenByMe = mine.version(id);
        theirs.saveDraft(id, "Дорогу починят в мае.", theirs.version(id));
        assertThatThrownBy(() -> mine.saveDraft(id, "Дорогу починят летом.", seenByMe))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.find(id).orElseThrow().draft()).isEqualTo("Дорогу починят в мае.");
        // Every draft kept moves the version on: the next one over it is refused as well.
        OptionalLong beforeTheirDraft = mine.version(id);
        theirs.saveDraft(id, "Дорогу починят в апреле.", theirs.version(id));
        assertThatThrownBy(() -> mine.saveDraft(id, "Ответ", beforeTheirDraft)).isInstanceOf(ChangedMeanwhileException.class);
        mine.saveDraft(id, "Дорогу починят летом.", mine.version(id));
        assertThat(theirs.find(id).orElseThrow().draft()).isEqualTo("Дорогу починят летом.");
    }

    @Test
    void settingsAnotherUserSavedMeanwhileAreNotWrittenOver() {
        SettingsRepository mine = new SettingsRepository(first);
        SettingsRepository theirs = new SettingsRepository(second);
        // Never saved: version 0 on both sides; the first save on it stands, the second is refused.
        OptionalLong seenByMe = mine.version();
        Settings shown = mine.load();
        theirs.save(withHead(shown, "Петров Олег Иванович"), theirs.version());
        assertThatThrownBy(() -> mine.save(withHead(shown, "Сидоров Павел Андреевич"), seenByMe))
                .isInstanceOf(ChangedMeanwhileException.class)
                .satisfies(e -> assertThat(((ChangedMeanwhileException) e).kind()).isEqualTo(RecordGoneException.Kind.SETTINGS));
        assertThat(mine.load().headName()).isEqualTo("Петров Олег Иванович");
        // Once saved, the same again: a version read before the other user's save is refused.
        OptionalLong again = mine.version();
        theirs.save(withHead(theirs.load(), "Петров О. И."), theirs.version());
        assertThatThrownBy(() -> mine.save(withHead(shown, "Сидоров Павел Андреевич"), again))
                .isInstanceOf(ChangedMeanwhileException.class);
        // Read again, the save goes through and takes the next version; a save naming no version always does.
        mine.save(withHead(shown, "Сидоров Павел Андреевич"), mine.version());
        assertThat(theirs.load().headName()).isEqualTo("Сидоров Павел Андреевич");
        assertThat(theirs.version()).isEqualTo(OptionalLong.of(again.getAsLong() + 2));
        theirs.save(withHead(shown, "Петров О. И."));
        assertThat(mine.version()).isEqualTo(OptionalLong.of(again.getAsLong() + 3));
    }

    private static Settings withHead(Settings s, String head) {
        return new Settings("Берёзовское сельское поселение", head, s.headPosition(), s.preparerName(), s.preparerPosition(),
                s.preset(), s.norms(), s.coordinatorNoticeDays(), s.scaleNormByWorkingDays(), true);
    }

    @Test
    void peopleAndChecklistMarksAreSavedOnThePagesVersion() {
        PageRepository mine = new PageRepository(first);
        PageRepository theirs = new PageRepository(second);
        OptionalLong seenByMe = mine.version(page.id());
        theirs.savePeople(page.id(), List.of(new ResponsiblePerson("Петрова Анна", "специалист", "", "", true, true)),
                theirs.version(page.id()));
        // Their person would be lost under my list, made before it: refused, and so is a mark or a page edit on it.
        assertThatThrownBy(() -> mine.savePeople(page.id(), List.of(new ResponsiblePerson("Сидоров Павел", "", "", "",
                true, false)), seenByMe)).isInstanceOf(ChangedMeanwhileException.class);
        ChecklistItem item = ChecklistItem.values()[0];
        assertThatThrownBy(() -> mine.saveMark(page.id(), new ChecklistMark(item, CheckState.DONE, MONDAY, ""), seenByMe))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.people(page.id())).extracting(ResponsiblePerson::name).containsExactly("Петрова Анна");
        assertThat(mine.marks(page.id())).isEmpty();

        OptionalLong beforeTheirMark = mine.version(page.id());
        theirs.saveMark(page.id(), new ChecklistMark(item, CheckState.NOT_DONE, null, "нет доступа"), theirs.version(page.id()));
        assertThatThrownBy(() -> mine.saveMark(page.id(), new ChecklistMark(item, CheckState.DONE, MONDAY, ""), beforeTheirMark))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThatThrownBy(() -> mine.update(page, beforeTheirMark)).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.marks(page.id()).get(item).note()).isEqualTo("нет доступа");
        // Read again, both go through, each taking the next version.
        OptionalLong now = mine.version(page.id());
        mine.saveMark(page.id(), new ChecklistMark(item, CheckState.DONE, MONDAY, ""), now);
        mine.savePeople(page.id(), List.of(), OptionalLong.of(now.getAsLong() + 1));
        assertThat(theirs.marks(page.id()).get(item).state()).isEqualTo(CheckState.DONE);
        assertThat(theirs.people(page.id())).isEmpty();
    }

    @Test
    void anAuthorIsTakenOffTheBlacklistOnceByWhoeverIsFirst() {
        ModerationRepository mine = new ModerationRepository(first);
        long entry = mine.add(new ModerationRecord(0, page.id(), LocalDateTime.of(2026, 12, 2, 11, 0), "Спамер", "",
                "Купите", Set.of(DeletionGround.values()[0]), ModerationAction.BLACKLISTED, "", LocalDateTime.of(2026, 12, 2, 11, 5)))
                .entry().id();
        new ModerationRepository(second).takeOff(entry, LocalDate.of(2026, 12, 5));
        assertThatThrownBy(() -> mine.takeOff(entry, LocalDate.of(2026, 12, 7))).isInstanceOf(ChangedMeanwhileException.class);
        assertThat(mine.blacklist("", true, LocalDate.of(2026, 12, 7))).singleElement()
                .satisfies(l -> assertThat(l.entry().until()).isEqualTo(LocalDate.of(2026, 12, 5)));
    }
}
