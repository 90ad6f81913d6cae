package ru.officialpages.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import ru.officialpages.i18n.Tr;

/**
 * The lines of a lexicon file (tab-separated, UTF-8 with or without BOM, blank lines and
 * "#" comments skipped), handed over as cells with their line number for error messages.
 */
final class LexiconLines {

    /** Takes one line's cells; throws {@link LexiconException} for a line it cannot use. */
    @FunctionalInterface
    interface Handler {
        void line(int number, String[] cells);
    }

    private LexiconLines() {
    }

    /** Reads every line of {@code reader}; {@code name} names the file in messages. */
    static void read(Reader reader, String name, Handler handler) {
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                handler.line(number, line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new LexiconException(Tr.tr("text.lexicon.unreadable", name), e);
        }
    }
}
