package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

/**
 * Issue 16 on Публикации, as a user: a logged post deleted with Delete comes back with «Отменить»;
 * a VK wall link of a page kept by short name is asked about once, then recognised.
 */
class PostsUndoAndIdentityScreenTest extends WindowTestBase {

    private long pageId;

    private void givenAPageKeptByShortName() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page vk = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/berezovka_sp",
                    LocalDate.of(2025, 1, 20), null, null));
            List<Post> posts = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 1, 10, 0).plusDays(i),
                        "https://vk.com/berezovka_sp?w=wall-210001_" + i, PostFormat.PHOTO, "Тема " + i));
            }
            new PostRepository(first).addAll(posts);
            pageId = vk.id();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PostEntry> table() {
        return (TableView<PostEntry>) (TableView<?>) node("#posts-table");
    }

    @Test
    void aDeletedPostComesBackWithUndo() throws Exception {
        givenAPageKeptByShortName();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 3 публикации".equals(labelText("#posts-found")) && table().getItems().get(0) != null);
        String newest = table().getItems().get(0).post().url();

        interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        assertThat(table().getSelectionModel().getSelectedItem().post().url()).isEqualTo(newest);
        type(KeyCode.DELETE);
        try {
            waitUntil(() -> "Найдено: 2 публикации".equals(labelText("#posts-found")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(labelText("#posts-found") + " / " + labelText("#posts-status") + " / "
                    + labelText("#posts-deleted"), e);
        }
        assertThat(lookup("#posts-undo").queryButton().isVisible()).isTrue();
        assertThat(labelText("#posts-deleted")).contains(newest);

        clickOn("#posts-undo");
        try {
            waitUntil(() -> "Найдено: 3 публикации".equals(labelText("#posts-found")) && table().getItems().get(0) != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(labelText("#posts-found") + " / " + labelText("#posts-status") + " / "
                    + labelText("#posts-deleted"), e);
        }
        assertThat(table().getItems().get(0).post().url()).isEqualTo(newest);
        assertThat(labelText("#posts-status")).isEqualTo("Публикация возвращена в журнал.");
    }

    @Test
    void aWallLinkIsAskedAboutOnceThenRecognised() throws Exception {
        givenAPageKeptByShortName();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 3 публикации".equals(labelText("#posts-found")));

        clickOn("#posts-link").write("https://vk.com/wall-210001_77");
        ComboBox<PageChoice> page = node("#posts-entry-page");
        assertThat(page.getValue()).isNull();
        assertThat(labelText("#posts-unknown-page")).contains("vk.com/club210001").contains("программа запомнит");
        interact(() -> page.setValue(page.getItems().get(0)));
        clickOn("#posts-entry-topic").write("Прямая линия");
        clickOn("#posts-add");
        waitUntil(() -> "Найдено: 4 публикации".equals(labelText("#posts-found")));

        // The next wall link of the same community finds the page at once.
        clickOn("#posts-link").write("https://vk.com/wall-210001_78");
        waitUntil(() -> page.getValue() != null);
        assertThat(page.getValue().page().address()).isEqualTo("https://vk.com/berezovka_sp");
        assertThat(labelText("#posts-unknown-page")).isEmpty();
    }

    @Test
    void todayFollowsAPostAddedOnPublicationsWithoutRestart() throws Exception {
        givenAPageKeptByShortName();
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-ratio-" + pageId).tryQuery().isPresent());
        assertThat(labelText("#today-ratio-" + pageId)).isEqualTo("0 из 2");

        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 3 публикации".equals(labelText("#posts-found")));
        clickOn("#posts-link").write("https://vk.com/berezovka_sp?w=wall-210001_90");
        replaceText("#posts-entry-time", "09:30");
        clickOn("#posts-entry-topic").write("Приём граждан");
        clickOn("#posts-add");
        waitUntil(() -> "Найдено: 4 публикации".equals(labelText("#posts-found")));

        clickOn("#nav-today");
        waitUntil(() -> "1 из 2".equals(labelText("#today-ratio-" + pageId)));
    }
}
