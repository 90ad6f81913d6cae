package ru.officialpages.report;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * PDFBox 3 applies the font's substitution rules (GSUB: DejaVu joins «fi», «fl», «ff») to every
 * word it shows, and compiles a few regular expressions for each: 40 % of a weekly PDF's time went
 * there (issue 20 item 5). The rules are a pure function of a word's glyphs, so each word's result
 * is remembered for the run — the file is byte for byte what PDFBox writes without this.
 * PDFBox has no way to pass a worker in; the content stream's table of workers is reached by
 * reflection, and if a later PDFBox renames it nothing breaks: the words are then worked out each
 * time, as before.
 */
final class PdfLigatures {
    /** Distinct words remembered per font: a year's registry has a few thousand. */
    private static final int WORDS = 20_000;
    private static final Field WORKERS = workersField();
    /** Per font name: fonts are parsed once per run, and one PDF is laid out at a time (PdfLayout's lock). */
    private static final Map<String, Remembering> BY_FONT = new HashMap<>();

    private PdfLigatures() {
    }

    private static Field workersField() {
        try {
            Field f = PDPageContentStream.class.getSuperclass().getDeclaredField("gsubWorkers");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** After {@code cs.setFont(font, …)}: the worker PDFBox just made for {@code font} answers from memory. */
    @SuppressWarnings("unchecked")
    static void remember(PDPageContentStream cs, PDFont font) {
        if (WORKERS == null) {
            return;
        }
        try {
            Map<PDFont, GsubWorker> workers = (Map<PDFont, GsubWorker>) WORKERS.get(cs);
            GsubWorker made = workers.get(font);
            if (made != null && !(made instanceof Remembering)) {
                workers.put(font, BY_FONT.computeIfAbsent(font.getName(), n -> new Remembering(made)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Left as PDFBox made it.
        }
    }

    private static final class Remembering implements GsubWorker {
        private final GsubWorker rules;
        private final Map<List<Integer>, List<Integer>> words = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Integer>, List<Integer>> eldest) {
                return size() > WORDS;
            }
        };

        Remembering(GsubWorker rules) {
            this.rules = rules;
        }

        @Override
        public List<Integer> applyTransforms(List<Integer> glyphs) {
            List<Integer> key = List.copyOf(glyphs);
            List<Integer> done = words.get(key);
            if (done == null) {
                done = List.copyOf(rules.applyTransforms(glyphs));
                words.put(key, done);
            }
            return done;
        }
    }
}
