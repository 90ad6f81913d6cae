package ru.officialpages.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.Desks;
import ru.officialpages.desk.MovableClock;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/** Сегодня without a stage: it follows changes made elsewhere, the minutes and midnight. */
class TodayViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private Desks desks;
    private Page vk;
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 23, 10, 0)); // Monday
    private TodayViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("official-pages.db"));
        desks = TestDesks.over(db);
        desks.office().save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "", NormPreset.ISHTAN,
                NormPreset.ISHTAN.norms(), 3, false, true));
        Organization head = desks.pages().saveOrganization(new Organization(0, OrganizationKind.HEAD,
                "Глава Берёзовского сельского поселения", "", "", "", "", false, "", false));
        vk = desks.pages().add(new Page(0, head.id(), Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 20),
                null, null));
        vm = new TodayViewModel(desks, new DirectTaskExecutor(TestDialogs.failing()), clock);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int published() {
        return vm.week().stream().filter(p -> p.pageId() == vk.id()).findFirst().orElseThrow().progress().published();
    }

    @Test
    void theRegistryReminderGoesOnceThePlacementIsMarked() {
        clock.set(LocalDateTime.of(2027, 1, 11, 10, 0));
        vm.load();
        assertThat(vm.dues()).extracting(TodayViewModel.Due::text).anyMatch(t -> t.startsWith("Реестр страниц за IV квартал 2026"));
        desks.pages().markRegistryPlaced(new ru.officialpages.rules.Quarter(2026, 4), LocalDate.of(2027, 1, 11), "",
                LocalDate.of(2027, 1, 11), LocalDateTime.of(2027, 1, 11, 10, 0));
        assertThat(vm.dues()).extracting(TodayViewModel.Due::text).noneMatch(t -> t.startsWith("Реестр страниц"));
    }

    @Test
    void aPostLoggedElsewhereCountsAtOnce() {
        assertThat(published()).isZero();
        desks.posts().add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 23, 9, 15), "https://vk.com/wall-210001_1",
                PostFormat.PHOTO, "Приём"));
        assertThat(published()).isEqualTo(1);
    }

    @Test
    void aNewPageAndANewMessageAppearWithoutReopening() {
        Organization club = desks.pages().saveOrganization(new Organization(0, OrganizationKind.INSTITUTION,
                "Дом культуры", "", "", "", "", false, "", false));
        Page ok = desks.pages().add(new Page(0, club.id(), Network.OK, "https://ok.ru/group/5", LocalDate.of(2026, 1, 1),
                null, null));
        assertThat(vm.week()).extracting(TodayViewModel.PageProgress::pageId).contains(ok.id());
        Message m = desks.messages().add(Message.recorded(vk.id(), Network.VK, "Иванов", "", "", "Когда починят дорогу?",
                LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY, "", ""));
        assertThat(vm.dues()).filteredOn(d -> m.id() == (d.messageId() == null ? -1 : d.messageId())).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isFalse());
    }

    @Test
    void aDeadlinePassingMarksTheMessageLateAndMidnightMovesTheDayOn() {
        Message m = desks.messages().add(Message.recorded(vk.id(), Network.VK, "Иванов", "", "", "Когда починят дорогу?",
                LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY, "", ""));
        clock.set(LocalDateTime.of(2026, 11, 23, 12, 1)); // due 12:00
        vm.tick();
        assertThat(vm.dues()).filteredOn(d -> d.messageId() != null && d.messageId() == m.id()).singleElement()
                .satisfies(d -> assertThat(d.overdue()).isTrue());
        assertThat(vm.today()).isEqualTo(LocalDate.of(2026, 11, 23));
        clock.set(LocalDateTime.of(2026, 11, 30, 0, 1)); // next Monday: a new week
        vm.tick();
        assertThat(vm.today()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(vm.monday()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
