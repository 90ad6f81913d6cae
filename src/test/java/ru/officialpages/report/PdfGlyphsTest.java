package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The PDF's shortcuts (issue 20 item 5) must write what PDFBox itself writes. */
class PdfGlyphsTest {
    private static final String LIGATURES = "office fine fluffy «Отчёт» 47-я неделя office";

    @Test
    void widthsAndReplacementsAreThoseOfPdfBox() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, dejaVu(), true);
            PdfGlyphs glyphs = new PdfGlyphs(font);
            assertThat(glyphs.width(LIGATURES)).isEqualTo(font.getStringWidth(LIGATURES));
            assertThat(glyphs.printable("a中\u0007b")).isEqualTo("a?b");
            assertThat(glyphs.width("a中\u0007b")).isEqualTo(font.getStringWidth("a?b"));
            assertThat(glyphs.printable(LIGATURES)).isSameAs(LIGATURES);
        }
    }

    @Test
    void rememberedLigaturesWriteTheSameContent() throws Exception {
        TrueTypeFont ttf = dejaVu();
        assertThat(page(ttf, false)).isEqualTo(page(ttf, true)).isNotEmpty();
    }

    /** The content stream of a page showing {@link #LIGATURES} three times. */
    private static byte[] page(TrueTypeFont ttf, boolean remembered) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                for (int i = 0; i < 3; i++) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    if (remembered) {
                        PdfLigatures.remember(cs, font);
                    }
                    cs.newLineAtOffset(10, 10 + i * 12);
                    cs.showText(LIGATURES);
                    cs.endText();
                }
            }
            try (InputStream in = page.getContents()) {
                return in.readAllBytes();
            }
        }
    }

    private static TrueTypeFont dejaVu() throws Exception {
        try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
