package ru.officialpages.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.XlsxChecker;
import ru.officialpages.ui.common.XlsxSheet;

/** «Экспорт в Excel» of the post log writes what the filters let through, the whole of it, typed. */
class PostsExportTest {
    @TempDir
    Path dir;
    Database db;
    PostsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "",
                NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        OrganizationRepository orgs = new OrganizationRepository(db);
        Organization adm = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "",
                false, "", false));
        PageRepository pages = new PageRepository(db);
        Page vk = pages.add(new Page(0, adm.id(), Network.VK, "https://vk.com/adm", LocalDate.of(2025, 1, 1), null, null));
        List<Post> list = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2026, 11, 2, 9, 30);
        for (int i = 0; i < 10; i++) {
            // Posts 0, 4 and 8 are videos; 9 is a video too, but a week later than the period asked.
            PostFormat f = i % 4 == 0 || i == 9 ? PostFormat.VIDEO : PostFormat.PHOTO;
            list.add(new Post(0, vk.id(), i == 9 ? t.plusDays(20) : t.plusDays(i), "https://vk.com/wall-1_" + (100 + i), f,
                    "Тема " + i));
        }
        new PostRepository(db).addAll(list);
        DirectTaskExecutor direct = new DirectTaskExecutor(TestDialogs.failing());
        vm = new PostsViewModel(ru.officialpages.desk.TestDesks.over(db), direct, Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0)
                        .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFilteredLogExportsItsRowsWithTypedDatesAndTheFiltersInTheTitle() {
        vm.filterFormat.set(PostFormat.VIDEO);
        vm.filterFrom.set(LocalDate.of(2026, 11, 1));
        vm.filterTo.set(LocalDate.of(2026, 11, 15));
        assertThat(vm.foundProperty().get()).isEqualTo("Найдено: 3 публикации");

        Path file = dir.resolve("журнал.xlsx");
        long written = vm.tableExport().write(file, vm.municipality(), WriteProgress.NONE);

        assertThat(written).isEqualTo(3);
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).isEqualTo("Журнал публикаций — Берёзовское сельское поселение");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: период 01.11.2026 — 15.11.2026; формат «видео»");
        assertThat(x.headers()).containsExactly("Дата и время", "Страница", "Соцсеть", "Формат", "Тема", "Ссылка",
                "По плану");
        assertThat(x.dataRows()).isEqualTo(3);
        for (int r = 0; r < 3; r++) {
            assertThat(x.isDate(r, 0)).as("row %d's date is a date", r).isTrue();
            assertThat(x.cell(r, 3).getStringCellValue()).isEqualTo("видео");
        }
        // Newest first, as the table sorts by default.
        assertThat(x.cell(0, 0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 10, 9, 30));
        assertThat(x.cell(2, 4).getStringCellValue()).isEqualTo("Тема 0");
        assertThat(x.cell(0, 5).getHyperlink().getAddress()).isEqualTo("https://vk.com/wall-1_108");
        assertThat(x.autoFilter()).isNotNull();
    }

    @Test
    void withoutFiltersTheTitleSaysAllRowsAndEveryPostIsThere() {
        Path file = dir.resolve("всё.xlsx");
        assertThat(vm.tableExport().write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(10);
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(1, 0)).isEqualTo("Отбор: все записи");
        assertThat(x.dataRows()).isEqualTo(10);
    }

    @Test
    void theProjectsSpreadsheetCheckerAcceptsAnExportedLog() throws Exception {
        Path checker = XlsxChecker.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(checker != null, "no xlsx-check beside the repository");
        vm.filterFrom.set(LocalDate.of(2026, 11, 3));
        Path file = dir.resolve("журнал для проверки.xlsx");
        vm.tableExport().write(file, vm.municipality(), WriteProgress.NONE);
        assertThat(XlsxChecker.run(checker, file)).isEqualTo("spreadsheet quality ok");
    }
}
