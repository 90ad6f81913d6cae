package ru.officialpages.app;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.List;
import java.util.Set;

/**
 * Every workbook POI writes measures the width of «0» in its default font when it makes a sheet
 * (SXSSFSheet's column-width tracker), and that first measurement starts the JDK's font system:
 * fontconfig, the font files, the text shaper — about a sixth of a small {@code report weekly}
 * (docs/performance.md, issue 20). A command that writes a workbook starts it here, on a thread of its
 * own, while the main thread opens the data; the report then finds it ready. Only JDK classes are
 * touched (no POI class is initialised off the main thread), and a failure only means the report pays
 * the cost itself.
 */
final class FontWarmUp {
    /** The first words of the commands that write a workbook or a PDF. */
    private static final Set<String> WRITERS = Set.of("report", "export");
    /** The default font of a workbook POI makes (XSSFFont.DEFAULT_FONT_NAME). */
    private static final String WORKBOOK_FONT = "Calibri";

    private FontWarmUp() {
    }

    static boolean wanted(List<String> command) {
        return !command.isEmpty() && WRITERS.contains(command.get(0));
    }

    static void startFor(List<String> command) {
        if (!wanted(command)) {
            return;
        }
        Thread t = new Thread(FontWarmUp::measure, "font-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The same measurement POI makes first; returns the width of «0». */
    static float measure() {
        try {
            return new TextLayout("0", new Font(WORKBOOK_FONT, Font.PLAIN, 11),
                    new FontRenderContext(null, true, true)).getAdvance();
        } catch (RuntimeException | LinkageError e) {
            // No font system (a stripped-down runtime): POI falls back to a fixed width itself.
            return 0;
        }
    }
}
