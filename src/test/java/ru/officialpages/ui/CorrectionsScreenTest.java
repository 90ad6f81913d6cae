package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Importance;
import ru.officialpages.domain.Message;
import ru.officialpages.domain.MessageStage;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.PageIdentity;
import ru.officialpages.domain.Post;
import ru.officialpages.domain.PostEntry;
import ru.officialpages.domain.PostFormat;
import ru.officialpages.domain.StepKind;
import ru.officialpages.imports.BuiltInCalendars;
import ru.officialpages.rules.MessageDeadlines;
import ru.officialpages.storage.CalendarRepository;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.MessageRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;

/**
 * Issue 16 item 3, as a user: every record can be corrected. A logged post's date, time, format and
 * topic are corrected in its dialog (double-click) and Сегодня's norm follows at once; a message's final
 * answer entered by mistake is taken out of its course, the message is due again, and «Отменить» gives it back.
 */
class CorrectionsScreenTest extends WindowTestBase {

    private long pageId;
    private long messageId;

    private void given() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            Page vk = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/berezovka_sp",
                    LocalDate.of(2025, 1, 20), null, null));
            pageId = vk.id();
            // Logged by mistake as last week's: it was published this Monday.
            new PostRepository(first).add(new Post(0, vk.id(), LocalDateTime.of(2026, 11, 16, 9, 0),
                    "https://vk.com/berezovka_sp?w=wall-210001_5", PostFormat.PHOTO, "Приём"));
            MessageRepository messages = new MessageRepository(first);
            MessageDeadlines rules = new MessageDeadlines(new CalendarRepository(first, BuiltInCalendars.load()).workingTime());
            Message m = messages.add(Message.recorded(vk.id(), Network.VK, "Сидорова Анна", "", "",
                    "Почему не вывезли мусор?", LocalDateTime.of(2026, 11, 23, 9, 0), Importance.ORDINARY, "", ""), rules);
            messages.step(m.id(), StepKind.FINAL, LocalDateTime.of(2026, 11, 23, 9, 30), "", "Вывезут сегодня.", rules);
            messageId = m.id();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<PostEntry> posts() {
        return (TableView<PostEntry>) (TableView<?>) node("#posts-table");
    }

    @SuppressWarnings("unchecked")
    private TableView<Message> messages() {
        return (TableView<Message>) (TableView<?>) node("#messages-table");
    }

    /** The course's history is at the foot of its tab: scrolled to, as the user does with the scroll bar. */
    private void scrollToHistory() throws Exception {
        Node steps = node("#messages-steps");
        Node p = steps.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) p;
        // The draft editor under the mouse takes the wheel for itself: the scroll bar is dragged to the end.
        interact(() -> pane.setVvalue(pane.getVmax()));
        waitUntil(() -> pane.getVvalue() >= pane.getVmax() || pane.getVmax() == 0);
    }

    @Test
    void aPostsDateCorrectedInItsDialogCountsForThisWeekAtOnce() throws Exception {
        given();
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-ratio-" + pageId).tryQuery().isPresent());
        assertThat(labelText("#today-ratio-" + pageId)).isEqualTo("0 из 2");

        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 1 публикация".equals(labelText("#posts-found")) && posts().getItems().get(0) != null);
        Node row = lookup("#posts-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null).query();
        doubleClickOn(row);
        waitUntil(() -> lookup("#post-edit-dialog").tryQuery().isPresent());
        doubleClickOn("#post-edit-date .text-field").eraseText(12).write("23.11.2026");
        replaceText("#post-edit-time", "9.30");
        Button save = lookup("#post-edit-save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(labelText("#post-edit-error")).isEqualTo("Время нужно в виде ЧЧ:ММ, например 10:30.");
        replaceText("#post-edit-time", "09:30");
        replaceText("#post-edit-topic", "Приём граждан главой");
        choose("#post-edit-format", "видео");
        assertThat(labelText("#post-edit-error")).isEmpty();
        clickOn("#post-edit-save");

        waitUntil(() -> posts().getItems().get(0) != null
                && "Приём граждан главой".equals(posts().getItems().get(0).post().topic()));
        Post saved = posts().getItems().get(0).post();
        assertThat(saved.publishedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 30));
        assertThat(saved.format()).isEqualTo(PostFormat.VIDEO);
        assertThat(labelText("#posts-status")).startsWith("Публикация исправлена (23.11.2026 09:30)");

        clickOn("#nav-today");
        waitUntil(() -> "1 из 2".equals(labelText("#today-ratio-" + pageId)));
    }

    @Test
    void aFinalAnswerEnteredByMistakeIsTakenBackAndComesBackWithUndo() throws Exception {
        given();
        openWindow();
        clickOn("#nav-messages");
        // Answered for good: listed under «Все сообщения», not among those waiting.
        choose("#messages-filter-scope", "Все сообщения");
        waitUntil(() -> messages().getItems().size() == 1 && messages().getItems().get(0) != null);
        clickOn(lookup("#messages-table .table-cell").match((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().startsWith("Сидорова Анна")).<Node>query());
        waitUntil(() -> ("Сообщение № " + messageId).equals(labelText("#messages-card-title")));
        assertThat(labelText("#messages-stage")).isEqualTo("Дан окончательный ответ");
        clickOn("#messages-tab-course");
        waitUntil(() -> lookup("#messages-step-delete-0").tryQuery().isPresent());
        scrollToHistory();

        clickOn("#messages-step-delete-0");
        waitUntil(() -> "Новое".equals(labelText("#messages-stage")));
        assertThat(labelText("#messages-step-deleted")).startsWith("Шаг удалён: 23.11.2026 09:30 — Дан окончательный ответ");
        assertThat(labelText("#messages-deadline")).isEqualTo("Ответ до 23.11.2026 12:00");
        // The answer's words come back as the draft, not lost.
        assertThat(new MessageRepository(db).find(messageId).orElseThrow().draft()).isEqualTo("Вывезут сегодня.");
        // Сегодня lists it as due again.
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-message-" + messageId).tryQuery().isPresent());

        clickOn("#nav-messages");
        clickOn("#messages-step-undo");
        waitUntil(() -> "Дан окончательный ответ".equals(labelText("#messages-stage")));
        assertThat(new MessageRepository(db).find(messageId).orElseThrow().stage()).isEqualTo(MessageStage.FINAL);
        assertThat(labelText("#messages-status")).isEqualTo("Шаг возвращён.");
    }

    @Test
    void aStepsTimeAndAnswerAreCorrectedInItsDialog() throws Exception {
        given();
        openWindow();
        clickOn("#nav-messages");
        // Answered for good: listed under «Все сообщения», not among those waiting.
        choose("#messages-filter-scope", "Все сообщения");
        waitUntil(() -> messages().getItems().size() == 1 && messages().getItems().get(0) != null);
        clickOn(lookup("#messages-table .table-cell").match((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().startsWith("Сидорова Анна")).<Node>query());
        waitUntil(() -> ("Сообщение № " + messageId).equals(labelText("#messages-card-title")));
        clickOn("#messages-tab-course");
        waitUntil(() -> lookup("#messages-step-0").tryQuery().isPresent());
        scrollToHistory();
        doubleClickOn("#messages-step-0");
        waitUntil(() -> lookup("#message-step-dialog").tryQuery().isPresent());
        replaceText("#message-step-edit-time", "08:00");
        assertThat(labelText("#message-step-edit-error")).startsWith("Шаг не может быть раньше");
        assertThat(lookup("#message-step-edit-save").queryButton().isDisabled()).isTrue();
        replaceText("#message-step-edit-time", "09:45");
        clickOn("#message-step-edit-text");
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("Мусор вывезут до 18:00.");
        clickOn("#message-step-edit-save");
        waitUntil(() -> "Шаг исправлен; срок и стадия пересчитаны.".equals(labelText("#messages-status")));
        Message m = new MessageRepository(db).find(messageId).orElseThrow();
        assertThat(m.finalAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 45));
        assertThat(m.finalText()).isEqualTo("Мусор вывезут до 18:00.");
    }

    @Test
    void aPostCannotBeMovedInItsDialogToAPageOtherThanTheOneItsNumberBelongsTo() throws Exception {
        given();
        long other;
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization club = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.INSTITUTION,
                    "МКУК «Берёзовский СДК»", "", "", "", "", false, "", false));
            other = new PageRepository(first).add(new Page(0, club.id(), Network.VK, "https://vk.com/berezovka_dk",
                    LocalDate.of(2025, 2, 1), null, null)).id();
            // The clerk said once that club 210001 is the administration's page: the number is its.
            new PageRepository(first).saveIdentity(new PageIdentity(pageId, Network.VK, -210001,
                    PageIdentity.Source.CLERK));
            new PostRepository(first).add(new Post(0, pageId, LocalDateTime.of(2026, 11, 23, 11, 0),
                    "https://vk.com/wall-210001_7", PostFormat.TEXT, "Субботник"));
        }
        openWindow();
        clickOn("#nav-posts");
        waitUntil(() -> "Найдено: 2 публикации".equals(labelText("#posts-found")));
        Node row = lookup("#posts-table .table-row-cell").match((javafx.scene.control.TableRow<PostEntry> r) ->
                r.getItem() != null && r.getItem().post().url().endsWith("wall-210001_7")).query();
        doubleClickOn(row);
        waitUntil(() -> lookup("#post-edit-dialog").tryQuery().isPresent());
        javafx.scene.control.ComboBox<ru.officialpages.ui.posts.PageChoice> page = node("#post-edit-page");
        String otherLabel = page.getItems().stream().filter(c -> c.page().id() == other).findFirst().orElseThrow().label();
        choose("#post-edit-page", otherLabel);
        clickOn("#post-edit-save");

        waitUntil(() -> labelText("#posts-status").startsWith("Номер club210001"));
        assertThat(labelText("#posts-status"))
                .isEqualTo("Номер club210001 уже принадлежит странице «Администрация Берёзовского сельского поселения — ВКонтакте»:"
                        + " одна страница — один номер в сети.");
        // Nothing moved.
        assertThat(new PostRepository(db).between(LocalDateTime.of(2026, 11, 23, 0, 0), LocalDateTime.of(2026, 11, 24, 0, 0)))
                .singleElement().satisfies(p -> assertThat(p.pageId()).isEqualTo(pageId));
    }
}
