package ru.officialpages.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What one font face can print, how wide each letter is, and how a string is written into a page's
 * content stream: worked out once per run and kept for every later PDF (issue 20 item 5), since
 * these answers depend on the font file alone. The first PDF of a run pays for them.
 *
 * <p>Widths: {@link PDFont#getStringWidth} encodes the whole string each time, and a weekly PDF
 * measures every cell and every candidate line of a wrap; here each letter is asked of the font
 * once, and a string's width is the letters' widths added in the string's order — the same float
 * as PDFBox's own sum.
 *
 * <p>Shown text: PDFBox 3 applies the font's substitution rules (GSUB: DejaVu joins «fi», «fl»,
 * «ff») to every word it shows and compiles a few regular expressions for each; that was 40 % of a
 * weekly PDF's time. {@link #shown} does what {@code PDPageContentStream.showText} does — the
 * same words, the same rules, the same bytes — and remembers each string's bytes and glyphs.
 *
 * <p>Not safe for two threads: PdfLayout lays out one PDF at a time.
 */
final class PdfGlyphs {
    private static final float UNKNOWN = -1;
    /** Distinct strings and words remembered: a year's registry has a few thousand. */
    private static final int REMEMBERED = 20_000;
    private static final byte[] SHOW = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * A string as the content stream shows it: the {@code <…> Tj} operator's bytes, the glyphs it
     * needs in the embedded subset (after the ligature rules), and its letters (for the subset's
     * Unicode map).
     */
    record Shown(byte[] operator, int[] glyphs, int[] codePoints) {
    }

    /** A word's bytes in the content stream and its glyphs after the rules. */
    private record Word(byte[] bytes, int[] glyphs) {
    }

    /** Widths of the basic plane's letters, {@link #UNKNOWN} until asked, NaN for a letter the font lacks. */
    private final float[] plane = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> beyond = new HashMap<>();
    private float question = UNKNOWN;
    private final Map<String, Shown> strings = remembering();
    private final Map<String, Word> words = remembering();
    /** The ligature rules, made from the first document's font; null until then, or when the font has none. */
    private GsubWorker rules;
    private boolean rulesAsked;

    PdfGlyphs() {
        Arrays.fill(plane, UNKNOWN);
    }

    private static <V> Map<String, V> remembering() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    /**
     * The width of {@code s} in font units as it is printed: control characters dropped, a missing
     * letter as «?». {@code font} is a document's font of this face: it is asked about letters not
     * seen before.
     */
    float width(String s, PDFont font) {
        return width(0, s, 0, s.length(), font);
    }

    /**
     * {@code total} with the letters of {@code s} from {@code from} to {@code to} added in order:
     * a line's width grown by a word is the very float the whole line's width would be.
     */
    float width(float total, String s, int from, int to, PDFont font) {
        float sum = total;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || Character.isISOControl(cp)) {
                continue;
            }
            float w = width(cp, font);
            sum += Float.isNaN(w) ? question(font) : w;
        }
        return sum;
    }

    /** {@code s} with a letter the font lacks (an emoji in a message topic) as «?» and control characters dropped. */
    String printable(String s, PDFont font) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == '\n' || Character.isISOControl(cp) || Float.isNaN(width(cp, font))) {
                return replaced(s, font);
            }
            i += Character.charCount(cp);
        }
        return s;
    }

    private String replaced(String s, PDFont font) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp != '\n' && !Character.isISOControl(cp)) {
                if (Float.isNaN(width(cp, font))) {
                    b.append('?');
                } else {
                    b.appendCodePoint(cp);
                }
            }
        }
        return b.toString();
    }

    private float question(PDFont font) {
        if (question == UNKNOWN) {
            question = width('?', font);
        }
        return question;
    }

    private float width(int cp, PDFont font) {
        if (cp <= Character.MAX_VALUE) {
            float w = plane[cp];
            if (w == UNKNOWN) {
                w = measure(cp, font);
                plane[cp] = w;
            }
            return w;
        }
        return beyond.computeIfAbsent(cp, c -> measure(c, font));
    }

    private static float measure(int cp, PDFont font) {
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

    /**
     * {@code printable} (see {@link #printable}) as {@code PDPageContentStream.showText} would
     * write it in {@code font}, a document's font of this face: split at white space, each word's
     * glyphs through the ligature rules, each space encoded alone.
     */
    Shown shown(String printable, PDType0Font font) {
        Shown done = strings.get(printable);
        if (done == null) {
            done = encode(printable, font);
            strings.put(printable, done);
        }
        return done;
    }

    private Shown encode(String s, PDType0Font font) {
        try {
            GsubWorker worker = rules(font);
            byte[] bytes;
            Set<Integer> glyphs = new LinkedHashSet<>();
            if (worker == null) {
                bytes = font.encode(s);
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream(2 * s.length());
                for (String token : tokens(s)) {
                    if (token.length() == 1 && Character.isWhitespace(token.charAt(0))) {
                        out.write(font.encode(token));
                    } else {
                        Word w = words.get(token);
                        if (w == null) {
                            w = word(token, font, worker);
                            words.put(token, w);
                        }
                        out.write(w.bytes());
                        for (int g : w.glyphs()) {
                            glyphs.add(g);
                        }
                    }
                }
                bytes = out.toByteArray();
            }
            ByteArrayOutputStream operator = new ByteArrayOutputStream(2 * bytes.length + 8);
            COSWriter.writeString(bytes, operator);
            operator.write(SHOW);
            return new Shown(operator.toByteArray(), glyphs.stream().mapToInt(Integer::intValue).toArray(),
                    s.codePoints().distinct().toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GsubWorker rules(PDType0Font font) {
        if (!rulesAsked) {
            GsubData gsub = font.getGsubData();
            rules = gsub == GsubData.NO_DATA_FOUND ? null : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), gsub);
            rulesAsked = true;
        }
        return rules;
    }

    private static Word word(String word, PDType0Font font, GsubWorker worker) {
        CmapLookup cmap = font.getCmapLookup();
        List<Integer> ids = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int gid = cmap.getGlyphId(cp);
            if (gid <= 0) {
                throw new IllegalStateException("could not find the glyphId for the character: " + Character.toString(cp));
            }
            ids.add(gid);
        }
        List<Integer> after = worker.applyTransforms(ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * after.size());
        int[] glyphs = new int[after.size()];
        for (int i = 0; i < glyphs.length; i++) {
            glyphs[i] = after.get(i);
            out.writeBytes(font.encodeGlyphId(glyphs[i]));
        }
        return new Word(out.toByteArray(), glyphs);
    }

    /**
     * {@code s} split as PDFBox splits it before the rules ({@code (?<=\s)|(?=\s)}): runs of
     * other letters and each white-space character alone; the empty string is one empty word.
     */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                if (i > start) {
                    tokens.add(s.substring(start, i));
                }
                tokens.add(s.substring(i, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length() || s.isEmpty()) {
            tokens.add(s.substring(start));
        }
        return tokens;
    }

    /** White space as the pattern {@code \s} sees it: [ \t\n\x0B\f\r]. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
