package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;
import ru.officialpages.ui.posts.PageChoice;

/** Публикации: a post added by pasting its link, refused the second time, found by its topic. */
class PostsScreenTest extends WindowTestBase {

    private void givenAPageWithPosts() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page vk = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            List<Post> posts = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 10, 1, 10, 0).plusDays(i), "https://vk.com/wall-210001_" + i,
                        PostFormat.PHOTO, "График вывоза мусора"));
            }
            new PostRepository(first).addAll(posts);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PostEntry> table() {
        return (TableView<PostEntry>) (TableView<?>) node("#posts-table");
    }

    @Test
    void pastingALinkFindsThePageAndAddsThePost() throws Exception {
        givenAPageWithPosts();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 40 публикаций".equals(labelText("#posts-found")));

        clickOn("#posts-link").write("https://vk.com/club210001?w=wall-210001_77");
        ComboBox<PageChoice> page = node("#posts-entry-page");
        assertThat(page.getValue()).isNotNull();
        assertThat(page.getValue().page().address()).isEqualTo("https://vk.com/club210001");
        assertThat(this.<DatePicker>node("#posts-entry-date").getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        replaceText("#posts-entry-time", "11:15");
        choose("#posts-entry-format", "видео");
        clickOn("#posts-entry-topic").write("Прямая линия с главой");
        clickOn("#posts-add");

        waitUntil(() -> "Публикация добавлена в журнал".equals(labelText("#posts-status")));
        // Ready for the next post: the cursor is back in the link field.
        assertThat(node("#posts-link").isFocused()).isTrue();
        waitUntil(() -> "Найдено: 41 публикация".equals(labelText("#posts-found")) && table().getItems().get(0) != null);
        PostEntry first = table().getItems().get(0);
        assertThat(first.post().url()).isEqualTo("https://vk.com/wall-210001_77");
        assertThat(first.post().publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 15));
        assertThat(first.post().format()).isEqualTo(PostFormat.VIDEO);
        assertThat(first.post().topic()).isEqualTo("Прямая линия с главой");

        // The same post again, written another way: refused, nothing added.
        clickOn("#posts-link").write("vk.com/wall-210001_77");
        // Said on paste, before the rest of the form is touched (issue 16 item 7).
        waitUntil(() -> labelText("#posts-link-error").contains("уже есть в журнале"));
        clickOn("#posts-add");
        assertThat(new PostRepository(db).count()).isEqualTo(41);

        // A post of a page the registry does not have.
        replaceText("#posts-link", "https://t.me/other_channel/5");
        assertThat(this.<Label>node("#posts-unknown-page").getText()).contains("https://t.me/other_channel").contains("нет в реестре");
        assertThat(this.<javafx.scene.control.Button>node("#posts-add").isDisabled()).isTrue();

        // Garbage is explained, not accepted.
        replaceText("#posts-link", "javascript:alert(1)");
        assertThat(labelText("#posts-link-error")).isNotEmpty();
    }

    /**
     * A post logged elsewhere (a sync, every few seconds while it reads) joins the log at once, and the log
     * is not emptied and filled again: its rows keep one fixed height (the table never measures rows it does
     * not show) and the selection stays on the post the user chose, though that post moved a row down.
     */
    @Test
    void aPostLoggedElsewhereJoinsTheLogAndTheSelectionStaysOnItsPost() throws Exception {
        givenAPageWithPosts();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 40 публикаций".equals(labelText("#posts-found")) && table().getItems().get(3) != null);
        waitUntil(() -> table().getFixedCellSize() > 0);
        javafx.scene.control.TableRow<?> row = lookup(".table-row-cell").query();
        assertThat(table().getFixedCellSize()).as("one line's height").isEqualTo(row.getHeight());
        PostEntry chosen = table().getItems().get(3);
        interact(() -> table().getSelectionModel().clearAndSelect(3));
        List<String> changes = new ArrayList<>();
        interact(() -> table().getItems().addListener((javafx.collections.ListChangeListener<PostEntry>) c -> {
            // What the table shows after each change: a log emptied and filled again shows empty rows meanwhile.
            changes.add(c.getList().subList(0, 40).contains(null) ? "emptied" : "shown");
        }));

        long page = chosen.post().pageId();
        context.desks().posts().add(new Post(0, page, LocalDateTime.of(2026, 12, 1, 9, 0), "https://vk.com/wall-210001_300",
                PostFormat.TEXT, "Свежая новость"));

        waitUntil(() -> "Найдено: 41 публикация".equals(labelText("#posts-found")) && table().getItems().get(0) != null
                && "Свежая новость".equals(table().getItems().get(0).post().topic()));
        assertThat(table().getSelectionModel().getSelectedItem()).as("the post chosen, now a row lower").isEqualTo(chosen);
        assertThat(table().getSelectionModel().getSelectedIndex()).isEqualTo(4);
        assertThat(changes).as("the rows shown stay shown").isNotEmpty().doesNotContain("emptied");
        assertThat(table().getItems().get(40)).isNotNull();
    }

    @Test
    void searchAndFiltersNarrowTheLog() throws Exception {
        givenAPageWithPosts();
        try (Database more = Database.open(dir.resolve("official-pages.db"))) {
            new PostRepository(more).addAll(List.of(new Post(0, new PageRepository(more).all().get(0).id(),
                    LocalDateTime.of(2026, 11, 20, 15, 0), "https://vk.com/wall-210001_500", PostFormat.VIDEO, "Субботник в парке")));
        }
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 41 публикация".equals(labelText("#posts-found")));
        clickOn("#posts-search").write("субботник");
        waitUntil(() -> "Найдено: 1 публикация".equals(labelText("#posts-found")));
        waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0) != null);
        assertThat(table().getItems().get(0).post().topic()).isEqualTo("Субботник в парке");

        clickOn("#posts-filter-reset");
        waitUntil(() -> "Найдено: 41 публикация".equals(labelText("#posts-found")));
        choose("#posts-filter-format", "фото");
        waitUntil(() -> "Найдено: 40 публикаций".equals(labelText("#posts-found")));
    }

    @Test
    void aLoggedPostIsTiedToThePlanItemItFulfils() throws Exception {
        givenAPageWithPosts();
        try (Database more = Database.open(dir.resolve("official-pages.db"))) {
            long pageId = new PageRepository(more).all().get(0).id();
            new ru.officialpages.storage.PlanRepository(more, java.time.Clock.systemDefaultZone()).save(new ru.officialpages.domain.PlanItem(0,
                    LocalDate.of(2026, 11, 10), null, List.of(pageId), "График вывоза мусора на зиму", "",
                    PostFormat.PHOTO, "", ru.officialpages.domain.PlanStatus.PLANNED, null));
        }
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> table().getItems().size() == 40 && table().getItems().get(0) != null);
        // The newest post is of 10.11.2026: the plan item of that day is offered.
        // The table reuses its row cells in any order: click the one that shows the first row.
        clickOn(lookup("#posts-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null).<Node>query());
        waitUntil(() -> !this.<javafx.scene.control.Button>node("#posts-attach-button").isDisabled());
        clickOn("#posts-attach-button");
        waitUntil(() -> lookup("Связать").tryQuery().isPresent());
        clickOn("Связать");
        waitUntil(() -> new ru.officialpages.storage.PlanRepository(db, java.time.Clock.systemDefaultZone()).between(LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 10)).get(0).status() == ru.officialpages.domain.PlanStatus.PUBLISHED);
        waitUntil(() -> table().getItems().get(0) != null && "График вывоза мусора на зиму".equals(table().getItems().get(0).planTopic()));
    }

    @Test
    void anImportFileIsPreviewedThenLoadedWhole() throws Exception {
        givenAPageWithPosts();
        java.nio.file.Path file = dir.resolve("posts.csv");
        java.nio.file.Files.write(file, ("Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема\r\n"
                + "21.11.2026 10:30;vk.com/club210001;vk.com/wall-210001_301;фото;Ярмарка\r\n"
                + "22.11.2026 12:00;vk.com/club210001;vk.com/wall-210001_302;видео;Концерт\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 40 публикаций".equals(labelText("#posts-found")));
        ru.officialpages.ui.posts.PostsView view = node("#posts-view");
        // The file chooser is the system's; from the chosen file on, the user's path is the program's.
        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        javafx.scene.control.ListView<String> lines = node("#import-preview-lines");
        assertThat(lines.getItems()).hasSize(2).allMatch(l -> l.startsWith("Строка "));
        clickOn("Загрузить");
        waitUntil(() -> "Найдено: 42 публикации".equals(labelText("#posts-found")));
        assertThat(new PostRepository(db).count()).isEqualTo(42);
    }
}
