package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/**
 * LibreOffice opens both workbooks and prints them to PDF (what the website and the head see
 * when they open the file elsewhere). Skipped on a machine without {@code soffice}.
 */
class ReportPdfTest {

    @Test
    void libreOfficeConvertsTheWeeklyAndThePeriodReportToPdf(@TempDir Path dir) throws Exception {
        assumeTrue(found("soffice"), "no LibreOffice on this machine");
        Path weekly = dir.resolve("weekly.xlsx");
        Path period = dir.resolve("period.xlsx");
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
        // A profile of its own: another LibreOffice running on the machine does not block this one.
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), weekly.toString(), period.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        for (String name : List.of("weekly.pdf", "period.pdf")) {
            Path pdf = dir.resolve(name);
            assertThat(pdf).as(output).exists();
            String head = new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("%PDF-");
            // One sheet a page at least: 5 sheets in the week, 6 in the period.
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
            assertThat(pages).as(name).isGreaterThanOrEqualTo(name.startsWith("weekly") ? 5 : 6);
        }
    }

    private static boolean found(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
