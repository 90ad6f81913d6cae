package ru.officialpages.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.DirectTaskExecutor;

/** The pages screen's state without a window: presets, filters, the access warning. */
class PagesViewModelTest {
    @TempDir
    Path dir;
    Database db;
    PageRepository pages;
    Organization admin;
    Organization library;
    PagesViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Новокубанский район", "", "Глава", "", "",
                NormPreset.NOVOKUBANSKY, NormPreset.NOVOKUBANSKY.norms(), 3, false, true));
        OrganizationRepository orgs = new OrganizationRepository(db);
        admin = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "", false, "", false));
        library = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Библиотека", "", "", "", "", false, "", false));
        pages = new PageRepository(db);
        pages.add(new Page(0, admin.id(), "VK", "https://vk.com/adm", LocalDate.of(2026, 1, 10), null, null));
        pages.add(new Page(0, library.id(), "TELEGRAM", "https://t.me/berlib", LocalDate.of(2026, 1, 10), null, 7));
        Page gone = pages.add(new Page(0, library.id(), "OK", "https://ok.ru/berlib", LocalDate.of(2025, 1, 10), null, null));
        pages.delete(gone.id(), LocalDate.of(2026, 3, 1));
        DialogService failing = TestDialogs.failing();
        vm = new PagesViewModel(ru.officialpages.desk.TestDesks.over(db), new DirectTaskExecutor(failing), failing,
                () -> LocalDate.of(2026, 11, 23));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyNormFollowsThePresetOfTheOrganizationsKind() {
        // novokubansky-1740 app.2 §5: 10 a week on the administration's page; the library's own 7 stays.
        assertThat(vm.visible()).extracting(PageRow::organization, PageRow::norm)
                .contains(org.assertj.core.groups.Tuple.tuple("Администрация", 10),
                        org.assertj.core.groups.Tuple.tuple("Библиотека", 7));
    }

    @Test
    void filtersAndSearchCombine() {
        assertThat(vm.visible()).hasSize(3);
        vm.statusFilter.set(PagesViewModel.StatusFilter.ACTIVE);
        assertThat(vm.visible()).hasSize(2);
        vm.organizationFilter.set(library);
        assertThat(vm.visible()).extracting(r -> r.page().address()).containsExactly("https://t.me/berlib");
        vm.statusFilter.set(PagesViewModel.StatusFilter.DELETED);
        assertThat(vm.visible()).extracting(PageRow::status).containsExactly("удалена 01.03.2026");
        vm.statusFilter.set(PagesViewModel.StatusFilter.ALL);
        vm.organizationFilter.set(null);
        vm.search.set("TELEGRAM");
        assertThat(vm.visible()).hasSize(1);
    }

    @Test
    void theFourthPersonWithAccessBringsAWarning() {
        vm.selected.set(vm.visible().get(0));
        for (String name : new String[] {"Петрова А. В.", "Иванов С. П.", "Сидорова Н. Н."}) {
            vm.personName.set(name);
            vm.addPerson();
        }
        assertThat(vm.people).hasSize(3);
        assertThat(vm.accessWarning.get()).isEmpty();
        vm.personName.set("Кузнецов И. И.");
        vm.addPerson();
        // novoaltaysk-608 §1.6.
        assertThat(vm.accessWarning.get()).isEqualTo(
                "Доступ к странице есть у 4 человек, а должно быть не больше 3 (п. 1.6 порядка).");
        vm.removePerson(vm.people.get(3));
        assertThat(vm.accessWarning.get()).isEmpty();
        vm.personName.set("");
        vm.addPerson();
        assertThat(vm.personError.get()).isEqualTo("Укажите ФИО.");
    }

    @Test
    void theNormAndTheOrganizationAreEdited() {
        vm.selected.set(vm.visible().stream().filter(r -> r.page().address().equals("https://vk.com/adm"))
                .findFirst().orElseThrow());
        vm.editNorm.set("x");
        vm.saveEdit();
        assertThat(vm.editError.get()).isEqualTo("Норма — целое число от 0 до 99.");
        vm.editNorm.set("12");
        vm.saveEdit();
        assertThat(vm.selected.get().norm()).isEqualTo(12);
        // Moving it to the library is fine: the library has no VK page.
        vm.editOrganization.set(library);
        vm.saveEdit();
        assertThat(vm.selected.get().organization()).isEqualTo("Библиотека");
        assertThat(vm.editError.get()).isEmpty();
    }

    @Test
    void aPageAnotherUserChangedSinceItsCardOpenedIsNotWrittenOverButReadAgain() {
        vm.selected.set(vm.visible().stream().filter(r -> r.page().address().equals("https://vk.com/adm"))
                .findFirst().orElseThrow());
        Page opened = vm.selected.get().page();
        // Another specialist (another connection) sets the norm to 5 meanwhile.
        try (Database other = Database.open(dir.resolve("t.db"))) {
            new PageRepository(other).update(new Page(opened.id(), opened.organizationId(), opened.networkCode(),
                    opened.address(), opened.createdOn(), null, 5));
        }
        vm.editNorm.set("12");
        vm.saveEdit();
        assertThat(vm.editError.get()).startsWith("Запись изменил другой пользователь");
        assertThat(pages.find(opened.id()).orElseThrow().weeklyNorm()).isEqualTo(5);
        // The card shows what the other one saved; saved again now, the clerk's edit goes through.
        assertThat(vm.selected.get().norm()).isEqualTo(5);
        assertThat(vm.editNorm.get()).isEqualTo("5");
        vm.editNorm.set("12");
        vm.saveEdit();
        assertThat(vm.editError.get()).isEmpty();
        assertThat(pages.find(opened.id()).orElseThrow().weeklyNorm()).isEqualTo(12);
    }

    @Test
    void peopleAndMarksAnotherUserSavedSinceTheCardOpenedAreNotWrittenOver() {
        vm.selected.set(vm.visible().stream().filter(r -> r.page().address().equals("https://vk.com/adm"))
                .findFirst().orElseThrow());
        long id = vm.selected.get().page().id();
        // Another specialist adds the responsible person meanwhile.
        try (Database other = Database.open(dir.resolve("t.db"))) {
            PageRepository theirs = new PageRepository(other);
            theirs.savePeople(id, java.util.List.of(new ru.officialpages.domain.ResponsiblePerson("Петрова Анна",
                    "специалист", "", "", true, true)), theirs.version(id));
        }
        vm.personName.set("Сидоров Павел");
        vm.addPerson();
        assertThat(vm.personError.get()).startsWith("Запись изменил другой пользователь");
        assertThat(pages.people(id)).extracting(ru.officialpages.domain.ResponsiblePerson::name).containsExactly("Петрова Анна");
        // The card shows their person; what the clerk typed is still in the form and is added now.
        assertThat(vm.people).extracting(ru.officialpages.domain.ResponsiblePerson::name).containsExactly("Петрова Анна");
        assertThat(vm.personName.get()).isEqualTo("Сидоров Павел");
        vm.addPerson();
        assertThat(pages.people(id)).extracting(ru.officialpages.domain.ResponsiblePerson::name)
                .containsExactly("Петрова Анна", "Сидоров Павел");
        assertThat(vm.personName.get()).isEmpty();

        // A checklist mark the other one made meanwhile is not written over either.
        ru.officialpages.domain.ChecklistItem item = ru.officialpages.domain.ChecklistItem.values()[0];
        try (Database other = Database.open(dir.resolve("t.db"))) {
            PageRepository theirs = new PageRepository(other);
            theirs.saveMark(id, new ru.officialpages.domain.ChecklistMark(item, ru.officialpages.domain.CheckState.DONE,
                    LocalDate.of(2026, 11, 20), "сделано"), theirs.version(id));
        }
        vm.mark(item, ru.officialpages.domain.CheckState.NOT_DONE, null, "");
        assertThat(vm.editError.get()).startsWith("Запись изменил другой пользователь");
        assertThat(pages.marks(id).get(item).state()).isEqualTo(ru.officialpages.domain.CheckState.DONE);
        // Read again, the clerk's mark goes through.
        vm.mark(item, ru.officialpages.domain.CheckState.NOT_DONE, null, "");
        assertThat(pages.marks(id).get(item).state()).isEqualTo(ru.officialpages.domain.CheckState.NOT_DONE);
    }

    @Test
    void aPreviewedImportIsAppliedAndTheRegistryExported() throws Exception {
        Path file = dir.resolve("pages.csv");
        java.nio.file.Files.writeString(file, "Организация;Адрес страницы;Дата создания\n"
                + "Дом культуры;vk.com/berdk;01.02.2026\n", java.nio.charset.StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicReference<ru.officialpages.imports.PageImportPreview> shown =
                new java.util.concurrent.atomic.AtomicReference<>();
        vm.previewImport(file, shown::set);
        assertThat(shown.get().canApply()).isTrue();
        assertThat(pages.all()).hasSize(3);
        vm.applyImport(shown.get());
        assertThat(vm.rows()).hasSize(4);
        assertThat(vm.status.get()).isEqualTo("Загружено страниц: 1; новых организаций: 1.");

        Path out = dir.resolve("registry.xlsx");
        vm.exportRegistry(vm.lastQuarter(), false, out);
        assertThat(vm.lastQuarter().russian()).isEqualTo("III квартал 2026 г.");
        // The OK page deleted on 01.03.2026 was not active on 30.09.2026.
        assertThat(vm.status.get()).isEqualTo("Реестр за III квартал 2026 г. сохранён: страниц 3, файл «registry.xlsx».");
        Path template = dir.resolve("template.xlsx");
        vm.saveTemplate(template);
        assertThat(java.nio.file.Files.size(template)).isPositive();
    }

    @Test
    void aSecondPageInANetworkCannotBeSaved() {
        vm.startNew();
        vm.newOrganization.set(admin);
        vm.newAddress.set("vk.com/club5");
        assertThat(vm.newOrganizationError.get()).contains("https://vk.com/adm");
        assertThat(vm.canAddProperty().get()).isFalse();
        vm.newAddress.set("ok.ru/group/5");
        assertThat(vm.newOrganizationError.get()).isEmpty();
        assertThat(vm.normHint.get()).isEqualTo("по умолчанию 10");
        assertThat(vm.canAddProperty().get()).isTrue();
        vm.add();
        assertThat(pages.all()).hasSize(4);
        assertThat(vm.selected.get().page().address()).isEqualTo("https://ok.ru/group/5");
    }
}
