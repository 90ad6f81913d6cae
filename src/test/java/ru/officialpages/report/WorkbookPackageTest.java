package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our own SpreadsheetML writer (WorkbookPackage, SheetXml): what POI's reader, an XML parser and a
 * small heap make of the files it writes.
 */
class WorkbookPackageTest {
    @TempDir
    Path dir;

    record Note(String text) {
    }

    @Test
    void charactersXmlForbidsAreDroppedAndTheRestReadsBackAsWritten() throws Exception {
        String hostile = "a&b <c> \"d\" 'e'\u0001\u000B\u001F\uFFFE\uFFFF f\uD800g 😀 _x0041_";
        List<String> texts = List.of(hostile, "  leading and trailing  ", "\tтаб\nи перевод\r\nстроки ", "]]></t></is></c>");
        Path file = dir.resolve("escape.xlsx");
        new SpreadsheetWriter().write(file, SheetSpec.of("Лист & <лист>", texts.stream().map(Note::new))
                .title("Мониторинг & «анализ» <2026>")
                .subtitle("\u0007звонок")
                .column(Column.text("Текст \"в кавычках\"", 30, Note::text))
                .footer("Подготовил: <b>не жирный</b> & ко"));

        assertEveryPartParses(file);
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Лист & <лист>");
            assertThat(XlsxReadBack.cell(s, 0, 0).getStringCellValue()).isEqualTo("Мониторинг & «анализ» <2026>");
            assertThat(XlsxReadBack.cell(s, 1, 0).getStringCellValue()).isEqualTo("звонок");
            assertThat(XlsxReadBack.cell(s, 3, 0).getStringCellValue()).isEqualTo("Текст \"в кавычках\"");
            for (int i = 0; i < texts.size(); i++) {
                assertThat(XlsxReadBack.cell(s, 4 + i, 0).getStringCellValue()).as(texts.get(i))
                        .isEqualTo(CellText.clean(texts.get(i)));
            }
            assertThat(XlsxReadBack.cell(s, 4, 0).getStringCellValue()).isEqualTo("a&b <c> \"d\" 'e' f\uFFFDg 😀 _x0041_");
            assertThat(XlsxReadBack.cell(s, 5, 0).getStringCellValue()).as("blanks kept at both ends")
                    .isEqualTo("  leading and trailing  ");
            assertThat(XlsxReadBack.cell(s, 6, 0).getStringCellValue()).isEqualTo("\tтаб\nи перевод\nстроки ");
            assertThat(s.getHeader().getCenter()).isEqualTo("Мониторинг && «анализ» <2026>");
        }
    }

    @Test
    void definedNamesBelongToTheirSheetsAndSurviveQuotesInTheName() throws Exception {
        Path file = dir.resolve("names.xlsx");
        List<Integer> rows = IntStream.rangeClosed(1, 3).boxed().toList();
        SheetSpec<Integer> wide = SheetSpec.of("Д'Артаньян", rows).orientation(PageOrientation.PORTRAIT);
        for (int c = 0; c < 12; c++) {
            int n = c;
            wide.column(Column.text("Слово" + "x".repeat(20) + c, 25, (Integer i) -> "Длинноеслово".repeat(2) + i + n));
        }
        new SpreadsheetWriter().write(file, SheetSpec.of("Первый", rows).column(Column.integer("Число", 10, (Integer i) -> i)),
                wide);

        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            List<String> names = new ArrayList<>();
            for (Name n : wb.getAllNames()) {
                names.add(n.getNameName() + "@" + n.getSheetIndex() + "=" + n.getRefersToFormula());
            }
            assertThat(names).contains("_xlnm._FilterDatabase@0='Первый'!$A$3:$A$6", "_xlnm.Print_Titles@0='Первый'!$3:$3",
                    "_xlnm.Print_Area@0='Первый'!$A$1:$A$6");
            Name filter = wb.getAllNames().stream().filter(n -> n.getNameName().equals("_xlnm._FilterDatabase")
                    && n.getSheetIndex() == 1).findFirst().orElseThrow();
            assertThat(filter.getRefersToFormula()).isEqualTo("'Д''Артаньян'!$A$3:$L$6");
            assertThat(wb.getCTWorkbook().getDefinedNames().getDefinedNameArray(0).getHidden()).as("the filter's name hidden")
                    .isTrue();

            // Twelve columns of long words do not fit one portrait page: two pages wide, the first column repeated.
            XSSFSheet second = wb.getSheetAt(1);
            assertThat(second.getSheetName()).isEqualTo("Д'Артаньян");
            assertThat(second.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:A"));
            assertThat(second.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(second.getFitToPage()).isFalse();
            assertThat(second.getPrintSetup().getScale()).isEqualTo((short) SheetWriter.MIN_SCALE);
            assertThat(second.getPrintSetup().getLeftToRight()).as("across, then down").isTrue();
            assertThat(wb.getPrintArea(1)).endsWith("!$A$3:$L$6");
            assertThat(wb.getSheetAt(0).getCTWorksheet().getSheetViews().getSheetViewArray(0).getTabSelected()).isTrue();
            assertThat(second.getCTWorksheet().getSheetViews().getSheetViewArray(0).getTabSelected()).as("one tab selected")
                    .isFalse();
        }
    }

    @Test
    void everyRelationshipPointsAtAPartThatIsThere() throws Exception {
        Path file = dir.resolve("parts.xlsx");
        new SpreadsheetWriter().write(file, Sample.sheet("Реестр", Sample.rows()), Sample.sheet("Реестр", Sample.rows()));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> parts = new java.util.HashSet<>();
            zip.stream().forEach(e -> parts.add(e.getName()));
            String types = read(zip, "[Content_Types].xml");
            for (String part : parts) {
                if (part.endsWith(".xml") && !part.equals("[Content_Types].xml")) {
                    assertThat(types).as(part + " has its content type").contains("PartName=\"/" + part + "\"");
                }
            }
            for (String rels : parts.stream().filter(p -> p.endsWith(".rels")).toList()) {
                String base = rels.replace("_rels/", "").replace(".rels", "");
                String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
                var m = java.util.regex.Pattern.compile("Target=\"([^\"]+)\"( TargetMode=\"External\")?").matcher(read(zip, rels));
                while (m.find()) {
                    if (m.group(2) == null) {
                        assertThat(parts).as(rels + " → " + m.group(1))
                                .contains(Path.of(folder + m.group(1)).normalize().toString().replace('\\', '/'));
                    }
                }
            }
        }
    }

    /**
     * 150,000 rows in a JVM with a 24 MB heap: the rows go straight into the file, so the heap
     * holds a row at a time (POI's in-memory workbook needed hundreds of megabytes for this).
     */
    @Test
    void aLargeSheetStreamsInASmallHeap() throws Exception {
        Path file = dir.resolve("large.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                WriterMeasure.class.getName(), "150000", file.toString(), "1000").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet.getSize()).as("far more than the heap").isGreaterThan(64L << 20);
            try (InputStream in = zip.getInputStream(sheet)) {
                // The last rows, then the list of links, then the page setup.
                in.skipNBytes(sheet.getSize() - 200_000);
                String end = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(end).contains("<row r=\"150003\"").contains("SUM(C4:C150003)").endsWith("</worksheet>");
            }
            assertThat(read(zip, "xl/worksheets/_rels/sheet1.xml.rels").split("TargetMode").length - 1)
                    .as("links up to the limit given").isEqualTo(1000);
        }
    }

    private static void assertEveryPartParses(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    assertThat(f.newDocumentBuilder().parse(in).getDocumentElement()).as(e.getName()).isNotNull();
                }
            }
        }
    }

    private static String read(ZipFile zip, String part) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
