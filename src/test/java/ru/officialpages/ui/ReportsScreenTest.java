package ru.officialpages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.ui.reports.ReportsView;

/** Отчёты: the last full week by default, other weeks and a quarter on demand, saved to Excel. */
class ReportsScreenTest extends WindowTestBase {

    private void givenTheKnownWeek() {
        givenSetupDone();
        try (Database first = Database.open(dir.resolve("official-pages.db"))) {
            ReportFixture.week47(first);
        }
    }

    private String summary() {
        Node n = lookup("#reports-print-summary").query();
        return n == null ? "" : ((Label) n).getText();
    }

    @Test
    void showsTheLastFullWeekSwitchesWeeksAndSavesToExcel() throws Exception {
        givenTheKnownWeek();
        openWindow();
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);

        // Monday 23.11: the last full week is week 47.
        waitUntil(() -> summary().equals("Опубликовано 6 при норме 7; норму выполнили 1 из 2 страниц."));
        assertThat(labelText("#reports-week")).isEqualTo("неделя 47 (16.11.2026 — 22.11.2026)");
        assertThat(lookup(".norm-bar-chart").queryAll()).hasSize(1);
        assertThat(lookup(".trend-chart").queryAll()).as("posts and norm by week").hasSize(1);
        assertThat(lookup(".formats-chart").queryAll()).as("formats of the week's posts").hasSize(1);
        javafx.scene.layout.FlowPane legend = lookup("#reports-formats-legend").query();
        assertThat(legend.getChildren()).as("a legend: each format with its colour").extracting(n -> ((Label) n).getText())
                .containsExactlyInAnyOrder("текст 1", "фото 3", "видео 2");
        assertThat(legend.getChildren()).allMatch(n -> ((Label) n).getGraphic() instanceof javafx.scene.shape.Rectangle);
        assertThat(lookup(".print-page").queryAll()).as("more than one A4 page").hasSizeGreaterThan(1);
        assertThat(lookup(".print-page-header").queryAll()).extracting(n -> ((Label) n).getText())
                .as("the first page is complete at once").contains("Страница 1 из " + lookup(".print-page").queryAll().size());

        // The later pages get their rows when scrolled to: the late messages are on the last one.
        ScrollPane preview = node("#reports-preview");
        interact(() -> preview.setVvalue(preview.getVmax()));
        waitUntil(() -> !lookup("#reports-print-late-first").queryAll().isEmpty());
        int last = lookup(".print-page").queryAll().size();
        assertThat(lookup(".print-page-header").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Страница " + last + " из " + last);

        // The printout is built; this machine has no printer, and the user is told what to do instead.
        clickOn("#reports-print");
        waitUntil(() -> labelText("#reports-status").startsWith("Принтер не найден."));

        clickOn("#reports-prev");
        waitUntil(() -> summary().equals("Опубликовано 1 при норме 4; норму выполнили 0 из 2 страниц."));
        assertThat(labelText("#reports-week")).isEqualTo("неделя 46 (09.11.2026 — 15.11.2026)");

        Path file = dir.resolve("отчёт.xlsx");
        List<Path> opened = new CopyOnWriteArrayList<>();
        List<Path> folders = new CopyOnWriteArrayList<>();
        ReportsView view = node("#reports-view");
        interact(() -> {
            view.setSaveChooser(owner -> file.toFile());
            view.setFileActions(opened::add, folders::add);
        });
        clickOn("#reports-export");
        waitUntil(() -> labelText("#reports-status").equals("Отчёт сохранён: отчёт.xlsx"));
        assertThat(node("#reports-open-file").isVisible()).isTrue();
        clickOn("#reports-open-file");
        clickOn("#reports-show-folder");
        assertThat(opened).containsExactly(file);
        assertThat(folders).containsExactly(file);
        ZipSecureFile.setMinInflateRatio(0.001);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheet("Публикации").getRow(0).getCell(0).getStringCellValue()).contains("неделя 46");
        }

        // «Сохранить в PDF» beside it: the same report as a PDF with real text.
        Path pdf = dir.resolve("отчёт.pdf");
        interact(() -> view.setPdfChooser(owner -> pdf.toFile()));
        clickOn("#reports-export-pdf");
        waitUntil(() -> labelText("#reports-status").equals("Отчёт сохранён: отчёт.pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace('\n', ' '))
                    .contains("неделя 46 (09.11.2026 — 15.11.2026)").contains("Опубликовано 1 при норме 4");
        }

        clickOn("#reports-next");
        clickOn("#reports-next");
        waitUntil(() -> labelText("#reports-week").startsWith("неделя 48")
                && summary().equals("Опубликовано 1 при норме 10; норму выполнили 0 из 2 страниц."));
    }

    @Test
    void aQuarterShowsEveryWeek() throws Exception {
        givenTheKnownWeek();
        openWindow();
        clickOn("#nav-reports");
        waitUntil(() -> summary().startsWith("Опубликовано 6"));
        clickOn("#reports-mode-period");
        clickOn("#reports-period-quarter");
        waitUntil(() -> summary().startsWith("За период опубликовано 8 при норме"));
        assertThat(lookup("#reports-print-period").<Label>query().getText()).isEqualTo("01.10.2026 — 31.12.2026 (14 нед.)");

        // A period that ends before it starts is refused next to the fields, the report stays.
        replaceText("#reports-from", "31.12.2026");
        replaceText("#reports-to", "01.10.2026");
        push(KeyCode.ENTER);
        clickOn("#reports-period-show");
        waitUntil(() -> labelText("#reports-period-error").equals("Период кончается раньше, чем начинается."));
        assertThat(summary()).startsWith("За период опубликовано 8");
    }

    @Test
    void anyDayTypedInThePickerShowsItsWeek() throws Exception {
        givenTheKnownWeek();
        openWindow();
        clickOn("#nav-reports");
        waitUntil(() -> summary().startsWith("Опубликовано 6"));
        replaceText("#reports-week-day", "20.11.2026");
        push(KeyCode.ENTER);
        replaceText("#reports-week-day", "04.11.2026");
        push(KeyCode.ENTER);
        waitUntil(() -> labelText("#reports-week").equals("неделя 45 (02.11.2026 — 08.11.2026)")
                && summary().equals("Опубликовано 0 при норме 5; норму выполнили 0 из 2 страниц."));
    }

    @Test
    void withoutPagesTheScreenSaysWhereToStart() throws Exception {
        givenSetupDone();
        openWindow();
        clickOn("#nav-reports");
        waitUntil(() -> lookup(".empty-state").tryQuery().isPresent());
        assertThat(lookup(".empty-state .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("Добавьте страницы на экране «Страницы»"));
        assertThat(node("#reports-export").isDisabled()).isTrue();
    }
}
