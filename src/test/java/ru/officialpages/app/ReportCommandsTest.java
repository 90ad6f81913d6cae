package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.Settings;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.SettingsRepository;

/** {@code report weekly} and {@code report period} as a script runs them. */
class ReportCommandsTest {
    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            new SettingsRepository(db).save(new Settings("Берёзовское сельское поселение", "Иванов С. П.", "Глава",
                    "Петрова А. В.", "ведущий специалист", NormPreset.ISHTAN, NormPreset.ISHTAN.norms(), 3, false, true));
            ReportFixture.week47(db);
        }
        cli = new CliRun(dir);
    }

    @Test
    void theWeeklyReportOfAGivenWeek() throws Exception {
        Path out = dir.resolve("неделя 47.xlsx");
        assertThat(cli.run("report", "weekly", "--week", "2026-W47", "--out", out.toString())).isZero();
        assertThat(cli.out()).contains("неделя 47 (16.11.2026 — 22.11.2026)").contains("опубликовано 6 при норме 7");
        ZipSecureFile.setMinInflateRatio(0.001);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Публикации").getRow(0).getCell(0).getStringCellValue()).contains("неделя 47");
            // «Отчёт», four sections, the late list and the trend's weeks.
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Отчёт");
        }
        // Any day of the week names it too; an existing file is never replaced from the command line (issue 21).
        assertThat(cli.run("report", "weekly", "--week", "18.11.2026", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("уже существует");
        assertThat(cli.run("report", "weekly", "--week", "18.11.2026", "--out", dir.resolve("ещё.xlsx").toString())).isZero();
        assertThat(cli.out()).contains("неделя 47");
    }

    @Test
    void thePeriodReportTakesRussianAndIsoDates() throws Exception {
        Path out = dir.resolve("квартал.xlsx");
        assertThat(cli.run("report", "period", "--from", "01.10.2026", "--to", "2026-12-31", "--out", out.toString())).isZero();
        assertThat(cli.out()).contains("01.10.2026 — 31.12.2026 (14 нед.)");
        ZipSecureFile.setMinInflateRatio(0.001);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Сообщения")).isNotNull();
            assertThat(wb.getSheet("Публикации").getLastRowNum()).isGreaterThan(14);
        }
    }

    @Test
    void aPdfNameGivesAPdfOfEachReport() throws Exception {
        Path weekly = dir.resolve("неделя 47.pdf");
        Path period = dir.resolve("ноябрь.pdf");
        Path registry = dir.resolve("реестр.pdf");
        assertThat(cli.run("report", "weekly", "--week", "2026-W47", "--out", weekly.toString())).isZero();
        assertThat(cli.run("report", "period", "--from", "01.11.2026", "--to", "30.11.2026", "--out", period.toString())).isZero();
        assertThat(cli.run("report", "registry", "--quarter", "2026-Q4", "--out", registry.toString())).isZero();
        for (Path pdf : java.util.List.of(weekly, period, registry)) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace('\n', ' ');
                assertThat(text).as(pdf.getFileName().toString()).contains("Берёзовское сельское поселение");
                if (pdf.equals(weekly)) {
                    assertThat(text).contains("неделя 47 (16.11.2026 — 22.11.2026)").contains("Опубликовано 6 при норме 7");
                } else if (pdf.equals(period)) {
                    assertThat(text).contains("01.11.2026 — 30.11.2026").contains("неполная неделя");
                } else {
                    assertThat(text).contains("Реестр").contains("https://vk.com/berezovka");
                }
            }
        }
    }

    @Test
    void mistakesAreToldInRussianWithExitCode2() {
        Path out = dir.resolve("x.xlsx");
        assertThat(cli.run("report", "weekly", "--week", "2026-W60", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("«2026-W60» — не неделя");
        assertThat(cli.run("report", "period", "--from", "31.12.2026", "--to", "01.10.2026", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Период кончается раньше, чем начинается: с 31.12.2026 по 01.10.2026");
        assertThat(cli.run("report", "period", "--from", "32.10.2026", "--to", "01.11.2026", "--out", out.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("«32.10.2026» — не дата");
        assertThat(cli.run("report", "weekly", "--week")).isEqualTo(2);
        assertThat(cli.err()).contains("После --week нужно значение");
        assertThat(cli.run("report", "monthly")).isEqualTo(2);
        assertThat(cli.err()).contains("report weekly").contains("report registry");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenFailsWithExitCode1() {
        Path out = dir.resolve("нет такой папки").resolve("отчёт.xlsx");
        assertThat(cli.run("report", "weekly", "--week", "2026-W47", "--out", out.toString())).isEqualTo(1);
        assertThat(cli.err()).isNotBlank();
    }

    @Test
    void helpNamesTheReports() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("report weekly --week 2026-W47").contains("report registry");
    }
}
