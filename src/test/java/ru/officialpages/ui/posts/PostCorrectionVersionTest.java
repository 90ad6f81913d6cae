package ru.officialpages.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.desk.TestDesks;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.ui.common.DirectTaskExecutor;
import ru.officialpages.ui.common.TestDialogs;

/**
 * A post corrected in one window after another user (another connection to the district's database)
 * saved it meanwhile is refused, not written over (issue 19 item 7).
 */
class PostCorrectionVersionTest {
    @TempDir
    Path dir;
    Database db;
    PostRepository posts;
    Post post;
    PostsViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        Organization adm = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        Page vk = new PageRepository(db).add(new Page(0, adm.id(), Network.VK, "https://vk.com/adm",
                LocalDate.of(2025, 1, 1), null, null));
        posts = new PostRepository(db);
        post = posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 2, 9, 30), "https://vk.com/wall-1_1",
                PostFormat.PHOTO, "Субботник", ""));
        vm = new PostsViewModel(TestDesks.over(db), new DirectTaskExecutor(TestDialogs.failing()),
                Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
                        ZoneId.systemDefault()));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCorrectionOverAChangeMadeMeanwhileIsRefusedAndTheOtherChangeStays() {
        vm.beginEdit(post.id());
        posts.update(new Post(post.id(), post.pageId(), post.publishedAt(), post.url(), PostFormat.VIDEO, "Субботник",
                ""));

        vm.saveEdit(new Post(post.id(), post.pageId(), post.publishedAt().plusHours(1), post.url(), PostFormat.PHOTO,
                "Субботник во дворе", ""));

        assertThat(vm.statusProperty().get()).contains("изменил другой пользователь");
        assertThat(posts.between(post.publishedAt(), post.publishedAt().plusDays(1)))
                .singleElement().satisfies(p -> {
                    assertThat(p.format()).isEqualTo(PostFormat.VIDEO);
                    assertThat(p.topic()).isEqualTo("Субботник");
                });
    }

    @Test
    void aCorrectionOfAnUnchangedPostIsSaved() {
        vm.beginEdit(post.id());
        vm.saveEdit(new Post(post.id(), post.pageId(), post.publishedAt(), post.url(), PostFormat.PHOTO,
                "Субботник во дворе", ""));

        assertThat(vm.statusProperty().get()).doesNotContain("другой пользователь");
        assertThat(posts.between(post.publishedAt(), post.publishedAt().plusDays(1)))
                .singleElement().satisfies(p -> assertThat(p.topic()).isEqualTo("Субботник во дворе"));
    }
}
