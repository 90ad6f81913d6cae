package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.StringUtil;
import org.junit.jupiter.api.Test;

/** The PDF's shortcuts (issue 20 item 5) must write what PDFBox itself writes. */
class PdfGlyphsTest {
    private static final String LIGATURES = "office fine fluffy «Отчёт» 47-я неделя office";
    /** Ligatures, Cyrillic, spaces doubled, leading and trailing, a lone space, nothing at all, a letter outside the basic plane. */
    private static final List<String> SHOWN = List.of(LIGATURES, "  Администрация  Берёзовского — ВКонтакте ", " ", "", "№ 5, 1 175",
            "fi", "𝔸 ≈ 3", "Итого", LIGATURES);

    @Test
    void widthsAndReplacementsAreThoseOfPdfBox() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, dejaVu(), true);
            PdfGlyphs glyphs = new PdfGlyphs();
            assertThat(glyphs.width(LIGATURES, font)).isEqualTo(font.getStringWidth(LIGATURES));
            assertThat(glyphs.printable("a中\u0007b", font)).isEqualTo("a?b");
            assertThat(glyphs.width("a中\u0007b", font)).isEqualTo(font.getStringWidth("a?b"));
            assertThat(glyphs.printable(LIGATURES, font)).isSameAs(LIGATURES);
        }
    }

    @Test
    void aLineGrownWordByWordIsAsWideAsTheWholeLine() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, dejaVu(), true);
            PdfGlyphs glyphs = new PdfGlyphs();
            float grown = 0;
            String line = "";
            for (String word : LIGATURES.split(" ")) {
                grown = line.isEmpty() ? glyphs.width(0, word, 0, word.length(), font)
                        : glyphs.width(glyphs.width(grown, " ", 0, 1, font), word, 0, word.length(), font);
                line = line.isEmpty() ? word : line + " " + word;
                assertThat(grown).as(line).isEqualTo(font.getStringWidth(line));
            }
        }
    }

    @Test
    void wordsAreSplitAsPdfBoxSplitsThem() {
        for (String s : List.of(LIGATURES, "  a  b ", " ", "", "a\tb\nc", "одно", "\u00A0неразрывный пробел\u2003")) {
            assertThat(PdfGlyphs.tokens(s)).as("«%s»", s).containsExactly(StringUtil.tokenizeOnSpace(s));
        }
    }

    @Test
    void shownTextWritesThePageAndTheSubsetPdfBoxWrites() throws Exception {
        TrueTypeFont ttf = dejaVu();
        PdfGlyphs remembered = new PdfGlyphs();
        Written byPdfBox = written(ttf, null);
        Written ours = written(ttf, remembered);
        assertThat(ours.content()).isEqualTo(byPdfBox.content()).isNotEmpty();
        assertThat(ours.fontFile()).isEqualTo(byPdfBox.fontFile()).isNotEmpty();
        assertThat(ours.toUnicode()).isEqualTo(byPdfBox.toUnicode()).isNotEmpty();
        // A second document of the same run, from the remembered strings, is the same again.
        assertThat(written(ttf, remembered)).usingRecursiveComparison().isEqualTo(byPdfBox);
    }

    private record Written(byte[] content, byte[] fontFile, byte[] toUnicode) {
    }

    /** A page showing {@link #SHOWN} by PDFBox's {@code showText} ({@code glyphs} null) or from {@code glyphs}; saved and read back. */
    @SuppressWarnings("deprecation")
    private static Written written(TrueTypeFont ttf, PdfGlyphs glyphs) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PdfLayout.Face face = glyphs == null ? null : new PdfLayout.Face(font, glyphs);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (int i = 0; i < SHOWN.size(); i++) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(10, 10 + i * 12);
                    if (face == null) {
                        cs.showText(SHOWN.get(i));
                    } else {
                        cs.appendRawCommands(face.show(SHOWN.get(i)));
                    }
                    cs.endText();
                }
            }
            doc.save(file);
        }
        try (PDDocument doc = Loader.loadPDF(file.toByteArray())) {
            PDPage page = doc.getPage(0);
            PDType0Font font = (PDType0Font) page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            try (InputStream content = page.getContents();
                 InputStream fontFile = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream();
                 InputStream toUnicode = ((COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).createInputStream()) {
                return new Written(content.readAllBytes(), fontFile.readAllBytes(), toUnicode.readAllBytes());
            }
        }
    }

    private static TrueTypeFont dejaVu() throws Exception {
        try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
