package ru.officialpages.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What one font can print and how wide each letter is, asked of the font once per letter. A weekly
 * PDF measures every cell and every candidate line of a wrap: {@link PDFont#getStringWidth} encodes
 * the whole string each time, which was a third of the file's time (issue 20 item 5). Adding the
 * letters' widths here, in the string's order, gives the same float as PDFBox's own sum.
 */
final class PdfGlyphs {
    private static final float UNKNOWN = -1;
    private final PDFont font;
    /** Widths of the basic plane's letters, {@link #UNKNOWN} until asked, NaN for a letter the font lacks. */
    private final float[] plane = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> beyond = new HashMap<>();
    private final float question;

    PdfGlyphs(PDFont font) {
        this.font = font;
        Arrays.fill(plane, UNKNOWN);
        this.question = width('?');
    }

    /** The width of {@code s} in font units as it is printed: control characters dropped, a missing letter as «?». */
    float width(String s) {
        float total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || Character.isISOControl(cp)) {
                continue;
            }
            float w = width(cp);
            total += Float.isNaN(w) ? question : w;
        }
        return total;
    }

    /** {@code s} with a letter the font lacks (an emoji in a message topic) as «?» and control characters dropped. */
    String printable(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\n' || Character.isISOControl(cp) || Float.isNaN(width(cp))) {
                return replaced(s);
            }
            i += Character.charCount(cp);
        }
        return s;
    }

    private String replaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp != '\n' && !Character.isISOControl(cp)) {
                if (Float.isNaN(width(cp))) {
                    b.append('?');
                } else {
                    b.appendCodePoint(cp);
                }
            }
        });
        return b.toString();
    }

    private float width(int cp) {
        if (cp <= Character.MAX_VALUE) {
            float w = plane[cp];
            if (w == UNKNOWN) {
                w = measure(cp);
                plane[cp] = w;
            }
            return w;
        }
        return beyond.computeIfAbsent(cp, this::measure);
    }

    private float measure(int cp) {
        String letter = new String(Character.toChars(cp));
        try {
            font.encode(letter); // refuses a letter the font has no glyph for
        } catch (IllegalArgumentException | IOException e) {
            return Float.NaN;
        }
        try {
            return font.getStringWidth(letter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
