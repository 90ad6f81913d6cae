package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SqlDumps;

/**
 * Workbooks that are not what the export wrote: each is refused with the sheet and row named and
 * the database left as it was, or (a long cell) loaded whole. Nothing in a file is evaluated.
 */
class FullImportHostileTest {
    @TempDir
    static Path shared;
    static Path export;

    @TempDir
    Path dir;

    @BeforeAll
    static void exportOnce() {
        try (Database db = FullTransferTest.filled(shared.resolve("a.db"))) {
            export = FullTransferTest.export(db, shared.resolve("всё.xlsx"));
        }
    }

    interface Edit {
        void apply(XSSFWorkbook wb);
    }

    /** The export changed as Excel would save it after the edit. */
    static Path edited(Path target, Edit edit) throws IOException {
        return editedFrom(export, target, edit);
    }

    static Path editedFrom(Path source, Path target, Edit edit) throws IOException {
        try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.apply(wb);
            FullTransferTest.save(wb, target);
        }
        return target;
    }

    /** Loads into a fresh database and expects a refusal; the database must be as it was. */
    String refusal(Path file) {
        try (Database fresh = Database.open(dir.resolve("fresh-" + System.nanoTime() + ".db"))) {
            Map<String, List<String>> before = SqlDumps.of(fresh);
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> FullTransferTest.load(fresh, file));
            assertThat(t).isInstanceOf(FullImportException.class);
            assertThat(SqlDumps.of(fresh)).as("nothing loaded").isEqualTo(before);
            assertThat(new DataTransfer(fresh).isEmpty()).isTrue();
            return t.getMessage();
        }
    }

    @Test
    void aMissingSheetIsNamed() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> wb.removeSheetAt(wb.getSheetIndex("Сообщения — шаги")));
        assertThat(refusal(file)).contains("нет листа «Сообщения — шаги»").contains("Ничего не загружено");
    }

    @Test
    void textInADateColumnIsRefusedWithItsRow() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> wb.getSheet("Страницы").getRow(6).getCell(4).setCellValue("вчера"));
        assertThat(refusal(file)).isEqualTo("Лист «Страницы», строка 7: в столбце «Дата создания» должна быть дата,"
                + " а в ячейке «вчера». Ничего не загружено.");
    }

    @Test
    void aFormulaIsRefusedNeverEvaluated() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> wb.getSheet("Модерация").getRow(4).getCell(5)
                .setCellFormula("HYPERLINK(\"http://evil.example\",\"жми\")"));
        assertThat(refusal(file)).startsWith("Лист «Модерация», строка 5: в столбце «Текст комментария» формула");
    }

    @Test
    void aRowPointingAtNothingIsRefusedWithItsRow() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> wb.getSheet("Публикации").getRow(5).getCell(1).setCellValue(999));
        assertThat(refusal(file)).startsWith("Лист «Публикации», строка 6: строка ссылается на запись, которой в файле нет");
    }

    @Test
    void aRepeatedKeyIsRefusedWithItsRow() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> wb.getSheet("Организации").getRow(5).getCell(0).setCellValue(1));
        assertThat(refusal(file)).startsWith("Лист «Организации», строка 6: такая запись уже есть");
    }

    @Test
    void anUnknownColumnIsRefused() throws IOException {
        // POI does not change a cell the export wrote as an inline string in place: a new cell it is.
        Path file = edited(dir.resolve("f.xlsx"), wb -> {
            Row header = wb.getSheet("Страницы").getRow(3);
            header.removeCell(header.getCell(2));
            header.createCell(2).setCellValue("Сеть");
        });
        assertThat(refusal(file)).isEqualTo("Лист «Страницы», строка 4: столбец «Сеть» программе не знаком. Ничего не загружено.");
    }

    @Test
    void aFileFromANewerProgramIsRefusedBeforeAnyRow() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> {
            for (Row r : wb.getSheet("О файле")) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Версия структуры данных")) {
                    r.getCell(1).setCellValue(99);
                }
            }
        });
        assertThat(refusal(file)).contains("более новой версией программы").contains("99");
    }

    @Test
    void anyOtherWorkbookIsNotTakenForAnExport() throws IOException {
        Path file = dir.resolve("другое.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue("Организация");
            FullTransferTest.save(wb, file);
        }
        assertThat(refusal(file)).contains("нет листа «О файле»");
    }

    @Test
    void garbageAndEmptyFilesAreRefused() throws IOException {
        Path garbage = Files.write(dir.resolve("мусор.xlsx"), new byte[] {1, 2, 3, 'P', 'K', 0, 9});
        assertThat(refusal(garbage)).contains("не удалось прочитать");
        Path empty = Files.write(dir.resolve("пусто.xlsx"), new byte[0]);
        assertThat(refusal(empty)).contains("не удалось прочитать");
    }

    @Test
    void aBrokenPartOfALongTextIsRefusedWithItsRow() throws IOException {
        Path file = edited(dir.resolve("f.xlsx"), wb -> {
            Row part = wb.getSheet("Длинные тексты").getRow(4);
            part.removeCell(part.getCell(4));
            part.createCell(4).setCellValue("это не Base64 !!!");
        });
        assertThat(refusal(file)).isEqualTo("Лист «Длинные тексты», строка 5: часть длинного текста повреждена."
                + " Ничего не загружено.");
    }

    /** Excel allows 32,767 characters in a cell; a file made otherwise may hold more: it loads whole. */
    @Test
    void aCellLongerThanExcelAllowsLoadsWhole() throws IOException {
        // One letter repeated: it inflates past POI's usual zip-bomb bound, and is still the user's data.
        String word = "ё".repeat(33_000);
        Path file = dir.resolve("длинный.xlsx");
        replaceInParts(export, file, "Тыртышка", word);
        try (Database fresh = Database.open(dir.resolve("b.db"))) {
            FullTransferTest.load(fresh, file);
            assertThat(SqlDumps.of(fresh).get("dictionary_word")).containsExactly("word=String:" + word + "|");
        }
    }

    /** Copies a zip, replacing {@code from} with {@code to} in every sheet's XML. */
    static void replaceInParts(Path source, Path target, String from, String to) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = in.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
