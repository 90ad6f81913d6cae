package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PostFormat;

class PostImportTest {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    @TempDir
    Path dir;
    final Page vk = new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 20), null, null);
    final Page tg = new Page(2, 1, Network.TELEGRAM, "https://t.me/berezovka_sp", LocalDate.of(2025, 1, 20),
            LocalDate.of(2026, 6, 1), null);
    final PostImport reader = new PostImport(List.of(vk, tg), Set.of("https://vk.com/wall-210001_1"));

    private Path csv(String text) throws Exception {
        Path f = dir.resolve("posts.csv");
        Files.write(f, text.getBytes(WINDOWS_1251));
        return f;
    }

    @Test
    void aGoodWindows1251FileWithColumnsInAnyOrder() throws Exception {
        PostImport.Preview p = reader.read(csv("""
                тема;ССЫЛКА НА ПУБЛИКАЦИЮ;Дата публикации;Адрес страницы;Формат
                Субботник;vk.com/wall-210001_7;20.11.2026 10:30;vk.com/club210001;Фото
                Итоги недели;https://vk.com/club210001?w=wall-210001_8;21.11.2026;https://vk.com/club210001/;видео
                Опрос;t.me/berezovka_sp/15;15.05.2026 9:05;t.me/berezovka_sp;опрос
                """));
        assertThat(p.errors()).isEmpty();
        assertThat(p.canApply()).isTrue();
        assertThat(p.posts()).extracting(l -> l.post().url()).containsExactly(
                "https://vk.com/wall-210001_7", "https://vk.com/wall-210001_8", "https://t.me/berezovka_sp/15");
        assertThat(p.posts().get(0).post().publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 30));
        assertThat(p.posts().get(0).post().format()).isEqualTo(PostFormat.PHOTO);
        assertThat(p.posts().get(1).post().format()).isEqualTo(PostFormat.VIDEO);
        assertThat(p.posts().get(2).post().pageId()).isEqualTo(2);
        assertThat(p.posts().get(0).line()).isEqualTo(2);
    }

    @Test
    void everyErrorIsReportedWithItsLineAndNothingCanBeApplied() throws Exception {
        PostImport.Preview p = reader.read(csv("""
                Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема
                20.11.2026;vk.com/club210001;vk.com/wall-210001_7;фото;хорошая строка
                31.11.2026;vk.com/club210001;vk.com/wall-210001_9;фото;нет такой даты
                20.11.2026;vk.com/other;vk.com/wall-5_1;фото;страницы нет в реестре
                20.11.2026;vk.com/club210001;vk.com/wall-210001_7;фото;та же ссылка
                20.11.2026;vk.com/club210001;vk.com/wall-210001_1;фото;уже в журнале
                20.11.2026;vk.com/club210001;vk.com/wall-210001_3;стих;неизвестный формат
                20.11.2026;t.me/berezovka_sp;t.me/berezovka_sp/16;текст;канал уже удалён
                20.11.2026;vk.com/club210001;t.me/berezovka_sp/17;текст;чужая страница
                """));
        assertThat(p.canApply()).isFalse();
        assertThat(p.errors()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(p.errors().get(0).text()).contains("Строка 3").contains("31.11.2026");
        assertThat(p.errors().get(3).message()).contains("уже есть в журнале");
        assertThat(p.errors().get(2).message()).contains("строке 2");
    }

    @Test
    void anEmptyOrHeaderlessFileIsRefused() throws Exception {
        assertThat(reader.read(csv("Дата публикации;Адрес страницы;Ссылка на публикацию\n")).canApply()).isFalse();
        PostImport.Preview noHeader = reader.read(csv("что-то;совсем;другое\n1;2;3\n"));
        assertThat(noHeader.canApply()).isFalse();
        assertThat(noHeader.errors()).isNotEmpty();
    }

    @Test
    void anOptionalTextColumnGivesEachPostItsText() throws Exception {
        Path f = dir.resolve("posts-text.csv");
        // A text with a line break and the separator inside quotes, as Excel saves it to CSV.
        Files.writeString(f, """
                Дата публикации;Адрес страницы;Ссылка на публикацию;Текст
                20.11.2026 10:30;vk.com/club210001;vk.com/wall-210001_7;"Субботник в парке.
                Приходите; перчатки дадим!"
                21.11.2026;vk.com/club210001;vk.com/wall-210001_8;
                """, java.nio.charset.StandardCharsets.UTF_8);
        PostImport.Preview p = reader.read(f);
        assertThat(p.errors()).isEmpty();
        assertThat(p.posts()).hasSize(2);
        assertThat(p.posts().get(0).post().text()).isEqualTo("Субботник в парке.\nПриходите; перчатки дадим!");
        assertThat(p.posts().get(1).post().text()).isEmpty();
        assertThat(p.toAdd().get(0).text()).startsWith("Субботник");
    }

    @Test
    void withoutATextColumnPostsHaveNoText() throws Exception {
        PostImport.Preview p = reader.read(csv("""
                Дата публикации;Адрес страницы;Ссылка на публикацию
                20.11.2026;vk.com/club210001;vk.com/wall-210001_7
                """));
        assertThat(p.errors()).isEmpty();
        assertThat(p.warnings()).isEmpty();
        assertThat(p.posts().get(0).post().text()).isEmpty();
    }
}
