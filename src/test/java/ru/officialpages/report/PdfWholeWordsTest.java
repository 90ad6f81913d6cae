package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.officialpages.i18n.Tr;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ReportFixture;
import ru.officialpages.storage.SettingsRepository;

/**
 * Issue 18 item 5: words are never broken inside. Every word of every table of the period PDF
 * (headers and cells) is read back with PDFBox: no word may show as its head at the end of one
 * line and its tail at the start of the next («Поступил/о», «окончательног/о»). And a week with no
 * late answer shows «—» in the delay column, not «0 мин».
 */
class PdfWholeWordsTest {
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

    private PeriodReport november() {
        return PeriodReport.make(reports, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), ReportFixture.NOW);
    }

    @Test
    void noWordOfAnyTableOfThePeriodPdfIsBrokenAcrossLines() throws Exception {
        Path pdf = dir.resolve("Сводка.pdf");
        PeriodReport p = november();
        new ReportPdf(signers).writePeriod(pdf, p);
        Set<String> words = new HashSet<>();
        for (SheetSpec<?> s : new PeriodReportXlsx(signers).sheets(p)) {
            tableWords(s, words);
        }
        assertThat(words).as("the check has words to look for").contains("Поступило", "окончательного");
        assertNoWordBroken(pdf, words);
    }

    @Test
    void noWordOfAnyTableOfTheWeeklyPdfIsBrokenAcrossLines() throws Exception {
        Path pdf = dir.resolve("Отчёт.pdf");
        WeeklyReport week = reports.week(ReportFixture.MONDAY, ReportFixture.NOW);
        new ReportPdf(signers).writeWeekly(pdf, week, reports.trend(ReportFixture.MONDAY, WeeklyReportXlsx.TREND_WEEKS));
        Set<String> words = new HashSet<>();
        for (SheetSpec<?> s : new WeeklyReportXlsx(signers).sheets(week)) {
            tableWords(s, words);
        }
        assertThat(words).isNotEmpty();
        assertNoWordBroken(pdf, words);
    }

    @Test
    void aWeekWithoutALateAnswerShowsADashNotZeroMinutes() throws Exception {
        PeriodReport p = november();
        assertThat(p.weeks()).anyMatch(w -> w.messages().lateTotal().isZero());
        for (WeeklyReport w : p.weeks()) {
            assertThat(w.messages().lateColumnText()).isEqualTo(w.messages().lateTotal().isZero() ? "—"
                    : ru.officialpages.i18n.RuFormat.duration(w.messages().lateTotal()));
        }
        Path pdf = dir.resolve("Сводка.pdf");
        new ReportPdf(signers).writePeriod(pdf, p);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).doesNotContain("0 мин").contains("—");
        }
        SheetSpec<?> messages = new PeriodReportXlsx(signers).sheets(p).stream()
                .filter(s -> s.name().equals(Tr.tr("report.section.messages"))).findFirst().orElseThrow();
        List<String> delays = columnText(messages, Tr.tr("report.col.late"));
        assertThat(delays).contains("—").doesNotContain("0 мин");

        Path xlsx = dir.resolve("Сводка.xlsx");
        new PeriodReportXlsx(signers).write(xlsx, p);
        try (var book = XlsxReadBack.open(xlsx)) {
            var sheet = book.getSheet(Tr.tr("report.section.messages"));
            List<String> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).contains("—").doesNotContain("0 мин");
        }
    }

    /** The words of a sheet's headers and cells as the PDF writes them. */
    private static <R> void tableWords(SheetSpec<R> s, Set<String> words) {
        for (Column<? super R> c : s.columns()) {
            split(c.header(), words);
        }
        try (Stream<? extends R> rows = s.rows()) {
            Iterator<? extends R> it = rows.iterator();
            while (it.hasNext()) {
                R row = it.next();
                for (Column<? super R> c : s.columns()) {
                    split(ReportPdf.text(c.value().apply(row), c.type()), words);
                }
            }
        }
    }

    private static <R> List<String> columnText(SheetSpec<R> s, String header) {
        List<String> out = new ArrayList<>();
        Column<? super R> col = s.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow();
        try (Stream<? extends R> rows = s.rows()) {
            rows.forEach(r -> out.add(ReportPdf.text(col.value().apply(r), col.type())));
        }
        return out;
    }

    private static void split(String text, Set<String> words) {
        for (String w : text.split("\\s+")) {
            // Web addresses may break after a slash; everything else is a word that must stay whole.
            if (w.length() >= 2 && !w.contains("/") && !w.contains("@")) {
                words.add(w);
            }
        }
    }

    /**
     * No word shows as the end of one line joined to the start of the next: the PDF's text lines
     * (in drawing order, so the lines of one cell follow each other) are checked pair by pair.
     */
    private static void assertNoWordBroken(Path pdf, Set<String> words) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String[] lines = new PDFTextStripper().getText(doc).split("\\R");
            assertThat(lines.length).isGreaterThan(10);
            List<String> broken = new ArrayList<>();
            for (int i = 0; i + 1 < lines.length; i++) {
                String[] a = lines[i].trim().split("\\s+");
                String[] b = lines[i + 1].trim().split("\\s+");
                String head = a[a.length - 1];
                String tail = b[0];
                if (head.isEmpty() || tail.isEmpty()) {
                    continue;
                }
                String joined = head + tail;
                if (words.contains(joined) && !(words.contains(head) && words.contains(tail))) {
                    broken.add(head + "/" + tail);
                }
            }
            assertThat(broken).as("words broken across lines").isEmpty();
        }
    }
}
