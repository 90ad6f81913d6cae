package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import ru.officialpages.storage.DataTransfer;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SqlDumps;

/**
 * Random and hostile values put into random cells of a real export (issue 9): the load either
 * takes the file or refuses it with the sheet and the row named, and after a refusal the database
 * is exactly as before. A formula is always refused, never evaluated.
 */
class FullImportProperties {
    private static Path dir;
    private static Path export;

    @BeforeContainer
    static void exportOnce() throws IOException {
        dir = Files.createTempDirectory("full-import");
        try (Database db = FullTransferTest.filled(dir.resolve("a.db"))) {
            export = FullTransferTest.export(db, dir.resolve("всё.xlsx"));
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A value for a cell: text (with formulas as text, control characters, huge), a number, a flag, or a real formula. */
    record Value(String text, Double number, Boolean flag, String formula) {
        void put(Row row, int column) {
            Cell old = row.getCell(column);
            if (old != null) {
                row.removeCell(old);
            }
            Cell c = row.createCell(column);
            if (formula != null) {
                c.setCellFormula(formula);
            } else if (number != null) {
                c.setCellValue(number);
            } else if (flag != null) {
                c.setCellValue(flag);
            } else {
                c.setCellValue(text);
            }
        }
    }

    @Provide
    Arbitrary<Value> values() {
        Arbitrary<Value> texts = Arbitraries.oneOf(
                Arbitraries.of("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(A1)", "+1", "31.11.2026", "20.11.2026 10:30",
                        "2026-11-20", "2026-13-45", "Да", "нет", "", " ", "вчера", "-5", "1e9", "_x0041_", "VK", "ZZ"),
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0001', '\u001f').ofMaxLength(4),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(20_000).ofMaxLength(32_000))
                .map(t -> new Value(t, null, null, null));
        Arbitrary<Value> numbers = Arbitraries.of(0.0, 1.0, -1.0, 2.5, 46000.0, 1e300, 999999.0)
                .map(d -> new Value(null, d, null, null));
        Arbitrary<Value> flags = Arbitraries.of(true, false).map(b -> new Value(null, null, b, null));
        Arbitrary<Value> formulas = Arbitraries.of("HYPERLINK(\"http://evil.example\",\"жми\")", "1+1", "NOW()",
                "WEBSERVICE(\"http://evil.example\")").map(f -> new Value(null, null, null, f));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, texts), net.jqwik.api.Tuple.of(2, numbers),
                net.jqwik.api.Tuple.of(1, flags), net.jqwik.api.Tuple.of(1, formulas));
    }

    @Provide
    Arbitrary<String> sheets() {
        return Arbitraries.of("Организации", "Страницы", "Адреса страниц (история)", "Публикации", "Модерация",
                "Чёрный список", "Сообщения", "Сообщения — шаги", "Контент-план", "Часы работы", "Настройки");
    }

    @Property(tries = 20)
    void aChangedCellIsLoadedOrRefusedWithItsSheetAndRow(@ForAll("sheets") String sheet, @ForAll("values") Value value,
            @ForAll @IntRange(min = 4, max = 5) int rowIndex, @ForAll @IntRange(min = 0, max = 23) int column)
            throws IOException {
        Path file = FullImportHostileTest.editedFrom(export, dir.resolve("f.xlsx"), wb -> {
            var s = wb.getSheet(sheet);
            Row row = s.getRow(Math.min(rowIndex, s.getLastRowNum()));
            int width = s.getRow(3).getLastCellNum();
            value.put(row, column % width);
        });
        Path db = dir.resolve("fresh.db");
        Files.deleteIfExists(db);
        try (Database fresh = Database.open(db)) {
            Map<String, List<String>> before = SqlDumps.of(fresh);
            Throwable t = catchThrowable(() -> FullTransferTest.load(fresh, file));
            if (t == null) {
                assertThat(value.formula()).as("a formula is never taken").isNull();
                assertThat(new DataTransfer(fresh).isEmpty()).isFalse();
            } else {
                assertThat(t).isInstanceOf(FullImportException.class);
                assertThat(t.getMessage()).matches("(?s)Лист «[^»]+», строка \\d+: .+ Ничего не загружено\\.");
                assertThat(SqlDumps.of(fresh)).isEqualTo(before);
            }
            if (value.formula() != null) {
                assertThat(t).hasMessageContaining("формула");
            }
        }
    }
}
