package ru.officialpages.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any Java string into text a cell can hold and give back unchanged. Users paste comments
 * from browsers and messengers, so control characters, half emoji and novel-length texts all
 * arrive here; none of them may break the file or the export.
 */
final class CellText {
    /** Excel's limit for the text of one cell. */
    static final int MAX_LENGTH = 32_767;
    /** Marks text cut at {@link #MAX_LENGTH}, so a reader knows the cell is not the whole text. */
    static final String CUT_MARK = "…";
    static final char REPLACEMENT = '\uFFFD';

    // OOXML readers (Excel, POI) decode _xHHHH_ into a character; a literal one must be escaped.
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    /**
     * The text as it will read back from the cell: XML-illegal control characters dropped (tab
     * and line breaks kept, CR LF and CR made LF, as Excel's own line break is LF), a lone
     * surrogate replaced by U+FFFD, and anything past Excel's limit cut with «…».
     */
    static String clean(String s) {
        String cleaned = dropIllegal(s);
        return cut(cleaned, MAX_LENGTH);
    }

    /** What to hand to POI so the cell reads back as {@link #clean(String)}. */
    static String forCell(String s) {
        String cleaned = dropIllegal(s);
        String text = cut(cleaned, MAX_LENGTH);
        String encoded = escape(text);
        // Escaping lengthens the text; POI checks the encoded length, so cut the source further.
        int limit = MAX_LENGTH;
        while (encoded.length() > MAX_LENGTH) {
            limit -= encoded.length() - MAX_LENGTH;
            text = cut(cleaned, limit);
            encoded = escape(text);
        }
        return encoded;
    }

    static String escape(String s) {
        if (!s.contains("_x")) {
            return s;
        }
        return OOXML_ESCAPE.matcher(s).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1");
    }

    private static String dropIllegal(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = null;
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairStart) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = String.valueOf(REPLACEMENT);
            } else if (c == '\r') {
                boolean crlf = i + 1 < n && s.charAt(i + 1) == '\n';
                replacement = crlf ? "" : "\n";
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF') {
                replacement = "";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String cut(String s, int limit) {
        if (s.length() <= limit) {
            return s;
        }
        int end = limit - CUT_MARK.length();
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never leave half of an emoji before the mark
        }
        return s.substring(0, end) + CUT_MARK;
    }
}
