package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSheetTest {
    @TempDir
    Path dir;

    @Test
    void theMonthPlanIsATypedLandscapeSheetWithASignatureLine() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        PlanSheet.write(file, "Берёзовское сельское поселение", "Ноябрь 2026 г.", List.of(
                new PlanSheet.Row(LocalDate.of(2026, 11, 25), "10:00", "Глава — ВКонтакте", "Неделя главы", "", "видео", "запланировано"),
                new PlanSheet.Row(LocalDate.of(2026, 11, 27), "", "Администрация — ВКонтакте\nАдминистрация — Одноклассники",
                        "=HYPERLINK(\"http://x\",\"y\")", "День матери", "фото", "идея")),
                "Специалист Смирнова А. В.", "Иванов С. П.");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Контент-план");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            String all = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText();
            assertThat(all).contains("График выхода публикаций — Берёзовское сельское поселение", "Ноябрь 2026 г.",
                    "Подготовил: Специалист Смирнова А. В.", "Согласовано: Глава ______________ / Иванов С. П.");
            var dateCells = new java.util.ArrayList<LocalDate>();
            boolean formula = false;
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        dateCells.add(cell.getLocalDateTimeCellValue().toLocalDate());
                    }
                    formula |= cell.getCellType() == CellType.FORMULA;
                }
            }
            assertThat(dateCells).containsExactly(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27));
            assertThat(formula).as("user text never becomes a formula").isFalse();
        }
    }
}
