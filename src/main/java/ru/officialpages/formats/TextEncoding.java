package ru.officialpages.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a text file the user brings (a CSV table, a production calendar, a list of phrases) is read:
 * UTF-16 by its BOM ("Текст Юникод"), UTF-8 when the bytes are valid UTF-8 (a BOM dropped), and
 * anything else as Windows-1251, which Excel and Notepad write on a Russian PC. A Cyrillic 1251 text
 * is almost never valid UTF-8, so the guess is safe. Almost: a few Cyrillic letters spell valid UTF-8
 * of something else («аёё» is Thai «ุ», «Вё» is «¸»); a file whose UTF-8 reading has no Cyrillic
 * letter but a character beyond ASCII, Latin letters and the usual typed signs, and whose 1251
 * reading has only Russian and Latin letters, is 1251. What stays ambiguous is a 1251 file whose
 * only Russian letters are pairs that spell such signs or Latin letters in UTF-8 («В«» is «,
 * «Гё» is «ø»): it is read as UTF-8.
 */
public final class TextEncoding {
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** Told, before the bytes are read as Windows-1251, that they are not valid UTF-8; may refuse the file. */
    @FunctionalInterface
    public interface NotUtf8<E extends Exception> {
        void check(byte[] bytes, int offset) throws E;
    }

    private TextEncoding() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, (b, offset) -> { });
    }

    /** {@code offset} given to {@code notUtf8} is where the text starts, past a UTF-8 BOM. */
    public static <E extends Exception> String decode(byte[] b, NotUtf8<E> notUtf8) throws E {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            if (unexpectedWithoutCyrillic(chars)) {
                String cyrillic = new String(b, offset, b.length - offset, WINDOWS_1251);
                if (russianOrLatin(cyrillic)) {
                    return cyrillic;
                }
            }
            return chars.toString();
        } catch (CharacterCodingException e) {
            notUtf8.check(b, offset);
            return new String(b, offset, b.length - offset, WINDOWS_1251);
        }
    }

    /**
     * Signs beyond ASCII that a UTF-8 file without Russian letters may well have, besides Latin letters
     * such as «é»; anything else there (a letter of another script, «¸») is more likely Windows-1251
     * Russian read as UTF-8.
     */
    private static final String TYPED_SIGNS = "«»№©®°±§—–…“”„‘’€•·×÷‰™\u00A0";

    /** No Cyrillic letter, and some character beyond ASCII that is neither a Latin letter nor one of the {@link #TYPED_SIGNS}. */
    private static boolean unexpectedWithoutCyrillic(CharSequence text) {
        boolean unexpected = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
                return false;
            }
            unexpected |= c >= 0x80 && TYPED_SIGNS.indexOf(c) < 0
                    && !(Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        }
        return unexpected;
    }

    /**
     * Every letter Russian or Latin. Not any Cyrillic: UTF-8 of other scripts read as 1251 gives
     * letters of other Slavic alphabets («日本語» reads «ж—Ґжњ¬иЄћ»), which a Russian file does not have.
     */
    private static boolean russianOrLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean russian = (c >= 'А' && c <= 'я') || c == 'Ё' || c == 'ё';
            if (Character.isLetter(c) && !russian && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
