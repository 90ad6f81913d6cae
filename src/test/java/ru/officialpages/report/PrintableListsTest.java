package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.domain.AddressPeriod;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.rules.Quarter;

/**
 * Lists print readably (issue 18 item 4): the internal registry and a wide table export, printed
 * by LibreOffice, keep their text at 8 pt or more, run to as many pages as they need with the
 * header on each, in landscape, and wrap long text instead of cutting it.
 */
class PrintableListsTest {
    @TempDir
    Path dir;

    @Test
    void theWidestSheetsKeepTheirFittedWidthsForEightPoints() {
        // The internal registry's fourteen columns: narrowed to what 8 pt allows across landscape A4.
        List<Column<Object>> cols = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            cols.add(Column.wrappedText("Колонка " + i, 36, o -> ""));
        }
        int[] w = SheetWriter.printWidths(cols, PageOrientation.LANDSCAPE);
        assertThat(java.util.Arrays.stream(w).sum() + 14 * 0.72).isLessThanOrEqualTo(SheetWriter.LANDSCAPE_CHARS);
        assertThat(java.util.Arrays.stream(w).min().orElseThrow()).as("no column narrower than its header's longest word")
                .isGreaterThanOrEqualTo(10);
        // A narrow sheet keeps its widths.
        int[] narrow = SheetWriter.printWidths(List.of(Column.text("Тема", 40, o -> "")), PageOrientation.PORTRAIT);
        assertThat(narrow).containsExactly(40);
    }

    @Test
    void theInternalRegistryPrintsAtEightPointsOrMoreOnManyPagesWithItsHeaderOnEach() throws Exception {
        assumeTrue(WeeklyWorkbookTest.found("soffice"), "no LibreOffice on this machine");
        List<RegistryEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            entries.add(new RegistryEntry("Муниципальное казённое учреждение культуры «Сельский дом культуры № " + i + "»",
                    i % 2 == 0 ? "VK" : "OK", "https://vk.com/dk" + i,
                    LocalDate.of(2024, 1, 10), null, 3,
                    List.of(new AddressPeriod("https://vk.com/club" + (1000 + i), LocalDate.of(2024, 1, 10), LocalDate.of(2025, 3, 1))),
                    List.of(new ResponsiblePerson("Петрова Анна Викторовна", "ведущий специалист по связям с общественностью",
                            "+7 913 111-22-33", "petrova.anna@example.ru", true, true))));
        }
        Path xlsx = dir.resolve("registry.xlsx");
        new RegistryXlsx(Map.of("VK", "ВКонтакте", "OK", "Одноклассники")).writeInternal(xlsx, "Берёзовское сельское поселение",
                new Quarter(2026, 4), entries);
        Path pdf = toPdf(xlsx);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("never shrunk to one page").isGreaterThan(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            SmallestText strip = new SmallestText();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                assertThat(strip.getText(doc)).as("page %d has the header", p).contains("Организация");
            }
            assertThat(strip.smallest).as("the smallest text printed, in points: %s", strip.where).isGreaterThanOrEqualTo(7.9f);
            // Every letter printed: long text wraps onto more lines, nothing is cut at a cell's border.
            String letters = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(letters).contains("ведущийспециалистпосвязямсобщественностью").contains("petrova.anna@example.ru")
                    .contains("культуры№60»");
        }
    }

    /** Sixty pages with long names, a person each: the registry a district clerk prints. */
    private static List<RegistryEntry> district() {
        List<RegistryEntry> entries = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            entries.add(new RegistryEntry("Администрации Берёзовского сельского поселения и учреждения культуры № " + i,
                    i % 2 == 0 ? "VK" : "OK", "https://ok.ru/group/7000000123456" + i,
                    LocalDate.of(2024, 1, 10), null, 3,
                    List.of(new AddressPeriod("https://vk.com/club" + (1000 + i), LocalDate.of(2024, 1, 10), LocalDate.of(2025, 3, 1))),
                    List.of(new ResponsiblePerson("Петрова Анна Викторовна", "ведущий специалист по связям с общественностью",
                            "+7 913 111-22-33", "petrova.anna@example.ru", true, true))));
        }
        return entries;
    }

    /** The words a reader must find whole on a printed line: headers and cell text alike. */
    private static final List<String> WHOLE_WORDS = List.of("Организация", "Одноклассники", "Администрации", "Берёзовского",
            "Ответственный", "общественностью", "Предыдущий", "публикаций", "20.01.2024".replace("20.01", "10.01"));

    @Test
    void theInternalRegistryPdfIsLandscapeWithWholeWordsAndTheHeaderOnEveryPage() throws Exception {
        Path pdf = dir.resolve("registry.pdf");
        new RegistryXlsx(Map.of("VK", "ВКонтакте", "OK", "Одноклассники")).writeInternal(pdf, "Берёзовское сельское поселение",
                new Quarter(2026, 4), district());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape")
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            SmallestText strip = new SmallestText();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String page = strip.getText(doc);
                assertThat(page).as("page %d repeats the header", p).contains("Организация").contains("Ответственный");
                assertWholeWords(page);
            }
            assertThat(strip.smallest).as("smallest text: %s", strip.where).isGreaterThanOrEqualTo(8f);
        }
    }

    @Test
    void theInternalRegistryPrintedByLibreOfficeBreaksNoWord() throws Exception {
        assumeTrue(WeeklyWorkbookTest.found("soffice"), "no LibreOffice on this machine");
        Path xlsx = dir.resolve("words.xlsx");
        new RegistryXlsx(Map.of("VK", "ВКонтакте", "OK", "Одноклассники")).writeInternal(xlsx, "Берёзовское сельское поселение",
                new Quarter(2026, 4), district());
        try (PDDocument doc = Loader.loadPDF(toPdf(xlsx).toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertWholeWords(new PDFTextStripper().getText(doc));
            assertTitleWholeOnEveryPage(doc, "Реестр официальных страниц: Берёзовское сельское поселение, IV квартал 2026 г."
                    + " (для служебного пользования)", "по состоянию на 31.12.2026");
        }
    }

    /**
     * Two pages wide (the person's columns on the second), every page shows the title and the
     * date whole, once: a title line merged across the sheet printed a second copy on the second
     * page, cut to the repeated first column («Реестр официальных страниц: Берёз»).
     */
    private static void assertTitleWholeOnEveryPage(PDDocument doc, String title, String asOf) throws IOException {
        PDFTextStripper strip = new PDFTextStripper();
        assertThat(doc.getNumberOfPages()).isGreaterThan(2);
        boolean secondBlock = false;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            strip.setStartPage(p);
            strip.setEndPage(p);
            String page = strip.getText(doc);
            secondBlock |= page.contains("Ответственный") && !page.contains("Адрес страницы");
            assertThat(page).as("page %d has the title whole", p).contains(title).contains(asOf);
            // A cut copy keeps its whole text in the PDF, clipped from sight: so count the copies.
            assertThat(page.split("Реестр официальных", -1).length - 1).as("page %d prints the title once, uncut", p)
                    .isEqualTo(1);
        }
        assertThat(secondBlock).as("the registry prints two pages wide, the person's columns on their own pages").isTrue();
    }

    /** Each of {@link #WHOLE_WORDS} appears, and never as its head alone at a line's end (broken inside). */
    private static void assertWholeWords(String text) {
        List<String> lines = List.of(text.split("\\R"));
        for (String word : WHOLE_WORDS) {
            assertThat(text).as("«%s» printed whole", word).contains(word);
            String head = word.substring(0, word.length() - 2);
            assertThat(lines).as("«%s» broken at a line's end", word)
                    .noneMatch(l -> l.strip().endsWith(head) || l.contains(head + " ") && !l.contains(word));
        }
    }

    Path toPdf(Path xlsx) throws Exception {
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        return dir.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
    }

    /** Remembers the smallest printed letter, page header and footer excluded (they are the spreadsheet's own). */
    private static final class SmallestText extends PDFTextStripper {
        float smallest = Float.MAX_VALUE;
        String where = "";

        SmallestText() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                float h = t.getPageHeight();
                boolean margin = t.getYDirAdj() < h * 0.06 || t.getYDirAdj() > h * 0.94;
                if (!margin && !t.getUnicode().isBlank()) {
                    // The size as printed: the font size times the text and page scaling (the rendering matrix).
                    float size = t.getTextMatrix().getScalingFactorY();
                    if (size < smallest) {
                        smallest = size;
                        where = text + " at y " + t.getYDirAdj();
                    }
                }
            }
            super.writeString(text, positions);
        }
    }
}
