package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a report out on A4 pages as real PDF text in an embedded DejaVu Sans, so it reads,
 * searches and copies on any computer, Cyrillic included. Text wraps between words (a word is
 * broken only when it alone is wider than its cell); a heading never ends a page; a table carries
 * its header onto every page it continues on; page numbers «Страница N из M» at the foot.
 *
 * <p>Coordinates are PDF points from the bottom left; the layout keeps a cursor {@code y} that moves
 * down the page.
 */
final class PdfLayout implements AutoCloseable {
    static final float BODY = 10;
    /** Tables: never below 8 pt (issue 18: readable printouts). */
    static final float TABLE = 9;
    static final float SMALL = 8;
    private static final float MARGIN = 36; // half an inch
    private static final float LEADING = 1.25f;
    private static final float CELL_PAD = 3;

    private final PDDocument doc = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    private final Face regularFace;
    private final Face boldFace;
    private final String runningTitle;
    private PDPage page;
    PDPageContentStream cs;
    /**
     * What this page's content stream has set last — font and size, fill and stroke colour, line
     * width: they hold from one text object or path to the next, so each is written only when it
     * changes (a weekly PDF wrote two colours and a font with every cell's text).
     */
    private PDFont shownFont;
    private float shownSize;
    private final float[] fill = new float[3];
    private final float[] stroke = new float[3];
    private float lineWidth;
    private boolean landscape;
    float y;

    /** A font file parsed, and what is known of its letters and words: kept for the run. */
    private record Parsed(TrueTypeFont ttf, PdfGlyphs glyphs) {
    }

    /**
     * The two fonts, parsed once per run: parsing DejaVu took most of a weekly PDF's time (issue 20
     * item 5). A parsed font is not safe for two documents at once, so one PDF is laid out at a
     * time: the lock is held from here to {@link #close}.
     */
    private static final Map<String, Parsed> PARSED = new HashMap<>();
    private static final java.util.concurrent.locks.ReentrantLock FONTS = new java.util.concurrent.locks.ReentrantLock();
    private boolean locked;

    /**
     * PDFBox's own setting of its zlib level (issue 20 item 5), the fastest unless the user set
     * another: the pages' drawing (a quarter of a megabyte in a weekly PDF) and the embedded font
     * subsets. At PDFBox's default (6) compressing took a quarter of a weekly PDF's time, for a
     * file 1 % (fonts) to 14 % (drawing) smaller. Only the layout writes PDFs in this program.
     */
    private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

    static {
        if (System.getProperty(DEFLATE_LEVEL) == null) {
            System.setProperty(DEFLATE_LEVEL, String.valueOf(Deflater.BEST_SPEED));
        }
    }

