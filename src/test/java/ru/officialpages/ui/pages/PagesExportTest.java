package ru.officialpages.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import org.apache.poi.ss.usermodel.CellType;
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
import ru.officialpages.report.PageOrientation;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.XlsxSheet;

/** «Экспорт в Excel» on Страницы writes the filtered table in the table's order. */
class PagesExportTest {
    @TempDir
    Path dir;
    Database db;
    PagesViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Новокубанский район", "", "Глава", "", "",
                NormPreset.NOVOKUBANSKY, NormPreset.NOVOKUBANSKY.norms(), 3, false, true));
        OrganizationRepository orgs = new OrganizationRepository(db);
        Organization admin = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "",
                false, "", false));
        Organization library = orgs.save(new Organization(0, OrganizationKind.INSTITUTION, "Библиотека", "", "", "", "",
                false, "", false));
        PageRepository pages = new PageRepository(db);
        pages.add(new Page(0, admin.id(), "VK", "https://vk.com/adm", LocalDate.of(2026, 1, 10), null, null));
        pages.add(new Page(0, library.id(), "TELEGRAM", "https://t.me/berlib", LocalDate.of(2026, 2, 11), null, 7));
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
    void activePagesOnlyInTheTablesOrderWithTypedCells() {
        vm.statusFilter.set(PagesViewModel.StatusFilter.ACTIVE);
        assertThat(vm.visible()).hasSize(2);

        Path file = dir.resolve("страницы.xlsx");
        var export = vm.tableExport(Comparator.comparing(PageRow::organization).reversed());
        assertThat(export.orientation()).isEqualTo(PageOrientation.LANDSCAPE);
        assertThat(export.write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(2);

        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).isEqualTo("Официальные страницы — Новокубанский район");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: состояние «Действующие»");
        assertThat(x.dataRows()).isEqualTo(2);
        assertThat(x.cell(0, 0).getStringCellValue()).isEqualTo("Библиотека");
        assertThat(x.cell(0, 2).getStringCellValue()).isEqualTo("https://t.me/berlib");
        assertThat(x.isDate(0, 3)).isTrue();
        assertThat(x.cell(0, 3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 11));
        assertThat(x.cell(0, 4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(x.cell(0, 4).getNumericCellValue()).isEqualTo(7);
        assertThat(x.cell(1, 0).getStringCellValue()).isEqualTo("Администрация");
    }

    @Test
    void aSearchIsNamedAndNarrowsTheRows() {
        vm.search.set("berlib");
        Path file = dir.resolve("поиск.xlsx");
        assertThat(vm.tableExport(null).write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(2);
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(1, 0)).isEqualTo("Отбор: поиск «berlib»");
        assertThat(x.cell(0, 6).getStringCellValue() + x.cell(1, 6).getStringCellValue()).contains("удалена 01.03.2026");
    }
}
