package ru.officialpages.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    private static final String TEXT = "Дата;Праздник\n01.01.2027;Новый год «ёлка» №1\n";

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(TextEncoding.decode(utf8)).isEqualTo(TEXT);
        assertThat(TextEncoding.decode(withBom)).isEqualTo(TEXT);
    }

    @Test
    void readsWindows1251AndUtf16ByBom() {
        assertThat(TextEncoding.decode(TEXT.getBytes(TextEncoding.WINDOWS_1251))).isEqualTo(TEXT);
        byte[] utf16 = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(TextEncoding.decode(withBom)).isEqualTo(TEXT);
    }

    @Test
    void shortWindows1251TextThatIsValidUtf8OfAnotherScriptIsRussian() {
        // E0 B8 B8: «аёё» in Windows-1251, Thai «ุ» in UTF-8.
        assertThat(TextEncoding.decode("аёё".getBytes(TextEncoding.WINDOWS_1251))).isEqualTo("аёё");
        assertThat(TextEncoding.decode("ุ".getBytes(StandardCharsets.UTF_8))).isEqualTo("аёё");
        // C2 B8: «Вё» in Windows-1251, «¸» in UTF-8 (found by TableReaderProperties).
        assertThat(TextEncoding.decode("\"Вё\";\"a\"".getBytes(TextEncoding.WINDOWS_1251))).isEqualTo("\"Вё\";\"a\"");
    }

    @Test
    void utf8WithoutCyrillicStaysUtf8() {
        for (String text : new String[] {"Hello", "«»№ 5", "Hello © 2026 — «x»", "😀 ok", "日本語", "m²"}) {
            assertThat(TextEncoding.decode(text.getBytes(StandardCharsets.UTF_8))).as(text).isEqualTo(text);
        }
    }

    @Test
    void theCallerIsToldBeforeBytesAreReadAsWindows1251() {
        byte[] bytes = "Привет".getBytes(TextEncoding.WINDOWS_1251);
        assertThatThrownBy(() -> TextEncoding.decode(bytes, (b, offset) -> {
            throw new IllegalStateException("not UTF-8 from " + offset);
        })).hasMessage("not UTF-8 from 0");
    }
}
