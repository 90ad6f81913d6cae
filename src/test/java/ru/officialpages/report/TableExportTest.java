package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The description a table screen gives for export and printing. */
class TableExportTest {
    @TempDir
    Path dir;

    record Row(int n, LocalDate day, String name, boolean done) {
    }

    private static TableExport<Row> export(int rows) {
        return TableExport.<Row>of("Таблица", use -> use.accept(IntStream.range(0, rows)
                        .mapToObj(i -> new Row(i, LocalDate.of(2026, 11, 1).plusDays(i % 30), "строка " + i, i % 2 == 0))))
                .column(Column.integer("№", 6, Row::n))
                .column(Column.date("День", 12, Row::day))
                .column(Column.text("Название", 30, Row::name))
                .column(Column.yesNo("Готово", 8, Row::done));
    }

    @Test
    void printedRowsAreTextAsTheScreenShowsThemAndStopOnePastTheLimit() {
        List<List<String>> rows = export(10).textRows(3);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("1", "02.11.2026", "строка 1", "Нет");
        assertThat(export(2).textRows(3)).hasSize(2);
    }

    @Test
    void narrowTablesArePortraitWideOnesLandscape() {
        assertThat(export(1).orientation()).isEqualTo(PageOrientation.PORTRAIT);
        TableExport<Row> wide = export(1).column(Column.wrappedText("Примечание", 60, Row::name));
        assertThat(wide.orientation()).isEqualTo(PageOrientation.LANDSCAPE);
    }

    @Test
    void theFilterLineNamesTheFiltersOrSaysAllRows() {
        assertThat(export(1).filterLine()).isEqualTo("Отбор: все записи");
        assertThat(export(1).filter("формат «фото»").filter(" ").filter("поиск «парк»").filterLine())
                .isEqualTo("Отбор: формат «фото»; поиск «парк»");
        assertThat(export(1).fullTitle("Берёзовское СП")).isEqualTo("Таблица — Берёзовское СП");
        assertThat(export(1).fullTitle("")).isEqualTo("Таблица");
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() {
        Path file = dir.resolve("отменённый.xlsx");
        // «Отмена» interrupts the export's thread while it writes; here the rows do it at row 1,500.
        TableExport<Integer> cancelled = TableExport.<Integer>of("Таблица", use -> use.accept(IntStream.range(0, 5_000)
                        .peek(i -> {
                            if (i == 1_500) {
                                Thread.currentThread().interrupt();
                            }
                        }).boxed()))
                .column(Column.integer("№", 6, (Integer i) -> i));
        try {
            assertThatThrownBy(() -> cancelled.write(file, "", WriteProgress.NONE))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(Files.exists(file)).isFalse();
        assertThat(export(5_000).write(file, "", WriteProgress.NONE)).isEqualTo(5_000);
        assertThat(Files.exists(file)).isTrue();
    }
}
