package ru.officialpages.report;

import static ru.officialpages.i18n.Tr.tr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s]+");

    private final PDDocument doc = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    private final String runningTitle;
    private final Map<PDFont, PdfGlyphs> glyphs = new HashMap<>();
    private PDPage page;
    PDPageContentStream cs;
    private boolean landscape;
    float y;

    /**
     * The two fonts, parsed once per run: parsing DejaVu took most of a weekly PDF's time (issue 20
     * item 5). A parsed font is not safe for two documents at once, so one PDF is laid out at a
     * time: the lock is held from here to {@link #close}.
     */
    private static final java.util.Map<String, org.apache.fontbox.ttf.TrueTypeFont> PARSED = new java.util.HashMap<>();
    private static final java.util.concurrent.locks.ReentrantLock FONTS = new java.util.concurrent.locks.ReentrantLock();
    private boolean locked;

    PdfLayout(String title) {
        this.runningTitle = title;
        FONTS.lock();
        locked = true;
        try {
            regular = load("DejaVuSans.ttf");
            bold = load("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close(); // the lock is not left held by a layout that was never made
            throw e;
        }
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator(tr("app.title"));
    }

    private PDFont load(String name) throws IOException {
        org.apache.fontbox.ttf.TrueTypeFont ttf = PARSED.get(name);
        if (ttf == null) {
            try (InputStream in = PdfLayout.class.getResourceAsStream("fonts/" + name)) {
                if (in == null) {
                    throw new IOException("font " + name + " is missing from the program");
                }
                ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(in.readAllBytes()));
                PARSED.put(name, ttf);
            }
        }
        // Embedded as a subset: only the letters used travel with the file. The document does not close the shared font.
        return PDType0Font.load(doc, ttf, true);
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
            cs = new PDPageContentStream(doc, page);
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

        private float longestWord(String s, PDFont font) {
            float max = 0;
            for (String word : SPACES.split(clean(s))) {
                float w = stringWidth(word, font, size);
                if (word.length() > 12 && (word.indexOf('/') >= 0 || word.indexOf('@') >= 0)) {
                    // An address breaks well after a slash or a dot: it need not have its whole width.
                    w = Math.min(w, 80);
                }
                max = Math.max(max, w);
            }
            return max;
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
                    cs.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                    cs.addRect(x, y - h, width(), h);
                    cs.fill();
                    cs.setNonStrokingColor(0f, 0f, 0f);
                }
                cs.setLineWidth(0.5f);
                cs.setStrokingColor(0.35f, 0.35f, 0.35f);
                for (int i = 0; i < cells.size(); i++) {
                    cs.addRect(x, y - h, widths[i], h);
                    cs.stroke();
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
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(s).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (stringWidth(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
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
        return glyphs(font).width(s) / 1000 * size;
    }

    private PdfGlyphs glyphs(PDFont font) {
        return glyphs.computeIfAbsent(font, PdfGlyphs::new);
    }

    void text(String s, float x, float baseline, PDFont font, float size, float grey) {
        try {
            cs.beginText();
            cs.setNonStrokingColor(grey, grey, grey);
            cs.setFont(font, size);
            PdfLigatures.remember(cs, font);
            cs.newLineAtOffset(x, baseline);
            cs.showText(printable(s, font));
            cs.endText();
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Control characters out, tabs as spaces. */
    private static String clean(String s) {
        if (s.chars().noneMatch(c -> c == '\r' || c == '\t' || c != '\n' && Character.isISOControl(c))) {
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

    /** A letter the font lacks (an emoji in a message topic) becomes «?» rather than failing the file. */
    private String printable(String s, PDFont font) {
        return glyphs(font).printable(s);
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
                    float w = regular.getStringWidth(s) / 1000 * SMALL;
                    foot.beginText();
                    foot.setFont(regular, SMALL);
                    foot.newLineAtOffset(p.getMediaBox().getWidth() - MARGIN - w, MARGIN - 4);
                    foot.showText(s);
                    foot.endText();
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
