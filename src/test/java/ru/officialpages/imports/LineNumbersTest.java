package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;

/** Issue 21, failure 9: the line a problem is on, said once. */
class LineNumbersTest {
    private static final List<Page> PAGES = List.of(
            new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));

    @TempDir
    Path dir;

    @Test
    void aWindows1251LineInAUtf8FileIsReportedAtItsLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема\r\n".getBytes(StandardCharsets.UTF_8));
        for (int line = 2; line <= 501; line++) {
            bytes.write(("20.11.2026;vk.com/club210001;https://vk.com/wall-210001_" + line + ";текст;Новости посёлка\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        bytes.write("20.11.2026;vk.com/club210001;https://vk.com/wall-210001_502;текст;Ярмарка\r\n"
                .getBytes(Charset.forName("windows-1251")));
        bytes.write("20.11.2026;vk.com/club210001;https://vk.com/wall-210001_503;текст;Сход граждан\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("смесь.csv"), bytes.toByteArray());

        PostImport.Preview p = new PostImport(PAGES, Set.of()).read(file);
        assertThat(p.posts()).isEmpty();
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).line()).isEqualTo(502);
        assertThat(p.errors().get(0).text()).startsWith("Строка 502: строка записана не в кодировке UTF-8")
                .doesNotContain("Строка 502: Строка 502");
    }

    @Test
    void aWholeWindows1251FileIsStillReadAsSuch() {
        byte[] file = ("Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема\r\n"
                + "20.11.2026;vk.com/club210001;https://vk.com/wall-210001_1;текст;Ярмарка\r\n").getBytes(Charset.forName("windows-1251"));
        PostImport.Preview p = new PostImport(PAGES, Set.of()).read(new TableReader().read(file));
        assertThat(p.errors()).isEmpty();
        assertThat(p.posts()).hasSize(1);
    }

    @Test
    void aCellErrorNamesItsLineOnce() throws Exception {
        String header = "Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Текст\r\n";
        StringBuilder text = new StringBuilder(header);
        for (int line = 2; line < 502; line++) {
            text.append("20.11.2026;vk.com/club210001;https://vk.com/wall-210001_").append(line).append(";текст;\r\n");
        }
        text.append("20.11.2026;vk.com/club210001;https://vk.com/wall-210001_502;текст;").append("ж".repeat(40_000)).append("\r\n");
        Path file = Files.writeString(dir.resolve("длинный.csv"), text.toString());
        PostImport.Preview p = new PostImport(PAGES, Set.of()).read(file);
        assertThat(p.errors()).hasSize(1);
        assertThat(p.errors().get(0).text()).startsWith("Строка 502, столбец 5:").doesNotContain("Строка 502: Строка 502");
    }
}
