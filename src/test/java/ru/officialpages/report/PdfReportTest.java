package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.SettingsRepository;

/**
 * The reports as PDF (issue 18 item 2), read back with PDFBox: A4, real text (extractable, so
 * selectable and searchable), the Cyrillic font embedded, the same figures as the workbook.
 */
class PdfReportTest {
    @TempDir
    Path dir;
    Database db;
    WeeklyReports reports;
    ReportSigners signers;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("data.db"));
        SettingsRepository settings = TestReports.signedSettlement(db);
        ReportFixture.week47(db);
        reports = TestReports.over(db);
        signers = ReportSigners.of(settings.load());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theWeeklyReportAsPdfHasTheFiguresAsTextInAnEmbeddedFont() throws Exception {
        Path pdf = dir.resolve("Отчёт.PDF");
        new WeeklyReportXlsx(signers).write(pdf, reports.week(ReportFixture.MONDAY, ReportFixture.NOW),
                reports.trend(ReportFixture.MONDAY, WeeklyReportXlsx.TREND_WEEKS));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertA4AndEmbedded(doc);
            assertThat(doc.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ');
            assertThat(text).contains("Еженедельный отчёт о ведении официальных страниц")
                    .contains("Берёзовское сельское поселение, неделя 47 (16.11.2026 — 22.11.2026)")
                    .contains("Опубликовано 6 при норме 7; норму выполнили 1 из 2 страниц.")
                    .contains("Опубликовано и норма по страницам")
                    .contains("Администрация Берёзовского сельского поселения — ВКонтакте")
                    .contains("Сообщения с опозданием").contains("Освещение улицы").contains("8 ч")
                    .contains("Подготовил: ведущий специалист Петрова А. В.")
                    .doesNotContain("https://").doesNotContain("0,0");
            assertThat(count(text, "Подготовил:")).as("signatures once").isEqualTo(1);
            assertThat(text).as("the page number").contains("Страница 1 из " + doc.getNumberOfPages());
        }
    }

    @Test
    void thePeriodSummaryAsPdfMarksItsBoundaryWeeks() throws Exception {
        Path pdf = dir.resolve("Сводка.pdf");
        PeriodReport p = PeriodReport.make(reports, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ReportFixture.NOW);
        new PeriodReportXlsx(signers).write(pdf, p);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertA4AndEmbedded(doc);
            String text = new PDFTextStripper().getText(doc).replace('\n', ' ');
            assertThat(text).contains("Сводка о ведении официальных страниц за период")
                    .contains("01.11.2026 — 30.11.2026")
                    .contains("За период опубликовано " + p.published() + " при норме " + p.norm())
                    .contains("неполная неделя").contains("Контент-план").contains("Модерация").contains("Сообщения");
            assertThat(count(text, "Подготовил:")).isEqualTo(1);
        }
    }

    @Test
    void aLongTableCarriesItsHeaderOntoEveryPage() throws Exception {
        Path pdf = dir.resolve("long.pdf");
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(i);
        }
        ReportPdf.writeSheets(pdf, "Длинная таблица", List.of(SheetSpec.of("Лист", rows).title("Длинная таблица")
                .orientation(PageOrientation.LANDSCAPE)
                .column(Column.integer("Номер строки", 10, (Integer i) -> i))
                .column(Column.wrappedText("Организация", 40, (Integer i) -> "Муниципальное казённое учреждение культуры № " + i))));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            PDFTextStripper strip = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                strip.setStartPage(page);
                strip.setEndPage(page);
                assertThat(strip.getText(doc)).as("page %d", page).contains("Номер строки");
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all.replace('\n', ' ')).contains("учреждение культуры № 150").contains("учреждение культуры № 1 ");
        }
    }

    /**
     * The fonts' letters, widths and shown words are kept for the run (issue 20 item 5): a second
     * report of the run, with another document between, is the same file as the first, and each
     * reads back whole with its own embedded fonts.
     */
    @Test
    void pdfsOfOneRunAreEachWholeAndTheSameReportIsTheSameFile() throws Exception {
        WeeklyReport week = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);
        List<WeeklyReports.WeekTotal> trend = reports.trend(ReportFixture.MONDAY, WeeklyReportXlsx.TREND_WEEKS);
        Path first = dir.resolve("first.pdf");
        Path between = dir.resolve("between.pdf");
        Path second = dir.resolve("second.pdf");
        new WeeklyReportXlsx(signers).write(first, week, trend);
        new PeriodReportXlsx(signers).write(between, PeriodReport.make(reports, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), ReportFixture.NOW));
        new WeeklyReportXlsx(signers).write(second, week, trend);

        assertThat(withoutId(second)).isEqualTo(withoutId(first));
        for (Path pdf : List.of(first, between, second)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertA4AndEmbedded(doc);
                String text = new PDFTextStripper().getText(doc).replace('\n', ' ');
                assertThat(text).as(pdf.getFileName().toString()).contains("официальных страниц").contains("Подготовил:");
                for (PDPage page : doc.getPages()) {
                    // The pages' drawing is deflated at the layout's chosen level: it must still be compressed
                    // (only PDFBox's two-byte «q» before the page number stays plain).
                    page.getContentStreams().forEachRemaining(content -> {
                        if (content.getLength() > 2) {
                            assertThat(content.getFilters()).containsExactly(org.apache.pdfbox.cos.COSName.FLATE_DECODE);
                        }
                    });
                }
            }
        }
    }

    /** The file without its /ID, which PDFBox makes from the time of writing. */
    private static String withoutId(Path pdf) throws Exception {
        String text = new String(java.nio.file.Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/ID");
        return text.replaceAll("/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\\]", "");
    }

    static void assertA4AndEmbedded(PDDocument doc) throws Exception {
        for (PDPage page : doc.getPages()) {
            float w = Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            float h = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            assertThat(w).isBetween(594f, 596f);
            assertThat(h).isBetween(841f, 843f);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
