package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A post's text: kept, found by the log's search, left out of the table's rows, streamed for export. */
/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class PostTextTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    PostRepository posts;
    Page vk;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        posts = new PostRepository(db);
        Organization org = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        vk = new PageRepository(db).add(new Page(0, org.id(), Network.VK, "https://vk.com/adm", LocalDate.of(2025, 1, 1),
                null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theTextIsKeptSearchedAndChangedButNotReadForTheTable() {
        Post saved = posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 20, 10, 0), "https://vk.com/wall-1_1",
                PostFormat.PHOTO, "Субботник", "Приходите с граблями, Ёлкин переулок."));
        posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 21, 10, 0), "https://vk.com/wall-1_2",
                PostFormat.PHOTO, "Концерт"));
        assertThat(posts.text(saved.id())).isEqualTo("Приходите с граблями, Ёлкин переулок.");
        assertThat(posts.count(new PostFilter(null, null, null, null, "грабл"))).isEqualTo(1);
        assertThat(posts.count(new PostFilter(null, null, null, null, "елкин"))).isEqualTo(1);
        assertThat(posts.count(new PostFilter(null, null, null, null, "субботник"))).isEqualTo(1);
        List<PostEntry> rows = posts.slice(PostFilter.ALL, PostSort.OLDEST, 0, 10);
        assertThat(rows).extracting(e -> e.post().text()).containsOnly("");

        posts.updateText(saved.id(), "Берите перчатки.");
        assertThat(posts.text(saved.id())).isEqualTo("Берите перчатки.");
        assertThat(posts.count(new PostFilter(null, null, null, null, "грабл"))).isZero();
        assertThat(posts.count(new PostFilter(null, null, null, null, "перчатки"))).isEqualTo(1);
        // The topic is still searched after the text changed.
        assertThat(posts.count(new PostFilter(null, null, null, null, "субботник"))).isEqualTo(1);
    }

    @Test
    void theStreamRunsTheSameQueryAsTheTableOverEveryRow() {
        List<Post> list = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            list.add(new Post(0, vk.id(), LocalDateTime.of(2026, 1, 1, 9, 0).plusHours(i), "https://vk.com/wall-1_" + (10 + i),
                    i % 5 == 0 ? PostFormat.VIDEO : PostFormat.PHOTO, "Пост " + i));
        }
        posts.addAll(list);
        PostFilter videos = new PostFilter(null, null, null, PostFormat.VIDEO, "");
        List<String> streamed = new ArrayList<>();
        posts.stream(videos, PostSort.NEWEST, s -> s.forEach(e -> streamed.add(e.post().url())));
        assertThat(streamed).hasSize(posts.count(videos)).hasSize(500);
        assertThat(streamed.subList(0, 3)).isEqualTo(posts.slice(videos, PostSort.NEWEST, 0, 3).stream()
                .map(e -> e.post().url()).toList());
    }

    @Test
    void textsWrittenBeforeTheIndexExistedAreFoundAfterTheUpgrade() throws Exception {
        // A database of version 10 (post.text, no index) with a text in it, as an earlier build left it.
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Engine.SQLITE, "a SQLite file of an earlier build");
        Path old = dir.resolve("v10.db");
        String url = "jdbc:sqlite:" + old;
        org.flywaydb.core.Flyway.configure().dataSource(url, "", "").locations(Database.MIGRATIONS)
                .target("10").load().migrate();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, kind, name) VALUES (1, 'ADMINISTRATION', 'Администрация')");
            s.executeUpdate("INSERT INTO page (id, organization_id, network_code, address, created_on)"
                    + " VALUES (1, 1, 'VK', 'https://vk.com/adm', '2025-01-01')");
            s.executeUpdate("INSERT INTO post (page_id, published_at, url, format, topic, search, text)"
                    + " VALUES (1, '2026-11-20T10:00', 'https://vk.com/wall-1_1', 'PHOTO', 'Ярмарка',"
                    + " 'ярмарка https://vk.com/wall-1_1', 'Свежий мёд с пасеки Ёлкиных')");
        }
        try (Database upgraded = Database.open(old)) {
            PostRepository log = new PostRepository(upgraded);
            assertThat(log.count(new PostFilter(null, null, null, null, "пасеки"))).isEqualTo(1);
            assertThat(log.count(new PostFilter(null, null, null, null, "елкиных"))).isEqualTo(1);
            assertThat(log.count(new PostFilter(null, null, null, null, "мед"))).isEqualTo(1);
        }
    }
}
