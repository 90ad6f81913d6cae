package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final TableReader reader = new TableReader();

    @Test
    void readsWindows1251WithSemicolonsQuotesAndLineNumbers() {
        String csv = " Организация ; Сеть;Адрес страницы ;Дата создания\r\n"
                + "Администрация Иштанского сельского поселения;ВКонтакте;https://vk.com/club123;01.02.2024\r\n"
                + "\r\n"
                + "\"Дом культуры \"\"Ёлочка\"\"; с. Иштан\";Одноклассники;ok.ru/group/5;\r\n"
                + "\"Библиотека\r\n(филиал)\";Telegram;t.me/lib_ishtan;03.04.2025\r\n"
                + ";;;\r\n"
                + "Школа;MAX;max.ru/school;\r\n";

        Table table = reader.read(csv.getBytes(WINDOWS_1251));

        assertThat(table.headerLine()).isEqualTo(1);
        assertThat(table.headers()).containsExactly("Организация", "Сеть", "Адрес страницы", "Дата создания");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4, 5, 8);
        assertThat(table.rows().get(0).text(0)).isEqualTo("Администрация Иштанского сельского поселения");
        assertThat(table.rows().get(1).text(0)).isEqualTo("Дом культуры \"Ёлочка\"; с. Иштан");
        assertThat(table.rows().get(1).text(3)).isEmpty();
        assertThat(table.rows().get(2).text(0)).isEqualTo("Библиотека\r\n(филиал)");
        assertThat(table.rows().get(3).text(2)).isEqualTo("max.ru/school");
        assertThat(table.rows().get(3).text(9)).isEmpty();
        assertThat(table.rows().get(0).cell(3).value()).isNull();
    }

    @Test
    void readsUtf8WithBomAndCommas() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Дата,Ссылка,Тема\n2026-11-22,https://vk.com/wall-1_2,\"Ёлка, праздник\"\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(body, 0, csv, bom.length, body.length);

        Table table = reader.read(csv);

        assertThat(table.headers()).containsExactly("Дата", "Ссылка", "Тема");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.text(2)).isEqualTo("Ёлка, праздник");
        });
    }

    @Test
    void readsUtf8WithoutBomAndLoneCarriageReturns() {
        byte[] csv = "Тема;Формат\rНовости;фото\r\rОпрос;опрос".getBytes(StandardCharsets.UTF_8);

        Table table = reader.read(csv);

        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4);
        assertThat(table.rows().get(1).text(0)).isEqualTo("Опрос");
    }

    @Test
    void shortWindows1251TextThatIsValidUtf8OfAnotherScriptIsReadAsCyrillic() {
        // «аёё» in Windows-1251 is E0 B8 B8, valid UTF-8 for Thai «ุ» (jqwik found it: TableReaderProperties).
        assertThat(reader.read("\"аёё\"\r\n".getBytes(WINDOWS_1251)).headers()).containsExactly("аёё");
        assertThat(reader.read("еёё;Тема\r\n".getBytes(WINDOWS_1251)).headers()).containsExactly("еёё", "Тема");
        // Letter pairs such as «Вё» (C2 B8) are valid UTF-8 too; a whole 1251 file is not taken for a mixed one.
        assertThat(reader.read("\"а\";\"ВёааёёВё\"\r\n".getBytes(WINDOWS_1251)).headers())
                .containsExactly("а", "ВёааёёВё");
        // Real UTF-8 stays UTF-8: with Cyrillic, or with only shared signs (an emoji), or Latin.
        assertThat(reader.read("аёё;ุ\r\n".getBytes(StandardCharsets.UTF_8)).headers()).containsExactly("аёё", "ุ");
        assertThat(reader.read("\uD83D\uDC4D;«x»\r\n".getBytes(StandardCharsets.UTF_8)).headers())
                .containsExactly("\uD83D\uDC4D", "«x»");
        assertThat(reader.read("Café;№\r\n".getBytes(StandardCharsets.UTF_8)).headers()).containsExactly("Café", "№");
    }

    @Test
    void readsUtf16TabSeparatedTextFromExcel() {
        byte[] body = "Тема\tФормат\r\nНовости\tфото\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] csv = new byte[body.length + 2];
        csv[0] = (byte) 0xFF;
        csv[1] = (byte) 0xFE;
        System.arraycopy(body, 0, csv, 2, body.length);

        Table table = reader.read(csv);

        assertThat(table.headers()).containsExactly("Тема", "Формат");
        assertThat(table.rows().get(0).text(1)).isEqualTo("фото");
    }

    @Test
    void headerAfterBlankLinesKeepsItsLine() {
        Table table = reader.read("\n\n  \nА;Б\n1;2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.headerLine()).isEqualTo(4);
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(5);
    }

    @Test
    void delimiterComesFromTheHeaderLineNotFromQuotedText() {
        assertThat(CsvTableReader.delimiter("\"a;b;c\",d\n", 0)).isEqualTo(',');
        assertThat(CsvTableReader.delimiter("a;b,c;d\n", 0)).isEqualTo(';');
        assertThat(CsvTableReader.delimiter("one column\n", 0)).isEqualTo(';');
    }

    @Test
    void emptyFilesAreRefused() {
        for (byte[] empty : List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\r\n \r\n\t".getBytes(StandardCharsets.UTF_8), ";;;\n;;\n".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> reader.read(empty))
                    .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isZero())
                    .hasMessageContaining("Файл пустой");
        }
    }

    @Test
    void binaryContentIsRefusedNamingTheLine() {
        byte[] csv = "Тема;Формат\nНовости;фото\nx\u0000\u0001y;z\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(csv))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageStartingWith("Строка 3: в файле есть недопустимые символы");
    }

    @Test
    void unclosedQuoteIsRefusedNamingTheLineWhereTheRowStarts() {
        byte[] csv = "Тема;Формат\nНовости;фото\n\n\"Опрос;опрос\nещё строка\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(csv))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageStartingWith("Строка 4: ошибка в кавычках");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedNamingTheLine() {
        byte[] csv = "Тема;Формат\n\"Опрос\"x;опрос\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(csv))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void overlongCellIsRefusedNamingLineAndColumn() {
        String csv = "А;Б\n1;2\n3;" + "я".repeat(32_768) + "\n";

        assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessage("Строка 3, столбец 2: в ячейке больше 32767 символов.");
        assertThat(reader.read(("А\n" + "я".repeat(32_767)).getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
    }

    @Test
    void moreThan200000RowsAreRefusedAtTheFirstRowPastTheLimit() {
        StringBuilder csv = new StringBuilder("Номер;Тема\n");
        for (int i = 1; i <= 200_000; i++) {
            csv.append(i).append(";тема\n");
        }
        assertThat(reader.read(csv.toString().getBytes(StandardCharsets.UTF_8)).rows()).hasSize(200_000);

        csv.append("200001;тема\n");
        assertThatThrownBy(() -> reader.read(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isEqualTo(200_002))
                .hasMessage("Строка 200002: в таблице больше 200000 строк. Разделите таблицу на несколько файлов.");
    }

    @Test
    void filesOver50MegabytesAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }

        assertThatThrownBy(() -> reader.read(big))
                .isInstanceOfSatisfying(TableException.class, e -> assertThat(e.line()).isZero())
                .hasMessageContaining("больше 50 МБ");
        assertThatThrownBy(() -> reader.read(new byte[50 * 1024 * 1024 + 1]))
                .hasMessageContaining("больше 50 МБ");
    }

    @Test
    void readsAFileAndReportsAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("страницы.csv");
        Files.write(file, "Сеть;Адрес\nВК;vk.com/club1\n".getBytes(WINDOWS_1251));

        assertThat(reader.read(file).rows().get(0).text(1)).isEqualTo("vk.com/club1");
        assertThatThrownBy(() -> reader.read(dir.resolve("нет.csv")))
                .isInstanceOf(TableException.class).hasMessageContaining("Не удалось прочитать файл «нет.csv»");
    }

    @Test
    void oldExcelFormatIsRefusedWithAHint() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThatThrownBy(() -> reader.read(xls)).hasMessageContaining("(.xls)");
    }

    @Test
    void readsOneHundredThousandRowsWithTheirLineNumbers() {
        StringBuilder csv = new StringBuilder("Дата;Время;Страница;Ссылка;Формат;Тема;Повод;Примечание\r\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("22.11.2026;17:30;Администрация Иштанского сельского поселения;https://vk.com/wall-123_")
                    .append(i).append(";фото;\"Благоустройство; дороги\";День поселка;проверено\r\n");
        }
        byte[] bytes = csv.toString().getBytes(WINDOWS_1251);

        // Speed is the benchmarks' business (docs/performance.md), not a test's.
        Table table = reader.read(bytes);

        assertThat(table.rows()).hasSize(100_000);
        assertThat(table.rows().get(99_999).line()).isEqualTo(100_001);
        assertThat(table.rows().get(99_999).text(5)).isEqualTo("Благоустройство; дороги");
    }
}
