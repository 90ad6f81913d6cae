package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.DictionaryRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.text.Finding;
import ru.officialpages.ui.common.FxTaskExecutor;
import ru.officialpages.ui.common.SaveFileDialog;
import ru.officialpages.ui.common.TablePrintout;
import ru.officialpages.ui.common.TextCheckService;
import ru.officialpages.ui.common.XlsxSheet;

/** «Печать» of a table on paper, Ctrl+E on Страницы, and a lexicon file of the user's own phrases used in a check. */
class TablePrintAndLexiconScreenTest extends WindowTestBase {

    private void givenTwoPages() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            Organization org = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация", "", "", "", "", false, "", false));
            Organization lib = new OrganizationRepository(first).save(new Organization(0, OrganizationKind.INSTITUTION,
                    "Библиотека", "", "", "", "", false, "", false));
            new PageRepository(first).add(new Page(0, org.id(), Network.VK, "https://vk.com/club210001",
                    LocalDate.of(2025, 1, 20), null, null));
            new PageRepository(first).add(new Page(0, lib.id(), Network.OK, "https://ok.ru/group/5501",
                    LocalDate.of(2025, 3, 3), null, null));
        }
    }

    @Test
    void aLongTableIsSplitIntoNumberedPagesWithTheTitleOnEach() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(i + ".11.2026", "Публикация " + i, i % 7 == 0 ? "Длинная тема, которая переносится на "
                    + "несколько строк в узкой колонке и занимает больше места" : "Короткая"));
        }
        TablePrintout printout = new TablePrintout("Журнал публикаций — Берёзовское сельское поселение",
                "Отбор: все записи", List.of("Дата", "Публикация", "Тема"), List.of(12, 20, 30), rows);
        List<Node> pages = new ArrayList<>();
        interact(() -> pages.addAll(printout.pages(520, 760)));
        assertThat(pages.size()).isGreaterThan(2);
        int printedRows = 0;
        for (int p = 0; p < pages.size(); p++) {
            VBox page = (VBox) pages.get(p);
            assertThat(page.getBoundsInLocal().getHeight()).isLessThanOrEqualTo(761);
            assertThat(((Label) ((VBox) page.getChildren().get(0)).getChildren().get(0)).getText())
                    .isEqualTo("Журнал публикаций — Берёзовское сельское поселение");
            Label number = (Label) ((javafx.scene.layout.HBox) page.getChildren().get(2)).getChildren().get(0);
            assertThat(number.getText()).isEqualTo("Страница " + (p + 1) + " из " + pages.size());
            javafx.scene.layout.GridPane table = (javafx.scene.layout.GridPane) page.getChildren().get(1);
            printedRows += (int) table.getChildren().stream().filter(n -> n instanceof Label).count() / 3 - 1;
        }
        assertThat(printedRows).isEqualTo(150);
        // -Dprintout.png=FILE saves the first sheet as an image, to look at it as the printer gets it.
        if (System.getProperty("printout.png") != null) {
            interact(() -> {
                javafx.scene.image.WritableImage img = pages.get(0).snapshot(null, null);
                java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) img.getWidth(),
                        (int) img.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
                for (int y = 0; y < out.getHeight(); y++) {
                    for (int x = 0; x < out.getWidth(); x++) {
                        out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
                    }
                }
                try {
                    javax.imageio.ImageIO.write(out, "png", new java.io.File(System.getProperty("printout.png")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void pagesPrintWithoutAPrinterSaysSoAndCtrlEExportsTheFilteredPages() throws Exception {
        givenTwoPages();
        openWindow();
        Path file = dir.resolve("Страницы.xlsx");
        interact(() -> stage.getProperties().put(SaveFileDialog.class, (SaveFileDialog) (owner, name) -> Optional.of(file)));
        clickOn("#nav-pages");
        waitUntil(() -> lookup("#pages-print").tryQuery().isPresent());
        clickOn("#pages-search").write("библиотека");
        clickOn("#pages-print");
        waitUntil(() -> labelText("#pages-export-message").startsWith("Принтер не найден"));

        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> labelText("#pages-export-message").startsWith("Сохранено"));
        XlsxSheet x = XlsxSheet.read(file);
        assertThat(x.dataRows()).isEqualTo(1);
        assertThat(x.cell(0, 0).getStringCellValue()).isEqualTo("Библиотека");
        assertThat(x.text(1, 0)).isEqualTo("Отбор: поиск «библиотека»");
    }

    @Test
    void aLexiconFileChosenInSettingsAddsItsPhrasesToTheCheck() throws Exception {
        givenTwoPages();
        textChecks = new TextCheckService(false, Set.of(), word -> { });
        Path lexicon = dir.resolve("наши канцеляризмы.tsv");
        Files.writeString(lexicon, "# фразы нашего поселения\nдоводим до сведения\tсообщаем\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("ошибка.tsv");
        Files.writeString(bad, "доводим до сведения\tсообщаем\nдоводим = сообщаем\n", StandardCharsets.UTF_8);
        openWindow();
        clickOn("#nav-settings");
        clickOn("#settings-tab-textcheck");
        waitUntil(() -> lookup("#settings-lexicon-current").tryQuery().isPresent()
                && labelText("#settings-lexicon-current").startsWith("Свой словарь не загружен"));

        ru.officialpages.ui.settings.TextCheckSettingsView view = node("#textcheck-settings");
        interact(() -> view.useLexicon(bad));
        waitUntil(() -> labelText("#settings-lexicon-error").contains("строка 2"));
        interact(() -> view.useLexicon(lexicon));
        waitUntil(() -> labelText("#settings-lexicon-current").equals("Загружен «наши канцеляризмы.tsv»: 1 фраза"));
        assertThat(labelText("#settings-lexicon-error")).isEmpty();

        clickOn("#nav-posts");
        clickOn("#posts-link").write("https://vk.com/wall-210001_5");
        clickOn(lookup("#posts-entry-text-pane .title").<Node>query());
        waitUntil(() -> lookup("#posts-entry-text-area").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#posts-entry-text-area").write("Доводим до сведения жителей: в среду нет воды.");
        ListView<Finding> findings = node("#posts-entry-text-findings");
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.fragment().equals("Доводим до сведения")
                && f.suggestions().contains("Сообщаем")));
    }

    @Override
    void beforeShow(MainWindow window, FxTaskExecutor executor) {
        textChecks.keptIn(new ru.officialpages.desk.Dictionary(new DictionaryRepository(db)));
    }
}
