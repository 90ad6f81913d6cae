package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.imports.MessageImport;
import ru.officialpages.imports.PostImport;
import ru.officialpages.rules.PostLink;

/**
 * Issue 16 item 1: a VK wall link ({@code vk.com/wall-210001_99}) finds the page registered by short
 * name once the page's number is known — from the clerk's answer, an import line, a numeric address or
 * the page card — in the post log, the importers and every later link; a number is one page's only.
 */
class PageIdentityTest {
    @TempDir
    Path dir;
    private DeskFixture f;
    private Page shortName;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir); // f.vk is vk.com/club210001
        f.desks.pages().delete(f.vk.id(), LocalDate.of(2025, 6, 1));
        shortName = f.desks.pages().add(new Page(0, f.admin.id(), Network.VK, "https://vk.com/berezovka_sp",
                LocalDate.of(2025, 6, 1), null, null));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static PostLink link(String url) {
        return PostLink.parse(url).orElseThrow();
    }

    @Test
    void theClerksAnswerIsRememberedAndTheNextLinkFindsThePageAtOnce() {
        PostLink first = link("https://vk.com/wall-310001_99");
        assertThat(f.desks.pages().listing().pageOf(first)).isEmpty();
        f.desks.pages().remember(first, shortName, PageIdentity.Source.CLERK);
        assertThat(f.desks.pages().listing().pageOf(link("https://vk.com/wall-310001_100"))).contains(shortName);
        assertThat(PageDirectory.identityText(shortName, f.desks.pages().identities())).isEqualTo("club310001");
    }

    @Test
    void aNumberAnotherPageHoldsIsRefusedNamingThatPage() {
        Page ok = f.desks.pages().add(new Page(0, f.admin.id(), Network.OK, "https://ok.ru/berezovka",
                LocalDate.of(2025, 6, 1), null, null));
        f.desks.pages().remember(link("https://vk.com/wall-310001_1"), shortName, PageIdentity.Source.CLERK);
        Page club = f.desks.pages().add(new Page(0, f.desks.pages().saveOrganization(new ru.officialpages.domain.Organization(
                0, ru.officialpages.domain.OrganizationKind.INSTITUTION, "Дом культуры", "", "", "", "", false, "", false))
                .id(), Network.VK, "https://vk.com/dk_berezovka", LocalDate.of(2025, 6, 1), null, null));
        assertThatThrownBy(() -> f.desks.pages().remember(link("https://vk.com/wall-310001_2"), club,
                PageIdentity.Source.CLERK))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("club310001")
                .hasMessageContaining("Администрация Берёзовского сельского поселения — ВКонтакте");
        assertThatThrownBy(() -> f.desks.pages().setIdentity(club, "club310001"))
                .isInstanceOf(DeskException.class).hasMessageContaining("уже принадлежит странице");
        assertThatThrownBy(() -> f.desks.pages().setIdentity(club, "не номер"))
                .isInstanceOf(DeskException.class).hasMessageContaining("club210001");
        f.desks.pages().setIdentity(club, "public410001");
        assertThat(f.desks.pages().listing().pageOf(link("https://vk.com/wall-410001_7"))).contains(club);
        assertThat(ok.id()).isPositive();
    }

    @Test
    void aNumericAddressIsThePagesNumberFromTheStart() {
        Page numeric = f.desks.pages().add(new Page(0, f.desks.pages().saveOrganization(new ru.officialpages.domain.Organization(
                0, ru.officialpages.domain.OrganizationKind.INSTITUTION, "Библиотека", "", "", "", "", false, "", false))
                .id(), Network.VK, "https://vk.com/public555", LocalDate.of(2025, 6, 1), null, null));
        assertThat(f.desks.pages().identities()).anySatisfy(i -> {
            assertThat(i.pageId()).isEqualTo(numeric.id());
            assertThat(i.ownerId()).isEqualTo(-555);
        });
        // Renamed to a short name later, the page keeps its number, so old wall links still find it.
        Page renamed = f.desks.pages().changeAddress(numeric.id(), "https://vk.com/biblioteka", LocalDate.of(2026, 1, 1));
        assertThat(f.desks.pages().listing().pageOf(link("https://vk.com/wall-555_3"))).contains(renamed);
    }

    @Test
    void anImportLineNamingThePageTeachesItsNumberToThePostLogAndTheMessages() throws Exception {
        Path file = dir.resolve("posts.csv");
        Files.writeString(file, """
                Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема
                20.11.2026 10:00;vk.com/berezovka_sp;https://vk.com/wall-310001_99;фото;Приём граждан
                21.11.2026 10:00;vk.com/berezovka_sp;https://vk.com/wall-310001_100;фото;Субботник
                """, StandardCharsets.UTF_8);
        var flow = f.desks.imports().posts();
        PostImport.Preview preview = flow.preview(file);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.learned()).singleElement().satisfies(i -> assertThat(i.ownerId()).isEqualTo(-310001));
        assertThat(flow.apply(preview)).isEqualTo(2);
        assertThat(f.desks.pages().listing().pageOf(link("https://vk.com/wall-310001_101"))).contains(shortName);

        Path messages = dir.resolve("messages.csv");
        Files.writeString(messages, """
                Соцсеть;Ссылка;Автор;Текст;Дата выявления
                ВКонтакте;https://vk.com/wall-310001_99;Иванов;Когда починят дорогу?;23.11.2026 09:00
                """, StandardCharsets.UTF_8);
        MessageImport.Preview m = f.desks.imports().messages().preview(messages);
        assertThat(m.errors()).isEmpty();
        assertThat(m.toAdd()).extracting(Message::pageId).containsExactly(shortName.id());
    }
}
