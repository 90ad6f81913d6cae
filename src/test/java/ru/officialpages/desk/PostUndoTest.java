package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFilter;
import ru.officialpages.domain.PostFormat;

/** A post entered by mistake is deleted, and put back as it was. */
class PostUndoTest {
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
    void aDeletedPostComesBackWithItsTextAndNumber() {
        Post p = f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 20, 10, 5),
                "https://vk.com/wall-210001_1", PostFormat.PHOTO, "Приём", "Приём граждан по пятницам"));
        f.desks.posts().add(new Post(0, f.vk.id(), LocalDateTime.of(2026, 11, 21, 10, 5),
                "https://vk.com/wall-210001_2", PostFormat.PHOTO, "Без текста"));
        PostLog.Deletion d = f.desks.posts().delete(p.id());
        assertThat(f.desks.posts().count(new PostFilter(null, null, null, null, ""))).isEqualTo(1);
        f.desks.posts().restore(d);
        assertThat(f.desks.posts().count(new PostFilter(null, null, null, null, "пятницам"))).isEqualTo(1);
        assertThat(f.desks.posts().text(p.id())).isEqualTo("Приём граждан по пятницам");
        PostLog.Deletion d2 = f.desks.posts().delete(f.desks.posts().slice(new PostFilter(null, null, null, null, "Без"),
                ru.officialpages.domain.PostSort.NEWEST, 0, 1).get(0).post().id());
        f.desks.posts().restore(d2);
        assertThat(f.desks.posts().count(new PostFilter(null, null, null, null, ""))).isEqualTo(2);
    }
}
