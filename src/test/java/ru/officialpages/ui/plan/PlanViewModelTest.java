package ru.officialpages.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PlanRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DialogService;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.DirectTaskExecutor;

/** The plan without a stage: week norms, repeats, undo and the week's export. */
class PlanViewModelTest {
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

    private PlanItem item(LocalDate day, String topic) {
        return new PlanItem(0, day, null, List.of(pageId), topic, "", PostFormat.PHOTO, "", PlanStatus.PLANNED, null);
    }

    @Test
    void aWeeklyRepeatFillsTheWeeksAndTheNormCounterFollows() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        vm.save(item(monday, "Неделя главы"), LocalDate.of(2026, 12, 14));
        assertThat(vm.items()).extracting(PlanItem::day).contains(monday, monday.plusWeeks(1));
        assertThat(vm.week(monday)).singleElement().satisfies(w -> assertThat(w.ratio()).isEqualTo("1 из 3"));
        vm.save(item(monday.plusDays(2), "Субботник"), null);
        vm.save(item(monday.plusDays(4), "Концерт"), null);
        assertThat(vm.week(monday).get(0).fallsShort()).isFalse();

        PlanItem concert = vm.itemsOn(monday.plusDays(4)).get(0);
        vm.delete(concert);
        assertThat(vm.week(monday).get(0).ratio()).isEqualTo("2 из 3");
        vm.undoDelete();
        assertThat(vm.week(monday).get(0).ratio()).isEqualTo("3 из 3");
    }

    @Test
    void theWeekExportHoldsOnlyThatWeek() throws Exception {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        vm.save(item(monday.plusDays(1), "Эта неделя"), null);
        vm.save(item(monday.plusDays(7), "Следующая неделя"), null); // Monday 30.11: the same month, the next week
        assertThat(vm.rowsFor(monday)).extracting(r -> r.topic()).containsExactly("Эта неделя");
        assertThat(vm.rowsFor(null)).hasSize(2);
        Path file = dir.resolve("week.xlsx");
        String[] done = new String[1];
        vm.export(monday, file, s -> done[0] = s);
        assertThat(done[0]).startsWith("Сохранено:");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String text = new XSSFExcelExtractor(wb).getText();
            assertThat(text).contains("Неделя 23.11.2026 — 29.11.2026", "Эта неделя", "Глава ______________ / Иванов С. П.")
                    .doesNotContain("Следующая неделя");
        }
    }
}
