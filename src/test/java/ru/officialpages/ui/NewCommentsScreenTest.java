package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.SyncedComment;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.SyncedRepository;

/**
 * Модерация → Новые комментарии at 1024×768 as the clerk uses it after a sync: the comment with a
 * disguised obscene word comes with its ground and the clause of the settlement's order, is opened
 * on VK, and recorded in one click; the reply is looked at with «Нарушений нет»; the page is then
 * checked in the round and Сегодня counts it.
 */
class NewCommentsScreenTest extends WindowTestBase {
    private static final String OBSCENE = "Когда уже починят дорогу, заеб\u0061ли обещаниями";
    private static final String POST = "https://vk.com/wall-210001_5";
    private long vkId;
    private long okId;
    private long obsceneId;
    private long replyId;

    private void givenTwoPagesAndASync(boolean withComments) {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            vkId = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null)).id();
            okId = new PageRepository(first).add(new Page(0, org.id(), Network.OK, "https://ok.ru/group/70000001",
                    LocalDate.of(2025, 1, 20), null, null)).id();
            if (!withComments) {
                return;
            }
            SyncedRepository synced = new SyncedRepository(first);
            LocalDateTime t = LocalDateTime.of(2026, 11, 23, 9, 0);
            synced.saveComments(vkId, List.of(
                    new SyncedComment.Read("-210001_5_1", null, POST, POST + "?reply=1", "Иван Сидоров",
                            "https://vk.com/id501", t, OBSCENE),
                    new SyncedComment.Read("-210001_5_2", "-210001_5_1", POST, POST + "?reply=2&thread=1", "Мария",
                            "https://vk.com/id502", t.plusMinutes(20), "Согласна, дорогу надо чинить"),
                    // Three weeks old: not new any more, never shown.
                    new SyncedComment.Read("-210001_4_9", null, "https://vk.com/wall-210001_4", "", "Давний",
                            "", t.minusDays(21), "Старый комментарий")));
            synced.synced(vkId, t.plusMinutes(30));
            List<SyncedComment> kept = synced.unreviewed(vkId);
            obsceneId = kept.stream().filter(c -> c.text().equals(OBSCENE)).findFirst().orElseThrow().id();
            replyId = kept.stream().filter(c -> c.authorName().equals("Мария")).findFirst().orElseThrow().id();
        }
    }

    private void at1024() throws Exception {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        waitUntil(() -> stage.getScene().getWidth() > 1000);
    }

    /** With -Dui.snapshots=FOLDER the test leaves a picture of the screen there, to look at. */
    private void snapshot(String name) {
        String folder = System.getProperty("ui.snapshots");
        if (folder == null) {
            return;
        }
        interact(() -> {
            javafx.scene.image.WritableImage image = stage.getScene().snapshot(null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            try {
                javax.imageio.ImageIO.write(out, "png", java.nio.file.Path.of(folder, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The node lies whole inside the window (nothing pushed off its right edge at 1024 wide). */
    private void assertInsideTheWindow(String id) {
        Node n = node(id);
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertThat(b.getMinX()).as(id).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(id).isLessThanOrEqualTo(stage.getScene().getWidth());
    }

    @Test
    void aSuggestedGroundIsRecordedInOneClickAndTheReviewedPageIsCheckedInTheRound() throws Exception {
        givenTwoPagesAndASync(true);
        openWindow();
        at1024();
        clickOn("#nav-moderation");
        waitUntil(() -> lookup(".tab-label").queryAll().stream()
                .anyMatch(l -> "Новые комментарии (2)".equals(((javafx.scene.control.Labeled) l).getText())));
        clickOn("#moderation-tab-comments");
        waitUntil(() -> lookup("#comment-" + obsceneId).tryQuery().map(Node::isVisible).orElse(false));
        assertThat(labelText("#moderation-comments-summary")).isEqualTo("2 новых комментария (страниц: 1)");
        assertThat(this.<Hyperlink>node("#comment-author-" + obsceneId).getText()).isEqualTo("Иван Сидоров");
        assertThat(labelText("#comment-time-" + obsceneId)).isEqualTo("23.11.2026 09:00");
        assertThat(labelText("#comment-text-" + obsceneId)).isEqualTo(OBSCENE);
        assertThat(this.<Hyperlink>node("#comment-post-" + obsceneId).getText()).isEqualTo("К публикации: vk.com/wall-210001_5");
        assertThat(lookup("#comment-suggestions-" + obsceneId + " .label").queryAll()).extracting(l -> ((Label) l).getText())
                .contains("Предлагается основание «Нецензурные выражения» — Иштанское сельское поселение, порядок, п. 8");
        assertThat(this.<javafx.scene.control.MenuButton>node("#comment-grounds-" + obsceneId).getText())
                .isEqualTo("Нецензурные выражения");
        // The reply sits under what it answers; the three-week-old comment is not offered.
        Node parent = node("#comment-" + obsceneId);
        Node reply = node("#comment-" + replyId);
        assertThat(reply.localToScene(0, 0).getX()).isGreaterThan(parent.localToScene(0, 0).getX());
        assertThat(lookup("Старый комментарий").tryQuery()).isEmpty();
        assertInsideTheWindow("#comment-record-" + obsceneId);
        snapshot("moderation-new-comments");
        assertInsideTheWindow("#comment-open-" + obsceneId);

        clickOn("#comment-open-" + obsceneId);
        waitUntil(() -> openedLinks.contains(POST + "?reply=1"));
        clickOn("#comment-author-" + replyId);
        waitUntil(() -> openedLinks.contains("https://vk.com/id502"));

        clickOn("#comment-record-" + obsceneId);
        waitUntil(() -> lookup("#comment-" + obsceneId).tryQuery().isEmpty());
        waitUntil(() -> "Запись сохранена".equals(labelText("#moderation-status")));
        List<ModerationEntry> records = new java.util.ArrayList<>();
        new ModerationRepository(db).stream(ModerationFilter.ALL, s -> s.forEach(records::add));
        assertThat(records).singleElement().satisfies(e -> {
            assertThat(e.record().authorName()).isEqualTo("Иван Сидоров");
            assertThat(e.record().grounds()).containsExactly(DeletionGround.OBSCENE_LANGUAGE);
            assertThat(e.record().noticedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        });
        assertThat(new ModerationRepository(db).checkedOn(LocalDate.of(2026, 11, 23))).isEmpty();

        clickOn("#comment-fine-" + replyId);
        waitUntil(() -> node("#moderation-comments-empty").isVisible());
        assertThat(labelText("#moderation-comments-empty")).startsWith("Новых комментариев нет");
        waitUntil(() -> lookup(".tab-label").queryAll().stream()
                .anyMatch(l -> "Новые комментарии".equals(((javafx.scene.control.Labeled) l).getText())));

        // Both comments of the page looked at: the round has the page checked, and Сегодня counts it.
        clickOn("#moderation-tab-round");
        waitUntil(() -> "проверено в 10:00".equals(labelText("#round-time-" + vkId)));
        assertThat(labelText("#round-time-" + okId)).isEmpty();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-dues .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("23.11.2026 — Обход страниц не завершён: проверено 1 из 2")));
    }

    @Test
    void aGroundIsTickedFromTheMenuBeforeRecordingAndWithoutOneTheRowSaysWhy() throws Exception {
        givenTwoPagesAndASync(true);
        openWindow();
        at1024();
        clickOn("#nav-moderation");
        clickOn("#moderation-tab-comments");
        waitUntil(() -> lookup("#comment-" + replyId).tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#comment-record-" + replyId);
        waitUntil(() -> node("#comment-error-" + replyId).isVisible());
        assertThat(labelText("#comment-error-" + replyId)).startsWith("Отметьте хотя бы одно основание");
        assertThat(new ModerationRepository(db).countRecords()).isZero();

        clickOn("#comment-grounds-" + replyId);
        clickOn(lookup(".context-menu .menu-item .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Не по теме страницы")).<Node>query());
        waitUntil(() -> !node("#comment-error-" + replyId).isVisible());
        assertThat(this.<javafx.scene.control.MenuButton>node("#comment-grounds-" + replyId).getText())
                .isEqualTo("Не по теме страницы");
        clickOn("#comment-record-" + replyId);
        waitUntil(() -> lookup("#comment-" + replyId).tryQuery().isEmpty());
        assertThat(new ModerationRepository(db).count(new ModerationFilter(vkId, null, null, DeletionGround.OFF_TOPIC,
                null, "Мария"))).isEqualTo(1);
    }

    @Test
    void beforeAnySyncTheTabSaysHowToReadThePages() throws Exception {
        givenTwoPagesAndASync(false);
        openWindow();
        at1024();
        clickOn("#nav-moderation");
        clickOn("#moderation-tab-comments");
        waitUntil(() -> node("#moderation-comments-empty").isVisible()
                && !labelText("#moderation-comments-empty").isEmpty());
        assertThat(labelText("#moderation-comments-empty-title")).isEqualTo("Комментарии ещё не читались");
        assertThat(labelText("#moderation-comments-empty")).contains("Настройки → Соцсети");
        assertThat(node("#moderation-comments-summary").isVisible()).isFalse();
        snapshot("moderation-new-comments-empty");
    }

    @Test
    void aFirstSyncOfManyCommentsDrawsTheFirstOnesAndSaysHowManyWait() throws Exception {
        givenTwoPagesAndASync(false);
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            List<SyncedComment.Read> many = new java.util.ArrayList<>();
            for (int i = 0; i < 160; i++) {
                many.add(new SyncedComment.Read("-210001_5_" + (100 + i), null, POST, POST + "?reply=" + (100 + i),
                        "Житель " + i, "", LocalDateTime.of(2026, 11, 22, 8, 0).plusMinutes(i), "Вопрос номер " + i));
            }
            new SyncedRepository(first).saveComments(vkId, many);
        }
        openWindow();
        at1024();
        clickOn("#nav-moderation");
        clickOn("#moderation-tab-comments");
        waitUntil(() -> lookup("#moderation-comments-more").tryQuery().isPresent());
        assertThat(labelText("#moderation-comments-summary")).isEqualTo("160 новых комментариев (страниц: 1)");
        assertThat(labelText("#moderation-comments-more")).startsWith("Показаны первые 150 из 160");
        assertThat(lookup(".entry-card").queryAll().stream().filter(n -> n.getId() != null && n.getId().startsWith("comment-")))
                .hasSize(150);
        assertThat(lookup("Вопрос номер 0").tryQuery()).isPresent();
        assertThat(lookup("Вопрос номер 159").tryQuery()).isEmpty();
    }
}
