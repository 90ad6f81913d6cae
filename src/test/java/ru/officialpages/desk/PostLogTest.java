package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;

/** The post log desk: one post, one entry, said in Russian; every write announced. */
class PostLogTest {
    @TempDir
    Path dir;
    private DeskFixture f;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSameLinkTwiceIsRefusedNamingWhenItWasPublished() {
        f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 20, 10, 5), "https://vk.com/wall-210001_1",
                PostFormat.PHOTO, "Приём"));
        assertThat(f.heard).containsExactly(EnumSet.of(Change.POSTS));
        // Moved from PostLogQueryTest: storage refuses, the desk says it.
        assertThatThrownBy(() -> f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 21, 10, 0),
                "https://vk.com/wall-210001_1", PostFormat.TEXT, "")))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("уже есть в журнале")
                .hasMessageContaining("20.11.2026 10:05");
        assertThat(f.heard).hasSize(1);
    }

    @Test
    void aCorrectionCannotMoveALinkToAPageOtherThanTheOneItsNumberBelongsTo() {
        // vk.com/club210001 shows its number; a page kept by short name has none known yet.
        Page other = f.desks.pages().add(new Page(0, organization("МКУК «Берёзовский СДК»"), Network.VK, "https://vk.com/berezovka_sp",
                LocalDate.of(2025, 2, 1), null, null));
        Post logged = f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 20, 10, 5),
                "https://vk.com/wall-210001_45", PostFormat.PHOTO, "Приём"));
        f.heard.clear();

        assertThatThrownBy(() -> f.desks.posts().update(new Post(logged.id(), other.id(), logged.publishedAt(),
                logged.url(), logged.format(), logged.topic())))
                .isInstanceOf(DeskException.class)
                .hasMessage("Номер club210001 уже принадлежит странице «" + f.desks.pages().listing().labelOf(f.vk.id())
                        + "»: одна страница — один номер в сети.");
        assertThat(f.desks.posts().between(LocalDateTime.of(2026, 11, 1, 0, 0), LocalDateTime.of(2026, 12, 1, 0, 0)))
                .singleElement().satisfies(p -> assertThat(p.pageId()).isEqualTo(f.vk.id()));
        assertThat(f.heard).isEmpty();
        // The same refusal through the version-checked path the dialog uses.
        assertThatThrownBy(() -> f.desks.posts().update(new Post(logged.id(), other.id(), logged.publishedAt(),
                logged.url(), logged.format(), logged.topic()), f.desks.posts().version(logged.id())))
                .isInstanceOf(DeskException.class).hasMessageContaining("club210001");
    }

    @Test
    void aCorrectionOntoAPageLearnsANumberNobodyHoldsAsWhenAdding() {
        Page other = f.desks.pages().add(new Page(0, organization("МКУК «Берёзовский СДК»"), Network.VK, "https://vk.com/berezovka_sp",
                LocalDate.of(2025, 2, 1), null, null));
        Page third = f.desks.pages().add(new Page(0, organization("МБОУ «Берёзовская СОШ»"), Network.VK, "https://vk.com/berezovka_news",
                LocalDate.of(2025, 2, 1), null, null));
        Post logged = f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 20, 10, 5),
                "https://vk.com/wall-777_3", PostFormat.PHOTO, "Приём"));

        Post moved = f.desks.posts().update(new Post(logged.id(), other.id(), logged.publishedAt(), logged.url(),
                logged.format(), logged.topic()));

        assertThat(moved.pageId()).isEqualTo(other.id());
        assertThat(f.desks.pages().identities()).anySatisfy(i -> {
            assertThat(i.pageId()).isEqualTo(other.id());
            assertThat(i.ownerId()).isEqualTo(-777L);
        });
        // Learned now: the next move to a third page is refused naming the page that holds the number.
        assertThatThrownBy(() -> f.desks.posts().update(new Post(logged.id(), third.id(), logged.publishedAt(),
                logged.url(), logged.format(), logged.topic())))
                .isInstanceOf(DeskException.class)
                .hasMessageContaining("club777")
                .hasMessageContaining(f.desks.pages().listing().labelOf(other.id()));
    }

    private long organization(String name) {
        return f.desks.pages().saveOrganization(new Organization(0, OrganizationKind.INSTITUTION, name, "", "", "", "",
                false, "", false)).id();
    }

    @Test
    void aTextOfAPostThatIsGoneIsSaidSo() {
        assertThatThrownBy(() -> f.desks.posts().updateText(999, "текст"))
                .isInstanceOf(DeskException.class).hasMessage("Этой публикации уже нет в журнале.");
    }
}
