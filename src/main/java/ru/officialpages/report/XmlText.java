package ru.officialpages.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Text put into the workbook's XML parts. Characters XML 1.0 does not allow (most control
 * characters, lone surrogates, U+FFFE/U+FFFF) are dropped rather than written, as any one of them
 * makes Excel refuse the whole file.
 */
final class XmlText {
    private XmlText() {
    }

    /** Writes {@code s} as element content or an attribute value (quotes escaped too). */
    static void write(Writer out, String s) throws IOException {
        int n = s.length();
        int clean = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
                continue;
            }
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '"' -> replacement = "&quot;";
                // Kept, but as references: an attribute's parser would make spaces of them.
                case '\t' -> replacement = "&#9;";
                case '\n' -> replacement = "&#10;";
                case '\r' -> replacement = "&#13;";
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    if (c >= 0xE000 && c <= 0xFFFD) {
                        continue;
                    }
                    replacement = "";
                }
            }
            out.write(s, clean, i - clean);
            out.write(replacement);
            clean = i + 1;
        }
        out.write(s, clean, n - clean);
    }

    static String of(String s) {
        java.io.StringWriter out = new java.io.StringWriter(s.length() + 16);
        try {
            write(out, s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whether a cell's text needs {@code xml:space="preserve"} to keep its leading or trailing blanks. */
    static boolean needsPreserve(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }
}
