package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageSync;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.PostReach;
import ru.officialpages.domain.SyncedComment;

/** Reach, synced comments and pages' sync state (V19) on a real SQLite file, read back after reopening. */
/** On both engines (issue 19). */
@ParameterizedClass
@EnumSource(Engine.class)
class SyncedRepositoryTest {
    @Parameter
    Engine engine;
    static final LocalDateTime T = LocalDateTime.of(2026, 12, 7, 10, 15);
    static final String POST = "https://vk.com/wall-123456_207";
    @TempDir
    Path dir;
    private Database db;
    private SyncedRepository repo;
    private Page page;
    private Post post;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        repo = new SyncedRepository(db);
        Organization o = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация", "", "", "", "", false, "", false));
        page = new PageRepository(db).add(new Page(0, o.id(), Network.VK, "https://vk.com/adm_town",
                LocalDate.of(2025, 1, 1), null, null));
        post = new PostRepository(db).add(new Post(0, page.id(), LocalDateTime.of(2026, 12, 1, 12, 0), POST,
                PostFormat.POLL, "Опрос", "Опрос жителей"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reopen() {
        db = engine.reopen(dir, db);
        repo = new SyncedRepository(db);
    }

    private static SyncedComment.Read read(String key, String parent, String author, String text, int minute) {
        return new SyncedComment.Read(key, parent, POST, POST + "?reply=" + key, author, "https://vk.com/id" + minute,
                T.withMinute(minute), text);
    }

    @Test
    void reachIsKeptUpdatedAndMarkedGoneWithoutLosingTheFigures() {
        repo.saveReach(post.id(), new PostReach(950L, 12, 6, 20, false, T, null));
        repo.saveReach(post.id(), new PostReach(1010L, 14, 6, 22, false, T.plusHours(1), null));
        reopen();
        assertThat(repo.reach(post.id())).contains(new PostReach(1010L, 14, 6, 22, false, T.plusHours(1), null));

        assertThat(repo.markGone(post.id(), T.plusDays(1))).isTrue();
        assertThat(repo.markGone(post.id(), T.plusDays(2))).as("already marked").isTrue();
        PostReach gone = repo.reach(post.id()).orElseThrow();
        assertThat(gone.goneSince()).isEqualTo(T.plusDays(1));
        assertThat(gone.views()).isEqualTo(1010L);
        assertThat(repo.markGone(999_999, T)).isFalse();

        repo.saveReach(post.id(), new PostReach(null, 1, 0, 0, true, T.plusDays(3), null));
        assertThat(repo.reachOf(List.of(post.id(), 999_999L))).containsOnlyKeys(post.id());
        assertThat(repo.reach(post.id()).orElseThrow()).satisfies(r -> {
            assertThat(r.views()).isNull();
            assertThat(r.approximate()).isTrue();
            assertThat(r.gone()).as("read again: back").isFalse();
        });
    }

    @Test
    void reachGoesWithItsPost() {
        repo.saveReach(post.id(), new PostReach(5L, 0, 0, 0, false, T, null));
        SqlDumps.execute(db, "DELETE FROM post WHERE id = " + post.id());
        assertThat(repo.reach(post.id())).isEmpty();
    }

    @Test
    void commentsWithThreadsAreKeptOnceAndKeepTheirReviewMark() {
        List<SyncedComment.Read> first = List.of(read("-123456_207_301", null, "Мария Иванова", "А в парке уже есть!", 1),
                read("-123456_207_311", "-123456_207_301", "Олег Петров", "Поддерживаю", 2),
                read("-123456_207_304", null, "Анна Кузнецова", "Ссылка не открывается", 3));
        assertThat(repo.saveComments(page.id(), first)).isEqualTo(3);
        List<SyncedComment> kept = repo.unreviewed(page.id());
        assertThat(kept).extracting(SyncedComment::authorName).containsExactly("Мария Иванова", "Олег Петров",
                "Анна Кузнецова");
        assertThat(kept.get(1).parentId()).isEqualTo(kept.get(0).id());
        assertThat(kept.get(0).postLink()).isEqualTo(POST);
        assertThat(kept.get(0).writtenAt()).isEqualTo(T.withMinute(1));

        repo.markReviewed(List.of(kept.get(0).id()), T.plusHours(1));
        // Read again: one edited on VK, one new reply to an already kept comment.
        assertThat(repo.saveComments(page.id(), List.of(read("-123456_207_301", null, "Мария Иванова",
                "А в парке уже есть площадка!", 1), read("-123456_207_330", "-123456_207_301", "Пётр Сидоров",
                        "Есть, но старая", 9)))).isEqualTo(1);
        reopen();
        List<SyncedComment> all = repo.commentsSince(page.id(), T.withMinute(0));
        assertThat(all).hasSize(4);
        SyncedComment edited = all.get(0);
        assertThat(edited.text()).isEqualTo("А в парке уже есть площадка!");
        assertThat(edited.reviewedAt()).isEqualTo(T.plusHours(1));
        assertThat(all.get(3).parentId()).isEqualTo(edited.id());
        assertThat(repo.unreviewed(page.id())).extracting(SyncedComment::authorName)
                .containsExactly("Олег Петров", "Анна Кузнецова", "Пётр Сидоров");
    }

    @Test
    void aModerationRecordMadeOfACommentMarksItReviewed() {
        repo.saveComments(page.id(), List.of(read("k1", null, "Спамер", "Купи гараж", 5)));
        long id = repo.unreviewed(page.id()).get(0).id();
        long record = new ModerationRepository(db).add(new ModerationRecord(0, page.id(), T, "Спамер", "", "Купи гараж",
                Set.of(), ModerationAction.LEFT, "", T)).record().id();
        repo.linkRecord(id, record, T.plusMinutes(5));
        assertThat(repo.unreviewed(page.id())).isEmpty();
        SyncedComment c = repo.commentsSince(page.id(), T.minusDays(1)).get(0);
        assertThat(c.recordId()).isEqualTo(record);
        assertThat(c.reviewedAt()).isEqualTo(T.plusMinutes(5));
        assertThatThrownBy(() -> repo.linkRecord(424242, record, T)).isInstanceOf(StorageException.class);
    }

    @Test
    void aFailingBatchKeepsNothing() {
        List<SyncedComment.Read> batch = new java.util.ArrayList<>();
        batch.add(read("ok-1", null, "А", "первый", 1));
        batch.add(read("ok-2", null, "Б", "второй", 2));
        assertThatThrownBy(() -> repo.saveComments(999_999, batch)).isInstanceOf(RuntimeException.class);
        assertThat(repo.commentsSince(999_999, T.minusDays(1))).isEmpty();
    }

    @Test
    void pageSyncKeepsTheLastGoodTimeAndTheLastNote() {
        assertThat(repo.sync(page.id())).isEmpty();
        repo.synced(page.id(), T);
        repo.noted(page.id(), "Нет доступа к странице", T.plusDays(1));
        reopen();
        assertThat(repo.sync(page.id())).contains(new PageSync(page.id(), T, "Нет доступа к странице", T.plusDays(1)));
        repo.synced(page.id(), T.plusDays(2));
        assertThat(repo.sync(page.id())).contains(new PageSync(page.id(), T.plusDays(2), "", null));
    }

    private SyncedRepository.ReadPost read(String url, LocalDateTime at, String text, long views) {
        return new SyncedRepository.ReadPost(page.id(), url, at, PostFormat.PHOTO, "Тема с платформы", text,
                new PostReach(views, 1, 2, 3, false, T, null));
    }

    @Test
    void readPostsBecomeOneEntryEachAndAHandLoggedOneKeepsWhatTheClerkSaid() {
        List<SyncedRepository.Kept> kept = repo.savePosts(List.of(
                read(POST, LocalDateTime.of(2026, 12, 1, 11, 58), "Текст из VK", 40),
                read("https://vk.com/wall-123456_208", LocalDateTime.of(2026, 12, 2, 9, 0), "Новая запись", 10),
                read("https://vk.com/wall-123456_208", LocalDateTime.of(2026, 12, 2, 9, 0), "Та же, второй раз", 10)));
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).satisfies(k -> {
            assertThat(k.postId()).isEqualTo(post.id());
            assertThat(k.added()).isFalse();
            assertThat(k.changed()).as("the platform's time").isTrue();
            assertThat(k.before()).isNull();
        });
        assertThat(kept.get(1).added()).isTrue();
        reopen();
        PostRepository posts = new PostRepository(db);
        assertThat(posts.count()).isEqualTo(2);
        assertThat(posts.text(post.id())).as("the clerk's own text stays").isEqualTo("Опрос жителей");
        assertThat(posts.text(kept.get(1).postId())).isEqualTo("Новая запись");
        assertThat(repo.reach(post.id()).map(PostReach::views)).contains(40L);

        // Read again: no new entry, the figures follow, the last read is known.
        List<SyncedRepository.Kept> again = repo.savePosts(List.of(
                read("https://vk.com/wall-123456_208", LocalDateTime.of(2026, 12, 2, 9, 0), "Новая запись", 99)));
        assertThat(again.get(0)).satisfies(k -> {
            assertThat(k.added()).isFalse();
            assertThat(k.changed()).isFalse();
            assertThat(k.before().views()).isEqualTo(10L);
        });
        assertThat(repo.reach(again.get(0).postId()).map(PostReach::views)).contains(99L);
        assertThat(repo.linksOf(page.id(), LocalDateTime.of(2026, 12, 2, 0, 0), LocalDateTime.of(2026, 12, 3, 0, 0)))
                .containsOnlyKeys("https://vk.com/wall-123456_208");
    }

    @Test
    void aLongReadKeepsEachNewPostUnderItsOwnEntry() {
        // More posts than one insert statement takes: each entry's id comes back with its own link.
        List<SyncedRepository.ReadPost> read = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            read.add(read("https://vk.com/wall-123456_" + (1000 + i), T.minusHours(i), "Запись " + i, i));
        }
        List<SyncedRepository.Kept> kept = repo.savePosts(read);
        assertThat(kept).hasSize(250).allMatch(SyncedRepository.Kept::added);
        assertThat(kept.stream().map(SyncedRepository.Kept::postId).distinct()).hasSize(250);
        reopen();
        PostRepository posts = new PostRepository(db);
        java.util.Map<Long, Post> byId = new java.util.HashMap<>();
        posts.between(T.minusDays(30), T.plusDays(1)).forEach(p -> byId.put(p.id(), p));
        for (int i = 0; i < 250; i += 37) {
            SyncedRepository.Kept k = kept.get(i);
            assertThat(k.url()).isEqualTo("https://vk.com/wall-123456_" + (1000 + i));
            assertThat(byId.get(k.postId()).url()).isEqualTo(k.url());
            assertThat(posts.text(k.postId())).isEqualTo("Запись " + i);
            assertThat(repo.reach(k.postId()).map(PostReach::views)).contains((long) i);
        }
    }

    @Test
    void aPostReadAgainIsNoLongerGone() {
        repo.savePosts(List.of(read(POST, post.publishedAt(), "Опрос жителей", 5)));
        assertThat(repo.markGone(post.id(), T)).isTrue();
        assertThat(repo.reach(post.id()).get().gone()).isTrue();
        repo.savePosts(List.of(read(POST, post.publishedAt(), "Опрос жителей", 6)));
        assertThat(repo.reach(post.id()).get().gone()).isFalse();
    }
}