    PdfLayout(String title) {
        this.runningTitle = title;
        FONTS.lock();
        locked = true;
        try {
            regularFace = load("DejaVuSans.ttf");
            boldFace = load("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close(); // the lock is not left held by a layout that was never made
            throw e;
        }
        regular = regularFace.font;
        bold = boldFace.font;
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator(tr("app.title"));
    }

    private Face load(String name) throws IOException {
        Parsed parsed = PARSED.get(name);
        if (parsed == null) {
            try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IOException("font " + name + " is missing from the program");
                }
                parsed = new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())), new PdfGlyphs());
                PARSED.put(name, parsed);
            }
        }
        // Embedded as a subset: only the letters used travel with the file. The document does not close the shared font.
        return new Face(PDType0Font.load(doc, parsed.ttf(), true), parsed.glyphs());
    }

    /**
     * A font of this document: its letters and words as the run knows them, and which glyphs and
     * letters its subset has been told of already (PDFBox keeps them in sets of boxed numbers and
     * was told them again with every string shown).
     */
    static final class Face {
        final PDType0Font font;
        final PdfGlyphs glyphs;
        private final BitSet glyphsTold = new BitSet();
        private final BitSet lettersTold = new BitSet();
        private final Map<String, float[]> longest = new HashMap<>();

        Face(PDType0Font font, PdfGlyphs glyphs) {
            this.font = font;
            this.glyphs = glyphs;
        }

        /**
         * The widths in font units of a cell's widest plain word and of its widest address (a word
         * of more than 12 letters with a slash or an at sign), 0 where there is none. A table measures every
         * cell for its columns twice (portrait or landscape, then the column widths), and many cells
         * are alike («Нет», numbers), so each text is measured once per document.
         */
        float[] longestWords(String text) {
            float[] known = longest.get(text);
            if (known == null) {
                known = new float[2];
                String s = clean(text);
                int start = 0;
                for (int i = 0; i <= s.length(); i++) {
                    if (i < s.length() && !PdfGlyphs.isSpace(s.charAt(i))) {
                        continue;
                    }
                    float w = glyphs.width(0, s, start, i, font);
                    boolean address = i - start > 12 && (has(s, '/', start, i) || has(s, '@', start, i));
                    known[address ? 1 : 0] = Math.max(known[address ? 1 : 0], w);
                    start = i + 1;
                }
                longest.put(text, known);
            }
            return known;
        }

        private static boolean has(String s, char c, int from, int to) {
            int at = s.indexOf(c, from);
            return at >= 0 && at < to;
        }

        /** The operator that shows {@code printable}; its glyphs and letters go into the subset. */
        byte[] show(String printable) {
            PdfGlyphs.Shown shown = glyphs.shown(printable, font);
            Set<Integer> fresh = new HashSet<>();
            for (int g : shown.glyphs()) {
                if (!glyphsTold.get(g)) {
                    glyphsTold.set(g);
                    fresh.add(g);
                }
            }
            if (!fresh.isEmpty() && font.willBeSubset()) {
                font.addGlyphsToSubset(fresh);
            }
            for (int cp : shown.codePoints()) {
                if (!lettersTold.get(cp)) {
                    lettersTold.set(cp);
                    if (font.willBeSubset()) {
                        font.addToSubset(cp);
                    }
                }
            }
            return shown.operator();
        }
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return pageSize().getWidth() - 2 * MARGIN;
    }

    private PDRectangle pageSize() {
        return landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    }

    private float bottom() {
        return MARGIN + 14; // room for the page number
    }

    /** Starts a new page (in the orientation asked for from now on). */
    void newPage() {
        endPage();
        page = new PDPage(pageSize());
        doc.addPage(page);
        try {
            // Deflated by PDFBox when the page ends, at the level set above. Written plain, PDFBox passed
            // every byte of the drawing through two stream layers one at a time (15 % of a weekly PDF).
            cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true);
            // A new content stream starts from PDF's defaults: black, lines 1 pt wide, no font.
            shownFont = null;
            java.util.Arrays.fill(fill, 0);
            java.util.Arrays.fill(stroke, 0);
            lineWidth = 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = pageSize().getHeight() - MARGIN;
        if (doc.getNumberOfPages() > 1) {
            // The running title on every later page, as the page header of the workbook.
            text(runningTitle, left(), y - SMALL, regular, SMALL, 0.4f);
            y -= SMALL * 2.2f;
        }
    }

    /** Landscape or portrait from here on: a new page when it changes (or when none is started). */
    void orientation(boolean wantLandscape) {
        if (page == null || wantLandscape != landscape) {
            landscape = wantLandscape;
            newPage();
        }
    }

    private void endPage() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** A new page unless {@code height} points still fit on this one. */
    void keep(float height) {
        if (page == null) {
            newPage();
        }
        if (y - height < bottom()) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A paragraph across the page, wrapped between words. */
    void paragraph(String s, PDFont font, float size) {
        List<String> lines = wrap(s, font, size, width());
        for (String line : lines) {
            keep(size * LEADING);
            y -= size * LEADING;
            text(line, left(), y + size * 0.25f, font, size, 0);
        }
    }

    /** A section heading kept with at least {@code next} points of what follows it. */
    void heading(String s, float next) {
        float h = wrap(s, bold, BODY + 1, width()).size() * (BODY + 1) * LEADING + 4;
        keep(h + next);
        gap(4);
        paragraph(s, bold, BODY + 1);
    }

    /** A key figure: its name in bold on the left, its text beside it. */
    void figure(String name, String value) {
        float labelWidth = Math.min(130, width() * 0.25f);
        List<String> label = wrap(name, bold, BODY, labelWidth - 6);
        List<String> text = wrap(value, regular, BODY, width() - labelWidth);
        int lines = Math.max(label.size(), text.size());
        keep(lines * BODY * LEADING + 2);
        float top = y;
        for (int i = 0; i < lines; i++) {
            y -= BODY * LEADING;
            if (i < label.size()) {
                text(label.get(i), left(), y + BODY * 0.25f, bold, BODY, 0);
            }
            if (i < text.size()) {
                text(text.get(i), left() + labelWidth, y + BODY * 0.25f, regular, BODY, 0);
            }
        }
        y = top - lines * BODY * LEADING - 2;
    }

    /**
     * True when the longest word of every header and cell fits its column side by side across the
     * page in the present orientation, at the smallest table size: no word need break inside.
     */
    boolean wordsFit(String[] headers, List<String[]> rows) {
        float[] weights = new float[headers.length];
        java.util.Arrays.fill(weights, 1);
        Table t = new Table(weights, headers, new boolean[headers.length]);
        t.size = SMALL;
        return Table.sum(t.needs(rows)) <= width();
    }

    /**
     * Before a section whose table does not fit the portrait page without breaking words: the rest
     * of the document from a new landscape page (issue 18 item 5: words never broken inside).
     */
    void landscapeIfNeeded(String[] headers, List<String[]> rows) {
        if (!landscape && !wordsFit(headers, rows)) {
            orientation(true);
        }
    }

    /** A table: column weights (shares of the width), headers, right-aligned columns. */
    Table table(float[] weights, String[] headers, boolean[] right) {
        return new Table(weights, headers, right);
    }

    final class Table {
        private final float[] widths;
        private final String[] headers;
        private final boolean[] right;
        private float size = TABLE;

        private Table(float[] weights, String[] headers, boolean[] right) {
            float sum = 0;
            for (float w : weights) {
                sum += w;
            }
            widths = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                widths[i] = width() * weights[i] / sum;
            }
            this.headers = headers.clone();
            this.right = right.clone();
        }

        /**
         * Widens each column to its longest word (headers and {@code rows}), taking the room from
         * the columns that have more than they need, so no word is broken inside unless the words
         * together cannot fit the page at all.
         */
        Table fit(List<String[]> rows) {
            int n = widths.length;
            float[] need = needs(rows);
            float total = width();
            if (sum(need) > total) {
                // A wide table (the internal registry) drops to the smallest readable size before breaking words.
                size = SMALL;
                need = needs(rows);
            }
            float needSum = sum(need);
            if (needSum >= total) {
                // Not even the words fit: shares by need, some words will break.
                for (int i = 0; i < n; i++) {
                    widths[i] = total * need[i] / needSum;
                }
                return this;
            }
            // Columns short of their need get it; the rest share what is left by their first proportions.
            float[] share = widths.clone();
            boolean[] locked = new boolean[n];
            for (boolean again = true; again; ) {
                again = false;
                float room = total;
                float shares = 0;
                for (int i = 0; i < n; i++) {
                    if (locked[i]) {
                        room -= need[i];
                    } else {
                        shares += share[i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (!locked[i]) {
                        widths[i] = room * share[i] / shares;
                        if (widths[i] < need[i]) {
                            locked[i] = true;
                            again = true;
                        }
                    } else {
                        widths[i] = need[i];
                    }
                }
            }
            return this;
        }

        private float[] needs(List<String[]> rows) {
            int n = widths.length;
            float[] need = new float[n];
            for (int i = 0; i < n; i++) {
                need[i] = longestWord(headers[i], bold) + 2 * CELL_PAD + 1;
            }
            for (String[] row : rows) {
                for (int i = 0; i < n && i < row.length; i++) {
                    if (row[i] != null) {
                        need[i] = Math.max(need[i], longestWord(row[i], regular) + 2 * CELL_PAD + 1);
                    }
                }
            }
            return need;
        }

        private static float sum(float[] values) {
            float s = 0;
            for (float v : values) {
                s += v;
            }
            return s;
        }

        private float longestWord(String text, PDFont font) {
            float[] units = face(font).longestWords(text);
            // Scaling is monotonic: the widest word in units is the widest at any size.
            float plain = units[0] / 1000 * size;
            // An address breaks well after a slash or a dot: it need not have its whole width.
            float address = Math.min(units[1] / 1000 * size, 80);
            return Math.max(plain, address);
        }

        /** Prints the header row; call once before the rows (rows start new pages with it again). */
        Table header() {
            List<List<String>> cells = cells(headers, bold);
            float h = height(cells, size);
            keep(h + size * 2.5f); // never a header alone at the foot of a page
            drawRow(cells, bold, true, h);
            return this;
        }

        void row(String[] values, boolean strong) {
            PDFont font = strong ? bold : regular;
            List<List<String>> cells = cells(values, font);
            float h = height(cells, size);
            if (y - h < bottom()) {
                newPage();
                List<List<String>> head = cells(headers, bold);
                drawRow(head, bold, true, height(head, size));
            }
            drawRow(cells, font, false, h);
        }

        private List<List<String>> cells(String[] values, PDFont font) {
            List<List<String>> list = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                list.add(wrap(values[i] == null ? "" : values[i], font, size, widths[i] - 2 * CELL_PAD));
            }
            return list;
        }

        private float height(List<List<String>> cells, float size) {
            int lines = 1;
            for (List<String> c : cells) {
                lines = Math.max(lines, c.size());
            }
            return lines * size * LEADING + 2 * CELL_PAD - size * (LEADING - 1);
        }

        private void drawRow(List<List<String>> cells, PDFont font, boolean head, float h) {
            try {
                float x = left();
                if (head) {
                    fillColour(0.88f, 0.88f, 0.88f);
                    cs.addRect(x, y - h, width(), h);
                    cs.fill();
                }
                lines(0.35f, 0.35f, 0.35f, 0.5f);
                float cx = x;
                for (int i = 0; i < cells.size(); i++) {
                    cs.addRect(cx, y - h, widths[i], h);
                    cx += widths[i];
                }
                cs.stroke(); // the row's cells as one path
                for (int i = 0; i < cells.size(); i++) {
                    float ty = y - CELL_PAD - size * 0.85f;
                    for (String line : cells.get(i)) {
                        float w = stringWidth(line, font, size);
                        float tx = head ? x + (widths[i] - w) / 2 : right[i] ? x + widths[i] - CELL_PAD - w : x + CELL_PAD;
                        text(line, tx, ty, font, size, 0);
                        ty -= size * LEADING;
                    }
                    x += widths[i];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= h;
        }
    }

    /**
     * Splits {@code s} into lines no wider than {@code max}: between words, after a line break in
     * the text, and inside a word only when the word alone is wider than the line (a long address).
     */
    List<String> wrap(String s, PDFont font, float size, float max) {
        PdfGlyphs letters = face(font).glyphs;
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(s).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            // The line's width in font units, summed letter by letter as the whole line's would be.
            float lineUnits = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float candidate = line.length() == 0 ? letters.width(0, word, 0, word.length(), font)
                        : letters.width(letters.width(lineUnits, " ", 0, 1, font), word, 0, word.length(), font);
                if (candidate / 1000 * size <= max) {
                    line.append(line.length() == 0 ? "" : " ").append(word);
                    lineUnits = candidate;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // The word alone: broken only if it does not fit a line by itself.
                String rest = word;
                while (stringWidth(rest, font, size) > max) {
                    int cut = fitting(rest, font, size, max);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineUnits = letters.width(rest, font);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fitting(String word, PDFont font, float size, float max) {
        int end = 1;
        while (end < word.length() && stringWidth(word.substring(0, end + 1), font, size) <= max) {
            end++;
        }
        // Prefer to break an address after a slash, dot or hyphen when one is near.
        for (int i = end; i > end / 2; i--) {
            char c = word.charAt(i - 1);
            if (c == '/' || c == '.' || c == '-' || c == '_') {
                return i;
            }
        }
        return Math.max(1, end);
    }

    float stringWidth(String s, PDFont font, float size) {
        return face(font).glyphs.width(s, font) / 1000 * size;
    }

    private Face face(PDFont font) {
        if (font == regular) {
            return regularFace;
        }
        if (font == bold) {
            return boldFace;
        }
        throw new IllegalArgumentException("not a font of this document: " + font.getName());
    }

    void text(String s, float x, float baseline, PDFont font, float size, float grey) {
        text(cs, s, x, baseline, font, size, grey);
    }

    /** The colour that fills shapes and text from here on. */
    void fillColour(float r, float g, float b) throws IOException {
        if (fill[0] != r || fill[1] != g || fill[2] != b) {
            cs.setNonStrokingColor(r, g, b);
            fill[0] = r;
            fill[1] = g;
            fill[2] = b;
        }
    }

    /** The colour and width of lines from here on. */
    void lines(float r, float g, float b, float width) throws IOException {
        if (stroke[0] != r || stroke[1] != g || stroke[2] != b) {
            cs.setStrokingColor(r, g, b);
            stroke[0] = r;
            stroke[1] = g;
            stroke[2] = b;
        }
        if (lineWidth != width) {
            cs.setLineWidth(width);
            lineWidth = width;
        }
    }

    /**
     * What {@code showText} writes, from the run's memory of the strings (see {@link PdfGlyphs});
     * {@code Tf} only when the font or size changes (it holds from one text object to the next).
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the operator is the bytes showText would write
    private void text(PDPageContentStream to, String s, float x, float baseline, PDFont font, float size, float grey) {
        try {
            Face face = face(font);
            to.beginText();
            if (to != cs) {
                to.setNonStrokingColor(grey, grey, grey);
                to.setFont(font, size);
            } else {
                fillColour(grey, grey, grey);
                if (font != shownFont || size != shownSize) {
                    to.setFont(font, size);
                    shownFont = font;
                    shownSize = size;
                }
            }
            to.newLineAtOffset(x, baseline);
            to.appendRawCommands(face.show(face.glyphs.printable(s, font)));
            to.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters out, tabs as spaces. */
    private static String clean(String s) {
        if (isClean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                b.append(' ');
            } else if (cp == '\n' || !Character.isISOControl(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().replace("\r", "");
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\t' || c != '\n' && Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Numbers every page and writes the file (whole or not at all). */
    void save(Path target) {
        if (page == null) {
            newPage();
        }
        endPage();
        int total = doc.getNumberOfPages();
        try {
            for (int i = 0; i < total; i++) {
                PDPage p = doc.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String s = tr("reports.print.page", i + 1, total);
                    float w = stringWidth(s, regular, SMALL);
                    text(foot, s, p.getMediaBox().getWidth() - MARGIN - w, MARGIN - 4, regular, SMALL, 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFileWrite.write(target, doc::save);
    }

    @Override
    public void close() {
        try {
            endPage();
            doc.close();
        } catch (IOException | RuntimeException e) {
            // Closing after a failure: the first error is the one worth reporting.
        } finally {
            if (locked) {
                locked = false;
                FONTS.unlock();
            }
        }
    }
}
