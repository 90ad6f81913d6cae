package ru.officialpages.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PlanItem;
import ru.officialpages.domain.PlanStatus;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.XlsxSheet;

/** The plan's list view to Excel (the shown month only), and a plan item's text carried into the log. */
class PlanListExportTest {
    @TempDir
    Path dir;
    Database db;
    PlanViewModel vm;
    long pageId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Берёзовское СП", "Иванов С. П.", "Глава", "Смирнова А. В.", "Специалист",
                NormPreset.MINERALNYE_VODY, NormPreset.MINERALNYE_VODY.norms(), 3, false, true));
        Organization o = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        pageId = new PageRepository(db).add(new Page(0, o.id(), Network.VK, "https://vk.com/club1", LocalDate.of(2025, 1, 1),
                null, null)).id();
        DialogService failing = TestDialogs.failing();
        vm = new PlanViewModel(ru.officialpages.desk.TestDesks.over(db), new DirectTaskExecutor(failing), Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0)
                        .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PlanItem item(LocalDate day, LocalTime time, String topic) {
        return new PlanItem(0, day, time, List.of(pageId), topic, "", PostFormat.PHOTO, "", PlanStatus.PLANNED, null);
    }

    @Test
    void theListOfTheMonthExportsWithItsDaysAsDates() {
        vm.save(item(LocalDate.of(2026, 11, 24), LocalTime.of(10, 0), "Приём граждан"), null);
        vm.save(item(LocalDate.of(2026, 11, 26), null, "Субботник"), null);
        vm.save(item(LocalDate.of(2026, 11, 30), null, "Итоги месяца"), null);
        // 01.12 is on the month grid (its last week) but not in November's list.
        vm.save(item(LocalDate.of(2026, 12, 1), null, "Декабрь"), null);
        assertThat(vm.items()).hasSize(4);

        Path file = dir.resolve("план.xlsx");
        assertThat(vm.listExport(vm.listRows()).write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(3);

        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).isEqualTo("Контент-план — Берёзовское СП");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: месяц: Ноябрь 2026 г.");
        assertThat(x.dataRows()).isEqualTo(3);
        assertThat(x.isDate(0, 0)).isTrue();
        assertThat(x.cell(0, 0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(x.cell(0, 1).getStringCellValue()).isEqualTo("10:00");
        assertThat(x.cell(2, 2).getStringCellValue()).isEqualTo("Итоги месяца");
    }

    @Test
    void publishingAnItemPutsItsTextIntoEachPostOfTheLog() {
        vm.save(item(LocalDate.of(2026, 11, 23), null, "Приём граждан"), null, "Глава примет жителей в среду.");
        PlanItem saved = vm.items().get(0);
        assertThat(vm.textOf(saved)).isEqualTo("Глава примет жителей в среду.");
        List<Post> posts = new ArrayList<>();
        Map<Long, String> links = new HashMap<>();
        links.put(pageId, "https://vk.com/club1?w=wall-1_77");
        assertThat(vm.checkLinks(saved, links, posts, LocalDate.of(2026, 11, 23).atTime(11, 0))).isEmpty();
        vm.publish(saved, posts, problem -> assertThat(problem).isNull());

        PostRepository log = new PostRepository(db);
        List<ru.officialpages.domain.PostEntry> entries = log.slice(PostFilter.ALL, PostSort.NEWEST, 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(log.text(entries.get(0).post().id())).isEqualTo("Глава примет жителей в среду.");
        // The log's search reads the text too.
        assertThat(log.count(new PostFilter(null, null, null, null, "жителей"))).isEqualTo(1);
    }
}
