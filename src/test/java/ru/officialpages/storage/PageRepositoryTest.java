package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import ru.officialpages.desk.Refusals;
import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.CheckState;
import ru.officialpages.domain.ChecklistItem;
import ru.officialpages.domain.ChecklistMark;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;

/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class PageRepositoryTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    PageRepository pages;
    Organization admin;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        pages = new PageRepository(db);
        admin = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Page vk(String address, LocalDate created) {
        return pages.add(new Page(0, admin.id(), "VK", address, created, null, null));
    }

    @Test
    void anAddressChangeKeepsTheOldAddressWithTheDayItChanged() {
        Page p = vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        Page changed = pages.changeAddress(p.id(), "https://vk.com/berezovka", LocalDate.of(2026, 8, 10));
        assertThat(changed.address()).isEqualTo("https://vk.com/berezovka");
        assertThat(pages.addresses(p.id())).containsExactly(
                new AddressPeriod("https://vk.com/club1", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 8, 10)),
                new AddressPeriod("https://vk.com/berezovka", LocalDate.of(2026, 8, 10), null));
        // As of the day before the change the registry still names the old address.
        assertThat(pages.registry(LocalDate.of(2026, 8, 9)).get(0).address()).isEqualTo("https://vk.com/club1");
        RegistryEntry after = pages.registry(LocalDate.of(2026, 9, 30)).get(0);
        assertThat(after.address()).isEqualTo("https://vk.com/berezovka");
        assertThat(after.earlier()).extracting(AddressPeriod::address).containsExactly("https://vk.com/club1");
        assertThatThrownBy(() -> pages.changeAddress(p.id(), "https://vk.com/other", LocalDate.of(2026, 8, 10)))
                .isInstanceOf(PageChangeRefusedException.class)
                // Said in Russian («позже 10.08.2026») by the desk: desk.PageDirectoryTest.
                .satisfies(e -> assertThat(((PageChangeRefusedException) e).date()).isEqualTo(LocalDate.of(2026, 8, 10)));
    }

    @Test
    void aDeletedPageStaysInTheRegistryForTheDaysItExisted() {
        Page p = vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        pages.delete(p.id(), LocalDate.of(2026, 8, 15));
        assertThat(pages.find(p.id()).orElseThrow().deletedOn()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(pages.registry(LocalDate.of(2026, 6, 30))).hasSize(1);
        assertThat(pages.registry(LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(pages.registry(LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(pages.all()).hasSize(1);
    }

    @Test
    void aSecondPageInOneNetworkIsRefusedNamingTheFirst() {
        Page first = vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> vk("https://vk.com/club2", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(PageConflictException.class)
                .extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("https://vk.com/club1")
                .contains("ВКонтакте")
                .contains("Администрация Берёзовского сельского поселения");
        assertThat(pages.all()).hasSize(1);
        // Another network is fine; so is a new VK page after the first one was deleted.
        pages.add(new Page(0, admin.id(), "OK", "https://ok.ru/group/1", LocalDate.of(2026, 1, 1), null, null));
        pages.delete(first.id(), LocalDate.of(2026, 2, 1));
        vk("https://vk.com/club2", LocalDate.of(2026, 2, 1));
        assertThat(pages.all()).hasSize(3);
    }

    @Test
    void peopleAndChecklistMarksAreKept() {
        Page p = vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        List<ResponsiblePerson> people = List.of(
                new ResponsiblePerson("Петрова Анна Викторовна", "ведущий специалист", "+7 913 111-22-33",
                        "petrova@example.ru", true, true),
                new ResponsiblePerson("Иванов Сергей", "глава", "", "", false, true));
        pages.savePeople(p.id(), people);
        assertThat(pages.people(p.id())).isEqualTo(people);
        ChecklistMark mark = new ChecklistMark(ChecklistItem.TWO_FACTOR, CheckState.DONE, LocalDate.of(2026, 11, 2), "SMS");
        pages.saveMark(p.id(), mark);
        pages.saveMark(p.id(), mark);
        assertThat(pages.marks(p.id())).containsExactly(java.util.Map.entry(ChecklistItem.TWO_FACTOR, mark));
        assertThat(pages.registry(LocalDate.of(2026, 9, 30)).get(0).people()).isEqualTo(people);
    }

    @Test
    void anImportIsAllOrNothing() {
        vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        RegistryEntry fine = new RegistryEntry("Дом культуры", "VK", "https://vk.com/berdk", LocalDate.of(2025, 1, 1),
                null, null, List.of(), List.of());
        RegistryEntry second = new RegistryEntry(admin.name(), "VK", "https://vk.com/club9", LocalDate.of(2025, 1, 1),
                null, null, List.of(), List.of());
        assertThatThrownBy(() -> pages.importEntries(List.of(fine, second)))
                .isInstanceOf(PageConflictException.class).extracting(Refusals::russian, InstanceOfAssertFactories.STRING).contains("https://vk.com/club1");
        assertThat(pages.all()).hasSize(1);
        assertThat(new OrganizationRepository(db).all()).hasSize(1);
    }

    @Test
    void theNormAndTheOrganizationCanBeChanged() {
        Page p = vk("https://vk.com/club1", LocalDate.of(2025, 3, 1));
        Page edited = pages.update(new Page(p.id(), p.organizationId(), "VK", p.address(), p.createdOn(), null, 5));
        assertThat(edited.weeklyNorm()).isEqualTo(5);
    }
}
