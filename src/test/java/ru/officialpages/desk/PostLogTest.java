package ru.officialpages.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void aTextOfAPostThatIsGoneIsSaidSo() {
        assertThatThrownBy(() -> f.desks.posts().updateText(999, "текст"))
                .isInstanceOf(DeskException.class).hasMessage("Этой публикации уже нет в журнале.");
    }
}
