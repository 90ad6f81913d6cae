package ru.officialpages.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Settings;
import ru.officialpages.report.WriteProgress;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SettingsRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;
import ru.officialpages.ui.common.XlsxChecker;
import ru.officialpages.ui.common.XlsxSheet;

/**
 * «Экспорт в Excel» of the moderation records and the blacklist writes what the filters let
 * through, typed, marked «Для служебного пользования»; changing a record keeps the blacklist true.
 */
class ModerationExportTest {
    @TempDir
    Path dir;
    Database db;
    ModerationRepository repo;
    ModerationViewModel vm;
    long vkId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        new SettingsRepository(db).save(new Settings("Берёзовское сельское поселение", "", "Глава", "", "",
                NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
        OrganizationRepository orgs = new OrganizationRepository(db);
        Organization adm = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "",
                false, "", false));
        PageRepository pages = new PageRepository(db);
        vkId = pages.add(new Page(0, adm.id(), Network.VK, "https://vk.com/adm", LocalDate.of(2025, 1, 1), null, null)).id();
        repo = new ModerationRepository(db);
        LocalDateTime t = LocalDateTime.of(2026, 11, 16, 9, 30);
        // Records 1 and 3 are spam; 4 is spam too but outside the period asked; 2 blacklists its author.
        repo.add(rec(t, "Анна", Set.of(DeletionGround.OFF_TOPIC), ModerationAction.DELETED));
        repo.add(rec(t.plusDays(1), "Борис", Set.of(DeletionGround.SPAM, DeletionGround.ADVERTISING), ModerationAction.DELETED));
        repo.add(rec(t.plusDays(2), "Вера", Set.of(DeletionGround.INSULT), ModerationAction.BLACKLISTED));
        repo.add(rec(t.plusDays(3), "Глеб", Set.of(DeletionGround.SPAM), ModerationAction.DELETED));
        repo.add(rec(t.minusDays(30), "Дарья", Set.of(DeletionGround.SPAM), ModerationAction.DELETED));
        vm = new ModerationViewModel(ru.officialpages.desk.TestDesks.over(db), new DirectTaskExecutor(TestDialogs.failing()),
                Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
        vm.load();
    }

