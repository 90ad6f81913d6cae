package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class TableReaderProperties {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final TableReader reader = new TableReader();

    @Property(tries = 1000)
    void randomBytesAreReadOrRefusedWithALineNumberedMessage(@ForAll @Size(max = 3000) byte[] bytes) {
        assertReadOrRefused(bytes);
    }

    @Property(tries = 300)
    void randomBytesThatLookLikeAZipAreReadOrRefused(@ForAll @Size(max = 3000) byte[] tail) {
        byte[] bytes = new byte[tail.length + 4];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        System.arraycopy(tail, 0, bytes, 4, tail.length);
        assertReadOrRefused(bytes);
    }

    @Property(tries = 500)
    void textWithStrayBytesIsReadOrRefused(@ForAll("textWithNoise") byte[] bytes) {
        assertReadOrRefused(bytes);
    }

    @Property(tries = 500)
    void quotedCsvReadsBackCellForCellWithItsLines(@ForAll("tables") List<List<String>> table,
                                                   @ForAll boolean windows1251) {
        // In 1251, «В«» is the bytes of UTF-8 « and «Гё» those of «ø»: a file whose only Russian letters
        // are such pairs is also a UTF-8 text without Russian, and is read so (TextEncoding).
        Assume.that(!windows1251 || !alsoUtf8WithoutRussian(table));
        StringBuilder csv = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (List<String> record : table) {
            lines.add(line);
            List<String> quoted = new ArrayList<>();
            for (String cell : record) {
                quoted.add('"' + cell.replace("\"", "\"\"") + '"');
                line += (int) cell.chars().filter(c -> c == '\n').count();
            }
            csv.append(String.join(";", quoted)).append("\r\n");
            line++;
        }
        byte[] bytes = csv.toString().getBytes(windows1251 ? WINDOWS_1251 : StandardCharsets.UTF_8);

        Table read = reader.read(bytes);

        assertThat(read.headers()).isEqualTo(table.get(0));
        assertThat(read.rows()).hasSize(table.size() - 1);
        for (int i = 1; i < table.size(); i++) {
            Table.Row row = read.rows().get(i - 1);
            assertThat(row.line()).isEqualTo(lines.get(i));
            for (int c = 0; c < table.get(i).size(); c++) {
                assertThat(row.text(c)).isEqualTo(table.get(i).get(c));
            }
        }
    }

    private static boolean alsoUtf8WithoutRussian(List<List<String>> table) {
        String all = table.stream().flatMap(List::stream).collect(java.util.stream.Collectors.joining(";"));
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(all.getBytes(WINDOWS_1251))).toString();
            return utf8.chars().allMatch(c -> c < 0x80 || "«»№".indexOf(c) >= 0
                    || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private void assertReadOrRefused(byte[] bytes) {
        try {
            Table table = reader.read(bytes);
            assertThat(table.headers()).isNotNull();
            for (Table.Row row : table.rows()) {
                assertThat(row.line()).isGreaterThan(table.headerLine());
            }
        } catch (TableException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotStartWith("!");
            assertThat(e.line()).isNotNegative();
            if (e.line() > 0) {
                assertThat(e.getMessage()).startsWith("Строка " + e.line());
            }
        }
    }

    @Provide
    Arbitrary<byte[]> textWithNoise() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("абвгдеёжзАБВГДЕЁЖЗ abcXYZ0123456789;,\"\r\n\t")
                .ofMaxLength(400);
        return text.flatMap(t -> Arbitraries.bytes().list().ofMaxSize(3).map(noise -> {
            byte[] base = t.getBytes(WINDOWS_1251);
            byte[] out = new byte[base.length + noise.size()];
            System.arraycopy(base, 0, out, 0, base.length);
            for (int i = 0; i < noise.size(); i++) {
                out[base.length + i] = noise.get(i);
            }
            return out;
        }));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> header = Arbitraries.strings().withChars("абвгдеёжзАБВГДЕЁЖЗabc").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> cell = Arbitraries.strings().withChars("абвгдеёжзАБВГДЕЁЖЗ abcXYZ0123456789;,\"\n№«»")
                .ofMaxLength(20);
        return Arbitraries.integers().between(1, 5).flatMap(width -> {
            Arbitrary<List<String>> headers = header.list().ofSize(width);
            Arbitrary<List<String>> row = cell.list().ofSize(width)
                    .filter(r -> r.stream().anyMatch(c -> !c.isBlank()));
            return headers.flatMap(h -> row.list().ofMaxSize(20).map(rows -> {
                List<List<String>> all = new ArrayList<>();
                all.add(h);
                all.addAll(rows);
                return all;
            }));
        });
    }
}
