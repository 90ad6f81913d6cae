package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;
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
import ru.officialpages.text.Finding;
import ru.officialpages.text.FindingKind;
import ru.officialpages.ui.common.SaveFileDialog;
import ru.officialpages.ui.common.XlsxSheet;

/** Публикации: a post's text checked as it is typed and fixed in one click; the filtered log to Excel. */
class PostTextAndExportScreenTest extends WindowTestBase {

    private void givenTenPosts() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page vk = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            List<Post> posts = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                posts.add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 1, 10, 0).plusDays(i), "https://vk.com/wall-210001_" + i,
                        PostFormat.PHOTO, i % 3 == 0 ? "Субботник в парке" : "График вывоза мусора"));
            }
            new PostRepository(first).addAll(posts);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PostEntry> table() {
        return (TableView<PostEntry>) (TableView<?>) node("#posts-table");
    }

    @Test
    void aPostsTextIsCheckedAsTypedFixedInOneClickAndFoundBySearch() throws Exception {
        givenTenPosts();
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 10 публикаций".equals(labelText("#posts-found")));

        clickOn("#posts-link").write("https://vk.com/wall-210001_77");
        clickOn("#posts-entry-topic").write("Ярмарка");
        clickOn(lookup("#posts-entry-text-pane .title").<Node>query());
        waitUntil(() -> lookup("#posts-entry-text-area").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#posts-entry-text-area").write("В субботу пройдёт данный праздник мёда.");
        ListView<Finding> findings = node("#posts-entry-text-findings");
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.kind() == FindingKind.BUREAUCRATESE
                && f.fragment().equals("данный")));
        StyleClassedTextArea area = node("#posts-entry-text-area");
        int at = area.getText().indexOf("данный");
        assertThat(area.getStyleOfChar(at)).contains("finding-bureaucratese");

        clickOn(lookup(".finding-fix").match(LabeledMatchers.hasText("Заменить на «этот»")).<Node>query());
        waitUntil(() -> area.getText().equals("В субботу пройдёт этот праздник мёда."));
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.kind() == FindingKind.BUREAUCRATESE));

        clickOn("#posts-add");
        waitUntil(() -> "Публикация добавлена в журнал".equals(labelText("#posts-status")));
        // The form is cleared for the next post, the text too.
        waitUntil(() -> area.getText().isEmpty());
        long id = new PostRepository(db).slice(ru.officialpages.domain.PostFilter.ALL,
                ru.officialpages.domain.PostSort.NEWEST, 0, 1).get(0).post().id();
        assertThat(new PostRepository(db).text(id)).isEqualTo("В субботу пройдёт этот праздник мёда.");

        // A word of the text finds the post.
        clickOn("#posts-search").write("мёда");
        waitUntil(() -> "Найдено: 1 публикация".equals(labelText("#posts-found")) && table().getItems().get(0) != null);
        assertThat(table().getItems().get(0).post().url()).isEqualTo("https://vk.com/wall-210001_77");

        // The text opens again from the log, checked the same way.
        // The table reuses its row cells in any order: click the one that shows the first row.
        clickOn(lookup("#posts-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null).<Node>query());
        waitUntil(() -> !this.<javafx.scene.control.Button>node("#posts-text-button").isDisabled());
        clickOn("#posts-text-button");
        waitUntil(() -> lookup("#post-text-area").tryQuery().isPresent());
        StyleClassedTextArea again = node("#post-text-area");
        assertThat(again.getText()).isEqualTo("В субботу пройдёт этот праздник мёда.");
        clickOn(again).press(KeyCode.END).release(KeyCode.END).write(" Вход свободный.");
        clickOn(lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Сохранить")).<Node>query());
        waitUntil(() -> "Текст публикации сохранён".equals(labelText("#posts-status")));
        assertThat(new PostRepository(db).text(id)).isEqualTo("В субботу пройдёт этот праздник мёда. Вход свободный.");
    }

    @Test
    void exportToExcelWritesTheFilteredLog() throws Exception {
        givenTenPosts();
        openWindow();
        Path file = dir.resolve("Журнал.xlsx");
        javafx.application.Platform.runLater(() -> stage.getProperties().put(SaveFileDialog.class,
                (SaveFileDialog) (owner, name) -> Optional.of(file)));
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 10 публикаций".equals(labelText("#posts-found")));
        clickOn("#posts-search").write("субботник");
        waitUntil(() -> "Найдено: 3 публикации".equals(labelText("#posts-found")));

        clickOn("#posts-export-xlsx");
        waitUntil(() -> labelText("#posts-export-message").startsWith("Сохранено"));
        assertThat(labelText("#posts-export-message")).isEqualTo("Сохранено: «Журнал.xlsx», строк: 3");
        assertThat(lookup("#posts-export-open").<Node>query().isVisible()).isTrue();
        assertThat(lookup("#posts-export-folder").<Node>query().isVisible()).isTrue();
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.text(1, 0)).isEqualTo("Отбор: поиск «субботник»");
        assertThat(x.dataRows()).isEqualTo(3);
        assertThat(x.isDate(0, 0)).isTrue();
        assertThat(x.cell(0, 4).getStringCellValue()).isEqualTo("Субботник в парке");

        // Ctrl+E does the same from anywhere on the screen.
        Files.delete(file);
        clickOn("#posts-filter-reset");
        waitUntil(() -> "Найдено: 10 публикаций".equals(labelText("#posts-found")));
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(file) && labelText("#posts-export-message").endsWith("строк: 10"));
        assertThat(XlsxSheet.read(file).dataRows()).isEqualTo(10);
    }
}
