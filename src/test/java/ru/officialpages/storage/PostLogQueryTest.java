package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostSort;

/** The post log's filters, order and paging, in SQL on a real file. */
/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class PostLogQueryTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    PostRepository posts;
    Page vk;
    Page ok;

    @BeforeEach
    void fill() {
        db = engine.open(dir);
        posts = new PostRepository(db);
        Organization org = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        PageRepository pages = new PageRepository(db);
        vk = pages.add(new Page(0, org.id(), Network.VK, "https://vk.com/adm", LocalDate.of(2025, 1, 1), null, null));
        ok = pages.add(new Page(0, org.id(), Network.OK, "https://ok.ru/adm", LocalDate.of(2025, 1, 1), null, null));
        List<Post> list = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2026, 11, 1, 9, 0);
        for (int i = 0; i < 30; i++) {
            Page p = i % 3 == 0 ? ok : vk;
            String topic = i % 10 == 0 ? "Субботник в парке" : "Приём граждан";
            list.add(new Post(0, p.id(), t.plusHours(i * 12L), p.address() + "/post" + i, i % 2 == 0 ? PostFormat.PHOTO : PostFormat.TEXT, topic));
        }
        posts.addAll(list);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everythingNewestFirstInSlices() {
        assertThat(posts.count(PostFilter.ALL)).isEqualTo(30);
        List<PostEntry> first = posts.slice(PostFilter.ALL, PostSort.NEWEST, 0, 10);
        List<PostEntry> second = posts.slice(PostFilter.ALL, PostSort.NEWEST, 10, 10);
        assertThat(first).hasSize(10);
        assertThat(first.get(0).post().publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 1, 9, 0).plusHours(12 * 29));
        assertThat(first.get(9).post().publishedAt()).isAfter(second.get(0).post().publishedAt());
        assertThat(first.get(0).organizationName()).isEqualTo("Администрация");
    }

    @Test
    void filtersCombine() {
        PostFilter okPhotos = new PostFilter(ok.id(), null, null, PostFormat.PHOTO, "");
        assertThat(posts.count(okPhotos)).isEqualTo(5); // i = 0, 6, 12, 18, 24
        assertThat(posts.slice(okPhotos, PostSort.OLDEST, 0, 100))
                .allSatisfy(e -> {
                    assertThat(e.post().pageId()).isEqualTo(ok.id());
                    assertThat(e.post().format()).isEqualTo(PostFormat.PHOTO);
                });
        PostFilter firstDays = new PostFilter(null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), null, "");
        assertThat(posts.count(firstDays)).isEqualTo(4);
    }

    @Test
    void textIsFoundWhateverItsCaseAndYo() {
        assertThat(posts.count(new PostFilter(null, null, null, null, "субботник"))).isEqualTo(3);
        assertThat(posts.count(new PostFilter(null, null, null, null, "ПРИЁМ"))).isEqualTo(27);
        assertThat(posts.count(new PostFilter(null, null, null, null, "ok.ru"))).isEqualTo(10);
        assertThat(posts.count(new PostFilter(null, null, null, null, "100%_"))).isZero();
    }

    @Test
    void theSameLinkTwiceIsRefused() {
        assertThatThrownBy(() -> posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 12, 1, 10, 0),
                "https://vk.com/adm/post1", PostFormat.TEXT, "")))
                .isInstanceOf(DuplicatePostException.class)
                // Said in Russian by the desk: desk.PostLogTest.
                .satisfies(e -> assertThat(((DuplicatePostException) e).publishedAt()).isNotNull());
        assertThat(posts.count()).isEqualTo(30);
    }
}
