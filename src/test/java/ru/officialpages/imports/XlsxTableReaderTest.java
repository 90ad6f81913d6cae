package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    private final TableReader reader = new TableReader();

    /** A post log as a user would keep it; written by POI, so no formula has a cached result. */
    private static byte[] postLog() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));

            Sheet sheet = wb.createSheet("Публикации");
            Row header = sheet.createRow(0);
            String[] names = {" Дата ", "Время публикации", "Охват", "Ссылка", "Тема", "Телефон"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row r = sheet.createRow(2); // row 3 in Excel; row 2 left blank
            r.createCell(0).setCellValue(LocalDate.of(2026, 11, 22));
            r.getCell(0).setCellStyle(date);
            r.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 22, 17, 30));
            r.getCell(1).setCellStyle(dateTime);
            r.createCell(2).setCellValue(1234.5);
            r.createCell(3).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
            r.createCell(4).setCellValue("Ёлка на площади");
            r.createCell(5).setCellValue(79131234567d);

            Row cached = sheet.createRow(3);
            cached.createCell(0).setCellFormula("1+1");
            cached.getCell(0).setCellValue(2); // a cached result, as Excel would save it
            cached.createCell(3).setCellValue("пост");
            Hyperlink link = helper.createHyperlink(HyperlinkType.URL);
            link.setAddress("https://vk.com/wall-1_2");
            cached.getCell(3).setHyperlink(link);
            cached.createCell(4).setCellValue(true);

            wb.createSheet("Второй лист").createRow(0).createCell(0).setCellValue("не читается");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetWithTypedCellsAndSpreadsheetRowNumbers() throws IOException {
        Table table = reader.read(postLog());

        assertThat(table.headerLine()).isEqualTo(1);
        assertThat(table.headers()).containsExactly("Дата", "Время публикации", "Охват", "Ссылка", "Тема", "Телефон");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(3, 4);

        Table.Row row = table.rows().get(0);
        assertThat(row.cell(0).value()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(row.cell(0).date()).contains(LocalDate.of(2026, 11, 22));
        assertThat(row.text(0)).isEqualTo("2026-11-22");
        assertThat(row.cell(1).value()).isEqualTo(LocalDateTime.of(2026, 11, 22, 17, 30));
        assertThat(row.text(1)).isEqualTo("2026-11-22T17:30");
        assertThat(row.cell(2).number()).hasValue(1234.5);
        assertThat(row.text(2)).isEqualTo("1234.5");
        assertThat(row.text(4)).isEqualTo("Ёлка на площади");
        assertThat(row.text(5)).isEqualTo("79131234567");
    }

    @Test
    void formulaWithoutACachedResultComesBackAsItsTextNotEvaluated() throws IOException {
        Table.Cell cell = reader.read(postLog()).rows().get(0).cell(3);

        assertThat(cell.text()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(cell.text()).isNotEqualTo("y");
        assertThat(cell.value()).isNull();
        assertThat(cell.link()).isEqualTo("http://x");
    }

    @Test
    void formulaWithACachedResultGivesTheResultAndCellHyperlinksAreKept() throws IOException {
        Table.Row row = reader.read(postLog()).rows().get(1);

        assertThat(row.text(0)).isEqualTo("2");
        assertThat(row.cell(0).number()).hasValue(2.0);
        assertThat(row.text(3)).isEqualTo("пост");
        assertThat(row.cell(3).link()).isEqualTo("https://vk.com/wall-1_2");
        assertThat(row.cell(4).value()).isEqualTo(Boolean.TRUE);
        assertThat(row.text(1)).isEmpty();
    }

    @Test
    void readsAnXlsxFileByContentWhateverItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("журнал.csv");
        Files.write(file, postLog());

        assertThat(reader.read(file).rows()).hasSize(2);
    }

    @Test
    void emptySheetIsRefused() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Пусто").createRow(4).createCell(2).setCellValue("  ");
            wb.write(out);
            assertThatThrownBy(() -> reader.read(out.toByteArray()))
                    .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isZero())
                    .hasMessageContaining("Файл пустой");
        }
    }

    @Test
    void tooManyRowsAndLongCellsAreRefusedNamingTheRow() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Тема");
            for (int i = 1; i <= 6; i++) {
                sheet.createRow(i).createCell(0).setCellValue("тема " + i);
            }
            sheet.getRow(6).createCell(1).setCellValue("я".repeat(40));
            wb.write(out);
            byte[] xlsx = out.toByteArray();

            assertThatThrownBy(() -> new TableReader(new TableLimits(1 << 20, 4, 100)).read(xlsx))
                    .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(6))
                    .hasMessage("Строка 6: в таблице больше 4 строк. Разделите таблицу на несколько файлов.");
            assertThatThrownBy(() -> new TableReader(new TableLimits(1 << 20, 100, 30)).read(xlsx))
                    .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(7))
                    .hasMessage("Строка 7, столбец 2: в ячейке больше 30 символов.");
        }
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() {
        byte[] notXlsx = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThatThrownBy(() -> reader.read(notXlsx))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isZero())
                .hasMessageContaining("Файл повреждён");
    }
}
