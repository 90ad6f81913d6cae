package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.BlacklistListing;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.domain.ModerationAction;
import ru.officialpages.domain.ModerationEntry;
import ru.officialpages.domain.ModerationFilter;
import ru.officialpages.domain.ModerationRecord;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

/**
 * Модерация as the specialist uses it: a comment with a disguised obscene word gets its ground
 * suggested, the user confirms it and blacklists the author; the next record naming the author
 * warns; the daily round keeps the time of each check.
 */
class ModerationScreenTest extends WindowTestBase {
    /** "заебали" with a Latin "a": the disguise the lexicon must see through. */
    private static final String COMMENT = "Когда уже починят дорогу, заеб\u0061ли обещаниями";

    private long vkId;
    private long okId;

    private void givenTwoPages() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
            vkId = new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null)).id();
            okId = new PageRepository(first).add(new Page(0, org.id(), Network.OK, "https://ok.ru/group/70000001",
                    LocalDate.of(2025, 1, 20), null, null)).id();
            new ModerationRepository(first).add(new ModerationRecord(0, vkId, LocalDateTime.of(2026, 11, 18, 12, 0),
                    "Мария", "", "Подпишитесь на мой канал", Set.of(DeletionGround.SPAM), ModerationAction.DELETED, "",
                    LocalDateTime.of(2026, 11, 18, 12, 5)));
        }
    }

    /** Scrolls the form down, as a user does to reach the grounds on a small screen. */
    private void scrollFormDown() {
        moveTo("#moderation-form-scroll");
        scroll(15, javafx.geometry.VerticalDirection.DOWN);
    }

    /** Scrolls the form so that {@code id} is in view (the grounds are one a line, the list is long). */
    private void scrollFormTo(String id) {
        javafx.scene.control.ScrollPane scroll = node("#moderation-form-scroll");
        Node target = node(id);
        interact(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Empties a field as a user does: select all, delete. */
    private void clearField(String id) {
        clickOn(id);
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.A,
                javafx.scene.input.KeyCode.CONTROL);
        type(javafx.scene.input.KeyCode.BACK_SPACE);
    }

    @SuppressWarnings("unchecked")
    private TableView<ModerationEntry> records() {
        return (TableView<ModerationEntry>) (TableView<?>) node("#moderation-table");
    }

    @SuppressWarnings("unchecked")
    private TableView<BlacklistListing> blacklist() {
        return (TableView<BlacklistListing>) (TableView<?>) node("#blacklist-table");
    }

    @Test
    void aDisguisedObsceneWordIsSuggestedConfirmedAndItsAuthorBlacklisted() throws Exception {
        givenTwoPages();
        openWindow();
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")));

        clickOn("#moderation-new");
        choose("#moderation-page", "Администрация Берёзовского сельского поселения — ВКонтакте, vk.com/club210001");
        clickOn("#moderation-author").write("Иван Сидоров");
        clickOn("#moderation-author-link").write("https://vk.com/id123456");
        clickOn("#moderation-text").write(COMMENT);

        // Suggested, shown with the fragment, but not ticked for the user.
        waitUntil(() -> lookup("#moderation-hints .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Похоже на нецензурное слово: «заеб")));
        assertThat(node("#moderation-suggested-OBSCENE_LANGUAGE").isVisible()).isTrue();
        assertThat(node("#moderation-suggested-SPAM").isVisible()).isFalse();
        CheckBox obscene = node("#moderation-ground-OBSCENE_LANGUAGE");
        assertThat(obscene.isSelected()).isFalse();

        scrollFormDown();
        // The full name and the clause of the settlement's own order (ishtan-13 §8) in the tooltip.
        waitUntil(() -> obscene.getTooltip().getText().contains("Иштанское сельское поселение, порядок, п. 8"));
        assertThat(obscene.getTooltip().getText()).startsWith("Нецензурные выражения")
                .doesNotContain("Новоалтайск");
        // Advertising is not in Иштан's order: the clause of the order that has it.
        assertThat(this.<CheckBox>node("#moderation-ground-ADVERTISING").getTooltip().getText())
                .contains("В порядке вашего поселения этого основания нет").contains("Новоалтайск, порядок, п. 2.5");
        clickOn("#moderation-accept-suggested");
        assertThat(obscene.isSelected()).isTrue();
        choose("#moderation-action", "Внести автора в чёрный список");
        clickOn("#moderation-save");

        waitUntil(() -> labelText("#moderation-status").contains("в чёрном списке"));
        waitUntil(() -> "Найдено: 2 записи".equals(labelText("#moderation-found")) && records().getItems().get(0) != null);
        ModerationEntry first = records().getItems().get(0);
        assertThat(first.record().authorName()).isEqualTo("Иван Сидоров");
        assertThat(first.record().grounds()).containsExactly(DeletionGround.OBSCENE_LANGUAGE);
        assertThat(first.record().action()).isEqualTo(ModerationAction.BLACKLISTED);
        assertThat(first.record().noticedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        // What the user reads in the row: the ground by its Russian name.
        assertThat(lookup("#moderation-table .table-cell").queryAll().stream()
                .anyMatch(n -> "Нецензурные выражения".equals(((javafx.scene.control.Labeled) n).getText()))).isTrue();
        // Rows of one line, their height fixed: the table does not measure the records it does not show.
        waitUntil(() -> records().getFixedCellSize() > 0);
        assertThat(records().getFixedCellSize()).isEqualTo(lookup("#moderation-table .table-row-cell")
                .<javafx.scene.control.TableRow<?>>query().getHeight());
        // The form is cleared for the next one.
        assertThat(this.<javafx.scene.control.TextArea>node("#moderation-text").getText()).isEmpty();

        clickOn("#moderation-tab-blacklist");
        waitUntil(() -> blacklist().getItems().size() == 1);
        BlacklistListing listed = blacklist().getItems().get(0);
        assertThat(listed.entry().authorName()).isEqualTo("Иван Сидоров");
        assertThat(listed.entry().since()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(listed.entry().grounds()).containsExactly(DeletionGround.OBSCENE_LANGUAGE);
        assertThat(lookup("#blacklist-table .table-cell").queryAll().stream()
                .anyMatch(n -> "Иван Сидоров".equals(((javafx.scene.control.Labeled) n).getText()))).isTrue();

        // A new record naming the same author, by the profile written another way.
        clickOn("#moderation-tab-records");
        clickOn("#moderation-new");
        clickOn("#moderation-author-link").write("m.vk.com/id123456/");
        waitUntil(() -> node("#moderation-author-warning").isVisible());
        assertThat(labelText("#moderation-author-warning"))
                .isEqualTo("Автор в чёрном списке с 23.11.2026 (ВКонтакте, Администрация Берёзовского сельского поселения)");
        replaceText("#moderation-author-link", "vk.com/id999");
        waitUntil(() -> !node("#moderation-author-warning").isVisible());
        // By name alone, in another case.
        clearField("#moderation-author-link");
        clickOn("#moderation-author").write("иван сидоров");
        waitUntil(() -> node("#moderation-author-warning").isVisible());
    }

    @Test
    void savingWithoutAGroundExplainsWhyAndSavesNothing() throws Exception {
        givenTwoPages();
        openWindow();
        clickOn("#nav-moderation");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")));
        // Ctrl+N opens the form, as the button does.
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> node("#moderation-save").isVisible());
        clickOn("#moderation-save");
        assertThat(labelText("#moderation-page-error")).isEqualTo("Выберите страницу, на которой был комментарий.");
        assertThat(labelText("#moderation-grounds-error")).startsWith("Отметьте хотя бы одно основание");
        choose("#moderation-page", "Администрация Берёзовского сельского поселения — Одноклассники, ok.ru/group/70000001");
        assertThat(labelText("#moderation-page-error")).isEmpty();
        scrollFormDown();
        String dbg = ("DBG box " + node("#moderation-ground-OFF_TOPIC").localToScreen(node("#moderation-ground-OFF_TOPIC").getBoundsInLocal())
                + " scroll " + node("#moderation-form-scroll").localToScreen(node("#moderation-form-scroll").getBoundsInLocal())
                + " v=" + ((javafx.scene.control.ScrollPane) node("#moderation-form-scroll")).getVvalue());
        scrollFormTo("#moderation-ground-OFF_TOPIC");
        clickOn("#moderation-ground-OFF_TOPIC");
        String dbg2 = dbg + " focus " + stage.getScene().getFocusOwner();
        assertThat(labelText("#moderation-grounds-error")).isEmpty();
        assertThat(new ModerationRepository(db).countRecords()).isEqualTo(1);
        clickOn("#moderation-save");
        waitUntil(() -> "Найдено: 2 записи".equals(labelText("#moderation-found")));

        // Deleted with undo.
        waitUntil(() -> records().getItems().get(0) != null);
        clickOn(lookup("#moderation-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null).<Node>query());
        clickOn("#moderation-delete");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")));
        clickOn("#moderation-undo");
        waitUntil(() -> "Найдено: 2 записи".equals(labelText("#moderation-found")));
        assertThat(new ModerationRepository(db).count(new ModerationFilter(okId, null, null, DeletionGround.OFF_TOPIC, null, "")))
                .isEqualTo(1);
    }

    @Test
    void tickingAPageInTheRoundStoresItWithTheTime() throws Exception {
        givenTwoPages();
        openWindow();
        clickOn("#nav-moderation");
        clickOn("#moderation-tab-round");
        waitUntil(() -> labelText("#round-week").equals("На этой неделе обход выполнен в 0 из 1 рабочего дня"));
        clickOn("#round-page-" + vkId);
        waitUntil(() -> "проверено в 10:00".equals(labelText("#round-time-" + vkId)));
        waitUntil(() -> new ModerationRepository(db).checkedOn(LocalDate.of(2026, 11, 23)).size() == 1);
        assertThat(new ModerationRepository(db).checkedOn(LocalDate.of(2026, 11, 23)))
                .containsEntry(vkId, LocalDateTime.of(2026, 11, 23, 10, 0));
        // One page of two: the day is not done yet, and Сегодня says so.
        assertThat(labelText("#round-week")).isEqualTo("На этой неделе обход выполнен в 0 из 1 рабочего дня");
        clickOn("#round-page-" + okId);
        waitUntil(() -> labelText("#round-week").equals("На этой неделе обход выполнен в 1 из 1 рабочего дня"));
    }

    @Test
    void anImportFileIsPreviewedThenLoadedWhole() throws Exception {
        givenTwoPages();
        java.nio.file.Path file = dir.resolve("moderation.csv");
        java.nio.file.Files.write(file, ("Дата;Адрес страницы;Автор;Текст;Основания;Действие\r\n"
                + "21.11.2026 10:30;vk.com/club210001;Пётр Лосев;Продам гараж;Спам, Реклама;Ограничен\r\n"
                + "22.11.2026 12:00;ok.ru/group/70000001;Анна;Когда концерт?;;Дан ответ\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        openWindow();
        clickOn("#nav-moderation");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")));
        ru.officialpages.ui.moderation.ModerationView view = node("#moderation-view");
        // The file chooser is the system's; from the chosen file on, the user's path is the program's.
        interact(() -> view.importFile(file));
        waitUntil(() -> lookup("#import-preview-lines").tryQuery().isPresent());
        javafx.scene.control.ListView<String> lines = node("#import-preview-lines");
        assertThat(lines.getItems()).hasSize(2).allMatch(l -> l.startsWith("Строка "));
        assertThat(lines.getItems().get(0)).contains("Пётр Лосев").contains("Ограничен");
        clickOn("Загрузить");
        waitUntil(() -> "Найдено: 3 записи".equals(labelText("#moderation-found")));
        assertThat(new ModerationRepository(db).blacklist("лосев", false, LocalDate.of(2026, 11, 23))).hasSize(1);

        // Found on the blacklist by search, then taken off the list from today; the history stays.
        clickOn("#moderation-tab-blacklist");
        clickOn("#blacklist-search").write("лосев");
        waitUntil(() -> blacklist().getItems().size() == 1);
        waitUntil(() -> lookup("#blacklist-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Пётр Лосев")).tryQuery().isPresent());
        clickOn(lookup("#blacklist-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Пётр Лосев")).<Node>query());
        waitUntil(() -> !node("#blacklist-take-off").isDisabled());
        clickOn("#blacklist-take-off");
        waitUntil(() -> labelText("#moderation-status").contains("снят"));
        waitUntil(() -> blacklist().getItems().isEmpty());
        clickOn("#blacklist-show-taken-off");
        waitUntil(() -> blacklist().getItems().size() == 1);
        assertThat(blacklist().getItems().get(0).entry().until()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void todayShowsAnUnfinishedRound() throws Exception {
        givenTwoPages();
        openWindow();
        clickOn("#nav-today");
        waitUntil(() -> lookup("#today-dues .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("23.11.2026 — Обход страниц не завершён: проверено 0 из 2")));
    }

    @Test
    void exportToExcelWritesTheFilteredRecordsMarkedForOfficialUse() throws Exception {
        givenTwoPages();
        try (Database more = Database.open(dir.resolve("official-pages.db"))) {
            new ModerationRepository(more).add(new ModerationRecord(0, okId, LocalDateTime.of(2026, 11, 19, 15, 0), "Олег", "",
                    "Не по теме", Set.of(DeletionGround.OFF_TOPIC), ModerationAction.DELETED, "", LocalDateTime.of(2026, 11, 19, 15, 1)));
        }
        openWindow();
        java.nio.file.Path file = dir.resolve("Модерация.xlsx");
        javafx.application.Platform.runLater(() -> stage.getProperties().put(ru.officialpages.ui.common.SaveFileDialog.class,
                (ru.officialpages.ui.common.SaveFileDialog) (owner, name) -> java.util.Optional.of(file)));
        clickOn("#nav-moderation");
        waitUntil(() -> "Найдено: 2 записи".equals(labelText("#moderation-found")));
        clickOn("#moderation-search").write("подпишитесь");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")));

        clickOn("#moderation-export-xlsx");
        waitUntil(() -> labelText("#moderation-export-message").startsWith("Сохранено"));
        assertThat(labelText("#moderation-export-message")).isEqualTo("Сохранено: «Модерация.xlsx», строк: 1");
        ru.officialpages.ui.common.XlsxSheet x = ru.officialpages.ui.common.XlsxSheet.read(file);
        assertThat(x.text(0, 0)).endsWith("Для служебного пользования");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: поиск «подпишитесь»");
        assertThat(x.dataRows()).isEqualTo(1);
        assertThat(x.cell(0, 2).getStringCellValue()).isEqualTo("Мария");
        assertThat(x.isDate(0, 0)).isTrue();
    }

    @Test
    void aRecordOpenedFromTheListIsChangedInPlace() throws Exception {
        givenTwoPages();
        openWindow();
        clickOn("#nav-moderation");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")) && records().getItems().get(0) != null);
        doubleClickOn(lookup("#moderation-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null).<Node>query());
        waitUntil(() -> node("#moderation-save").isVisible());
        assertThat(labelText("#moderation-form-title")).isEqualTo("Запись от 18.11.2026 12:00");
        assertThat(this.<javafx.scene.control.TextArea>node("#moderation-text").getText()).isEqualTo("Подпишитесь на мой канал");
        assertThat(this.<CheckBox>node("#moderation-ground-SPAM").isSelected()).isTrue();
        // Down to the grounds, as dragging the form's scroll bar does.
        scrollFormTo("#moderation-ground-OFF_TOPIC");
        clickOn("#moderation-ground-OFF_TOPIC");
        assertThat(this.<CheckBox>node("#moderation-ground-OFF_TOPIC").isSelected()).isTrue();
        clickOn("#moderation-save");

        waitUntil(() -> "Запись изменена".equals(labelText("#moderation-status")));
        assertThat(new ModerationRepository(db).slice(ModerationFilter.ALL, 0, 5).get(0).record().grounds())
                .containsExactlyInAnyOrder(DeletionGround.SPAM, DeletionGround.OFF_TOPIC);
        waitUntil(() -> lookup("#moderation-table .table-cell").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText() != null
                        && ((javafx.scene.control.Labeled) n).getText().contains("Спам; ")));
        assertThat(labelText("#moderation-found")).isEqualTo("Найдено: 1 запись");
        assertThat(new ModerationRepository(db).slice(ModerationFilter.ALL, 0, 5).get(0).record().grounds())
                .containsExactlyInAnyOrder(DeletionGround.SPAM, DeletionGround.OFF_TOPIC);
    }

    /**
     * A record kept elsewhere (a sync keeps comments every few seconds) joins the list at once, and the list
     * is not emptied and filled again: the record the user chose stays selected, though it moved a row down.
     */
    @Test
    void aRecordKeptElsewhereJoinsTheListAndTheSelectionStaysOnItsRecord() throws Exception {
        givenTwoPages();
        openWindow();
        clickOn("#nav-moderation");
        waitUntil(() -> "Найдено: 1 запись".equals(labelText("#moderation-found")) && records().getItems().get(0) != null);
        ModerationEntry chosen = records().getItems().get(0);
        interact(() -> records().getSelectionModel().clearAndSelect(0));
        java.util.List<String> changes = new java.util.ArrayList<>();
        interact(() -> records().getItems().addListener((javafx.collections.ListChangeListener<ModerationEntry>) c ->
                changes.add(c.getList().get(0) == null ? "emptied" : "shown")));

        context.desks().moderation().add(new ModerationRecord(0, okId, LocalDateTime.of(2026, 11, 19, 9, 30),
                "Пётр", "", "Реклама займов", Set.of(DeletionGround.SPAM), ModerationAction.DELETED, "",
                LocalDateTime.of(2026, 11, 19, 9, 35)));

        waitUntil(() -> "Найдено: 2 записи".equals(labelText("#moderation-found")) && records().getItems().get(0) != null
                && "Пётр".equals(records().getItems().get(0).record().authorName()));
        assertThat(records().getSelectionModel().getSelectedItem()).as("the record chosen, now a row lower")
                .isEqualTo(chosen);
        assertThat(records().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(changes).as("the rows shown stay shown").isNotEmpty().doesNotContain("emptied");
    }
}
