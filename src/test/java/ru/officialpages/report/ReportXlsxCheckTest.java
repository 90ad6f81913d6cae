package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.ReportRepository;
import ru.officialpages.storage.SettingsRepository;

/** The project's spreadsheet checker (shared/tools/xlsx-check) on every workbook the reports write. */
class ReportXlsxCheckTest {

    @Test
    void theCheckerAcceptsTheWeeklyAndThePeriodReport(@TempDir Path dir) throws Exception {
        Path checker = checker();
        assumeTrue(checker != null, "no xlsx-check beside the repository");
        Path weekly = dir.resolve("неделя.xlsx");
        Path period = dir.resolve("квартал.xlsx");
        try (Database db = Database.open(dir.resolve("data.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            settings.save(new Settings("Берёзовское сельское поселение", "Иванов С. П.", "Глава", "Петрова А. В.",
                    "ведущий специалист", NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
            ReportFixture.week47(db);
            WeeklyReports reports = TestReports.from(new ReportRepository(db), settings,
                    new CalendarRepository(db, BuiltInCalendars.load()), new NetworkRepository(db));
            ReportSigners signers = ReportSigners.of(settings.load());
            new WeeklyReportXlsx(signers).write(weekly, reports.week(ReportFixture.MONDAY, ReportFixture.NOW));
            new PeriodReportXlsx(signers).write(period, PeriodReport.make(reports, LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), ReportFixture.NOW));
        }
        Path emptyWeek = dir.resolve("пустая неделя.xlsx");
        try (Database db = Database.open(dir.resolve("empty.db"))) {
            SettingsRepository settings = new SettingsRepository(db);
            WeeklyReports reports = TestReports.from(new ReportRepository(db), settings,
                    new CalendarRepository(db, BuiltInCalendars.load()), new NetworkRepository(db));
            new WeeklyReportXlsx(ReportSigners.of(settings.load())).write(emptyWeek, reports.week(ReportFixture.MONDAY, ReportFixture.NOW));
        }
        // Every registry file: for the website, internal (a settlement's and a district's width), the template.
        RegistryXlsx registry = new RegistryXlsx(java.util.Map.of("VK", "ВКонтакте"));
        java.util.List<ru.officialpages.domain.RegistryEntry> entries = java.util.List.of(new ru.officialpages.domain.RegistryEntry(
                "Администрация Берёзовского сельского поселения", "VK", "https://vk.com/berezovka_sp", LocalDate.of(2024, 1, 20), null, 3,
                java.util.List.of(new ru.officialpages.domain.AddressPeriod("https://vk.com/club1001", LocalDate.of(2024, 1, 20),
                        LocalDate.of(2025, 3, 1))),
                java.util.List.of(new ru.officialpages.domain.ResponsiblePerson("Петрова Анна Викторовна",
                        "ведущий специалист по связям с общественностью", "+7 913 111-22-33", "petrova.anna@example.ru", true, true))));
        ru.officialpages.rules.Quarter q4 = new ru.officialpages.rules.Quarter(2026, 4);
        Path pub = dir.resolve("реестр.xlsx");
        Path internal = dir.resolve("реестр служебный.xlsx");
        Path template = dir.resolve("шаблон.xlsx");
        registry.writePublic(pub, "Берёзовское сельское поселение", q4, entries);
        registry.writeInternal(internal, "Берёзовское сельское поселение", q4, entries);
        registry.writeTemplate(template);
        for (Path file : new Path[] {weekly, period, emptyWeek, pub, internal, template}) {
            Process p = new ProcessBuilder("python3", checker.toString(), file.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).as(file.getFileName().toString()).isEqualTo("spreadsheet quality ok");
            assertThat(p.exitValue()).isZero();
        }
    }

    /** shared/ stands beside the repository (CI, main checkout) or beside the worktrees' folder. */
    private static Path checker() {
        String given = System.getProperty("xlsx.check");
        if (given != null) {
            return Files.isRegularFile(Path.of(given)) ? Path.of(given) : null;
        }
        for (String up : new String[] {"..", "../.."}) {
            Path p = Path.of(up, "shared", "tools", "xlsx-check").toAbsolutePath().normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
