package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Whatever a user pastes, a cell takes it without an exception and gives back a predictable text. */
class CellTextProperties {

    @Property(tries = 1000)
    void cleanedTextFitsACellAndHoldsOnlyLegalCharacters(@ForAll("userText") String s) {
        String c = CellText.clean(s);
        assertThat(c.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            assertThat(ch < 0x20 && ch != '\t' && ch != '\n').as("control U+%04X at %d", (int) ch, i).isFalse();
            assertThat(ch == '\uFFFE' || ch == '\uFFFF').isFalse();
            if (Character.isHighSurrogate(ch)) {
                assertThat(i + 1 < c.length() && Character.isLowSurrogate(c.charAt(i + 1))).as("pair at %d", i).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(ch)).as("lone low surrogate at %d", i).isFalse();
            }
        }
        assertThat(CellText.clean(c)).isEqualTo(c);
    }

    @Property(tries = 1000)
    void cleanChangesOnlyWhatItMust(@ForAll("userText") String s) {
        boolean allLegal = s.equals(s.codePoints()
                .filter(cp -> cp >= 0x20 || cp == '\t' || cp == '\n')
                .filter(cp -> cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        String c = CellText.clean(s);
        if (allLegal && s.length() <= CellText.MAX_LENGTH) {
            assertThat(c).isEqualTo(s);
        } else if (allLegal) {
            assertThat(c).hasSize(CellText.MAX_LENGTH - (Character.isHighSurrogate(s.charAt(CellText.MAX_LENGTH - 2)) ? 1 : 0))
                    .endsWith(CellText.CUT_MARK);
            assertThat(s).startsWith(c.substring(0, c.length() - CellText.CUT_MARK.length()));
        }
    }

    @Property(tries = 1000)
    void whatGoesToTheCellDecodesToTheCleanedText(@ForAll("userText") String s) {
        String encoded = CellText.forCell(s);
        assertThat(encoded.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
        String decoded = new XSSFRichTextString(encoded).getString();
        String clean = CellText.clean(s);
        if (CellText.escape(clean).length() <= CellText.MAX_LENGTH) {
            assertThat(decoded).isEqualTo(clean);
        } else {
            // Escapes near the limit cost room: the text is cut a little earlier, still marked.
            assertThat(decoded).endsWith(CellText.CUT_MARK);
            assertThat(clean).startsWith(decoded.substring(0, decoded.length() - CellText.CUT_MARK.length()));
        }
    }

    @Property(tries = 25)
    void arbitraryTextsRoundTripThroughAWorkbook(@ForAll @Size(max = 30) List<@From("userText") String> texts)
            throws IOException {
        Path dir = Files.createTempDirectory("cell-text");
        Path file = dir.resolve("t.xlsx");
        try {
            String title = texts.isEmpty() ? "" : texts.get(0);
            new SpreadsheetWriter().write(file, SheetSpec.of(title, texts)
                    .title(title).subtitle(title).footer(title)
                    .column(Column.wrappedText(title.isEmpty() ? "Текст" : title, 40, (String t) -> t))
                    .column(Column.hyperlink("Ссылка", 40, (String t) -> t)));
            try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
                XSSFSheet sheet = wb.getSheetAt(0);
                int first = 4;
                for (int i = 0; i < texts.size(); i++) {
                    String expected = new XSSFRichTextString(CellText.forCell(texts.get(i))).getString();
                    for (int col = 0; col < 2; col++) {
                        Cell cell = XlsxReadBack.cell(sheet, first + i, col);
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).isEqualTo(expected);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
            try (var left = Files.list(dir)) {
                assertThat(left).as("temporary files left").isEmpty();
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<String> userText() {
        Arbitrary<String> anyChars = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(60);
        Arbitrary<String> pieces = Arbitraries.of("_x0041_", "_x005F_", "_X0041_", "_x00", "_x0000_", "\uD83D\uDE00",
                "\uD83D", "\uDE00", "\r\n", "\r", "\u0000", "\u000B", "\uFFFE", "\uFFFF", "=", "+1", "-", "@", "&",
                "<b>", "\"", "'", "Берёзовское", " ", "\u00A0", "\t", "=HYPERLINK(\"http://evil\",\"x\")",
                "https://vk.com/club1", "javascript:alert(1)");
        Arbitrary<String> mixed = Arbitraries.oneOf(anyChars, pieces).list().ofMaxSize(12).map(l -> String.join("", l));
        // Near and past Excel's limit, ending on a surrogate pair or an escape now and then.
        Arbitrary<String> long_ = Arbitraries.integers().between(32_700, 33_000)
                .flatMap(n -> Arbitraries.of("к", "_x0041_", "\uD83D\uDE00", "a\r\n").flatMap(unit -> mixed
                        .map(tail -> unit.repeat(n / unit.length()) + tail)));
        return Arbitraries.frequencyOf(Tuple.of(10, mixed), Tuple.of(3, anyChars), Tuple.of(1, long_));
    }
}