    private ModerationRecord rec(LocalDateTime at, String author, Set<DeletionGround> grounds, ModerationAction action) {
        return new ModerationRecord(0, vkId, at, author, "https://vk.com/" + author.hashCode(), "Комментарий " + author,
                grounds, action, "", at.plusMinutes(5));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsOfOneGroundInAPeriodExportWithTypedDatesAndTheFilterInTheTitle() {
        vm.records().filterGround.set(DeletionGround.SPAM);
        vm.records().filterFrom.set(LocalDate.of(2026, 11, 1));
        assertThat(vm.records().foundProperty().get()).isEqualTo("Найдено: 2 записи");

        Path file = dir.resolve("модерация.xlsx");
        assertThat(vm.records().tableExport().write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(2);

        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).isEqualTo("Журнал модерации — Берёзовское сельское поселение. Для служебного пользования");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: период с 01.11.2026; основание «Спам-рассылка»");
        assertThat(x.headers()).containsExactly("Когда", "Страница", "Автор", "Профиль", "Комментарий", "Основания",
                "Действие", "Примечание");
        assertThat(x.dataRows()).isEqualTo(2);
        assertThat(x.isDate(0, 0)).isTrue();
        assertThat(x.isDate(1, 0)).isTrue();
        // Newest first, as the list shows them; the grounds by their full names.
        assertThat(x.cell(0, 0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 19, 9, 30));
        assertThat(x.cell(0, 2).getStringCellValue()).isEqualTo("Глеб");
        assertThat(x.cell(1, 2).getStringCellValue()).isEqualTo("Борис");
        assertThat(x.cell(1, 5).getStringCellValue()).isEqualTo("Спам-рассылка; Реклама");
        assertThat(x.cell(1, 6).getStringCellValue()).isEqualTo("Удалён");
        assertThat(x.autoFilter()).isNotNull();
    }

    @Test
    void theBlacklistIsReadOnlyWhenItsTabIsFirstShown() {
        // Opening Модерация does not read the blacklist (issue 10): its tab does, when first shown.
        assertThat(vm.blacklist().listings()).isEmpty();
        vm.blacklist().reload();
        assertThat(vm.blacklist().listings()).isEmpty();
        vm.blacklist().show();
        assertThat(vm.blacklist().listings()).extracting(l -> l.entry().authorName()).containsExactly("Вера");
    }

    @Test
    void theBlacklistExportsItsEntriesWithTheDayAsADate() {
        vm.blacklist().show();
        Path file = dir.resolve("чёрный список.xlsx");
        assertThat(vm.blacklist().export().write(file, vm.municipality(), WriteProgress.NONE)).isEqualTo(1);
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(0, 0)).endsWith("Для служебного пользования");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: в списке на 23.11.2026");
        assertThat(x.cell(0, 0).getStringCellValue()).isEqualTo("Вера");
        assertThat(x.isDate(0, 4)).isTrue();
        assertThat(x.cell(0, 4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void theProjectsSpreadsheetCheckerAcceptsAnExportedModerationLog() throws Exception {
        Path checker = XlsxChecker.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(checker != null, "no xlsx-check beside the repository");
        Path file = dir.resolve("модерация для проверки.xlsx");
        vm.records().tableExport().write(file, vm.municipality(), WriteProgress.NONE);
        assertThat(XlsxChecker.run(checker, file)).isEqualTo("spreadsheet quality ok");
    }

    @Test
    void changingARecordReplacesItsGroundsAndKeepsTheBlacklistTrue() {
        vm.blacklist().show();
        ModerationEntry vera = repo.slice(ru.officialpages.domain.ModerationFilter.ALL, 0, 10).stream()
                .filter(e -> e.record().authorName().equals("Вера")).findFirst().orElseThrow();
        vm.form().edit(vera);
        assertThat(vm.form().formTitleProperty().get()).isEqualTo("Запись от 18.11.2026 09:30");
        vm.form().chosen(DeletionGround.OBSCENE_LANGUAGE).set(true);
        vm.form().save();
        ModerationRecord changed = repo.slice(ru.officialpages.domain.ModerationFilter.ALL, 0, 10).stream()
                .filter(e -> e.record().id() == vera.record().id()).findFirst().orElseThrow().record();
        assertThat(changed.grounds()).containsExactlyInAnyOrder(DeletionGround.INSULT, DeletionGround.OBSCENE_LANGUAGE);
        assertThat(changed.recordedAt()).isEqualTo(vera.record().recordedAt());
        assertThat(repo.countRecords()).isEqualTo(5);
        BlacklistListing listed = vm.blacklist().listings().get(0);
        assertThat(listed.entry().grounds()).containsExactlyInAnyOrder(DeletionGround.INSULT, DeletionGround.OBSCENE_LANGUAGE);

        // No longer a blacklisting: the entry the record made goes with it.
        vm.form().action.set(ModerationAction.DELETED);
        vm.form().save();
        assertThat(vm.context().statusProperty().get()).isEqualTo("Запись изменена");
        assertThat(repo.blacklistSize()).isZero();
        // And back: the author is listed again, since the record's day.
        vm.form().action.set(ModerationAction.RESTRICTED);
        vm.form().save();
        assertThat(vm.blacklist().listings()).hasSize(1);
        assertThat(vm.blacklist().listings().get(0).entry().restriction()).isEqualTo(ModerationAction.RESTRICTED);
        assertThat(vm.blacklist().listings().get(0).entry().since()).isEqualTo(LocalDate.of(2026, 11, 18));

        // Deleting the record open in the form leaves a new, empty form behind.
        vm.records().delete(vera);
        assertThat(vm.form().editingProperty().get()).isNull();
        assertThat(vm.form().formTitleProperty().get()).isEqualTo("Запись о модерации");
    }
}
