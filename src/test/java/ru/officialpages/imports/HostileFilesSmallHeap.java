package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SqlDumps;
import ru.officialpages.storage.StorageException;

/**
 * Issue 21, failures 4 and 5 and the fuzzing promise, run by surefire in a JVM of its own at the
 * installer's 384 MB heap (the {@code small-heap} execution in pom.xml): hostile .xlsx and .csv
 * files are read by every importer fast and in bounded memory, or refused with the program's own
 * message; a refused full import leaves the database exactly as it was.
 */
class HostileFilesSmallHeap {
    private static final List<Page> PAGES = List.of(
            new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));
    private static final List<Organization> ORGS = List.of(
            new Organization(1, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "", false, "", false));
    private static final List<Network> NETWORKS = List.of(new Network(Network.VK, "ВКонтакте", "vk.com"),
            new Network(Network.OK, "Одноклассники", "ok.ru"), new Network(Network.TELEGRAM, "Telegram", "t.me"));
    private static final String HEADERS = "Организация;Соцсеть;Адрес страницы;Дата создания;Дата публикации;Ссылка на публикацию;"
            + "Формат;Дата выявления;Автор;Ссылка;Текст;Важность;Дата;Основания;Действие";

    /** Shared by the JUnit tests and the properties (two engines, two lifecycles): made once, removed at exit. */
    private static final Path DIR = tempDir();
    private static final Path EXPORT = exportOnce();

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("hostile-small-heap");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temp folder left behind
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path exportOnce() {
        try (Database db = FullTransferTest.filled(DIR.resolve("source.db"))) {
            return FullTransferTest.export(db, DIR.resolve("всё.xlsx"));
        }
    }

    /** Every importer over one file: its preview, or the reader's refusal; nothing else may come out. */
    private static void everyImporter(byte[] file) {
        Table table;
        try {
            table = new TableReader().read(file);
        } catch (TableException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.line()).isNotNegative();
            return;
        }
        new PageImport(NETWORKS, ORGS, PAGES).read(table);
        new PostImport(PAGES, Set.of()).read(table);
        new MessageImport(NETWORKS, PAGES, Set.of()).read(table);
        new ModerationImport(PAGES, LocalDateTime.of(2026, 11, 23, 10, 0)).read(table);
    }

    @Test
    void twentyThousandRowsWithOneCellInColumnXfdAreRefusedOrReadFast() {
        byte[] onlyXfd = RawXlsx.of(sheet -> {
            for (int r = 1; r <= 20_000; r++) {
                RawXlsx.append(sheet, "<row r=\"" + r + "\">" + RawXlsx.cell("XFD" + r, "x") + "</row>");
            }
        }, null);
        assertThat(onlyXfd.length).isLessThan(200_000);
        assertThatThrownBy(() -> new TableReader().read(onlyXfd)).isInstanceOf(TableException.class)
                .hasMessageContaining("Строка 1").hasMessageContaining("больше 256 столбцов");
        everyImporter(onlyXfd);

        byte[] underAHeader = RawXlsx.of(sheet -> {
            RawXlsx.append(sheet, "<row r=\"1\">" + RawXlsx.cell("A1", "Адрес страницы") + RawXlsx.cell("B1", "Текст") + "</row>");
            for (int r = 2; r <= 20_001; r++) {
                RawXlsx.append(sheet, "<row r=\"" + r + "\">" + RawXlsx.cell("XFD" + r, "x") + "</row>");
            }
        }, null);
        assertThatThrownBy(() -> new TableReader().read(underAHeader)).isInstanceOf(TableException.class)
                .hasMessageContaining("Строка 2").hasMessageContaining("больше 256 столбцов");
        everyImporter(underAHeader);
    }

    @Test
    void aCsvOfFortyMillionSeparatorsIsRefusedFast() {
        byte[] file = new byte[40_000_000];
        java.util.Arrays.fill(file, (byte) ';');
        byte[] header = "Адрес страницы\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, file, 0, header.length);
        assertThatThrownBy(() -> new TableReader().read(file)).isInstanceOf(TableException.class)
                .hasMessageContaining("Строка 2").hasMessageContaining("больше 256 столбцов");
        byte[] wideHeader = ("А;".repeat(300) + "\nx").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new TableReader().read(wideHeader)).isInstanceOf(TableException.class)
                .hasMessageContaining("Строка 1");
        Table trailing = new TableReader().read(("Адрес страницы;Текст" + ";".repeat(400) + "\nvk.com/club1;а\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(trailing.headers()).hasSize(256);
    }

    @Test
    void aSharedStringOfMillionsOfCharactersIsRefusedWithItsCell() {
        byte[] file = RawXlsx.of(sheet -> RawXlsx.append(sheet, "<row r=\"1\">" + RawXlsx.cell("A1", "Текст") + "</row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"), sst -> {
                    RawXlsx.append(sst, "<si><t>");
                    // Letters at random, so that the archive is not a zip bomb POI refuses on its own.
                    java.util.Random random = new java.util.Random(21);
                    char[] chunk = new char[1 << 16];
                    for (int i = 0; i < 64; i++) {
                        for (int j = 0; j < chunk.length; j++) {
                            chunk[j] = (char) ('a' + random.nextInt(26));
                        }
                        RawXlsx.append(sst, new String(chunk));
                    }
                    RawXlsx.append(sst, "</t></si>");
                });
        assertThat(file.length).isLessThan(4_000_000);
        assertThatThrownBy(() -> new TableReader().read(file)).isInstanceOf(TableException.class)
                .hasMessageContaining("Строка 2, столбец 1").hasMessageContaining("больше 32767 символов");
    }

    @Test
    void aValidFileOfTwoHundredFiftyThousandRowsIsTooLongNotDamaged() throws IOException {
        byte[] file = RawXlsx.of(sheet -> {
            RawXlsx.append(sheet, "<row r=\"1\">" + RawXlsx.cell("A1", "Адрес страницы") + "</row>");
            StringBuilder rows = new StringBuilder();
            for (int r = 2; r <= 250_001; r++) {
                rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
                if (rows.length() > 1 << 16) {
                    RawXlsx.append(sheet, rows);
                    rows.setLength(0);
                }
            }
            RawXlsx.append(sheet, rows);
        }, null);
        Path path = Files.write(DIR.resolve("250000.xlsx"), file);
        assertThatThrownBy(() -> new TableReader().read(path)).isInstanceOf(TableException.class)
                .hasMessageContaining("больше 200000 строк").hasMessageNotContaining("повреждён");
    }

    @Test
    void aHugeTextInTheFullImportIsRefusedAndNothingLoaded() throws IOException {
        Path file = DIR.resolve("огромный.xlsx");
        FullImportHostileTest.replaceInParts(EXPORT, file, "Тыртышка",
                "ё".repeat(3_000_000));
        try (Database fresh = Database.open(DIR.resolve("huge.db"))) {
            Map<String, List<String>> before = SqlDumps.of(fresh);
            assertThatThrownBy(() -> FullTransferTest.load(fresh, file)).isInstanceOf(FullImportException.class)
                    .hasMessageContaining("огромный.xlsx").hasMessageContaining("100000");
            assertThat(SqlDumps.of(fresh)).isEqualTo(before);
        }
    }

    // --- fuzzing ---

    @Provide
    Arbitrary<String> xmlNoise() {
        return Arbitraries.oneOf(
                Arbitraries.of("<c r=\"XFD1\"><v>1</v></c>", "<c r=\"A1\" t=\"s\"><v>99999</v></c>", "<c r=\"ZZZZ9\"/>",
                        "<row r=\"2147483647\">", "<row r=\"-5\"><c r=\"A1\"><v>1</v></c></row>", "<c t=\"b\"><v>2</v></c>",
                        "<c r=\"B2\" s=\"999\"><v>45000</v></c>", "<c r=\"C2\"><f>HYPERLINK(\"javascript:x\")</f></c>",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<", "</row>", "</sheetData>",
                        "<c r=\"A3\" t=\"d\"><v>not a date</v></c>", "<c r=\"A4\" t=\"inlineStr\"><is><t>_x0000_</t></is></c>",
                        "<c r=\"A5\"><v>1e309</v></c>", "<hyperlink ref=\"A1:XFD1048576\" r:id=\"rId9\"/>"),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<byte[]> xlsxFiles() {
        Arbitrary<List<String>> rows = Arbitraries.of("vk.com/club210001", "Администрация", "20.11.2026", "x", "")
                .list().ofMaxSize(8);
        Arbitrary<byte[]> mutatedXml = Combinators.combine(rows, xmlNoise().list().ofMaxSize(4), Arbitraries.integers().between(0, 100))
                .as((cells, noise, at) -> RawXlsx.of(sheet -> {
                    StringBuilder xml = new StringBuilder("<row r=\"1\">");
                    String[] h = HEADERS.split(";");
                    for (int i = 0; i < h.length; i++) {
                        xml.append(RawXlsx.cell(CellReference.convertNumToColString(i) + "1", h[i]));
                    }
                    xml.append("</row><row r=\"2\">");
                    for (int i = 0; i < cells.size(); i++) {
                        xml.append(RawXlsx.cell(CellReference.convertNumToColString(i) + "2", cells.get(i)));
                    }
                    xml.append("</row>");
                    int pos = Math.min(xml.length(), xml.length() * at / 100);
                    xml.insert(pos, String.join("", noise));
                    RawXlsx.append(sheet, xml);
                }, null));
        Arbitrary<byte[]> mutatedBytes = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.bytes(), Arbitraries.integers().between(0, 3)).as((where, what, how) -> {
                    byte[] base = RawXlsx.of(sheet -> RawXlsx.append(sheet, "<row r=\"1\">" + RawXlsx.cell("A1", "Адрес страницы")
                            + "</row><row r=\"2\">" + RawXlsx.cell("A2", "vk.com/club210001") + "</row>"), null);
                    int at = where % base.length;
                    return switch (how) {
                        case 0 -> java.util.Arrays.copyOf(base, at);
                        case 1 -> {
                            base[at] = what;
                            yield base;
                        }
                        default -> {
                            for (int i = at; i < Math.min(base.length, at + 64); i++) {
                                base[i] ^= what;
                            }
                            yield base;
                        }
                    };
                });
        return Arbitraries.oneOf(mutatedXml, mutatedBytes);
    }

    @Provide
    Arbitrary<byte[]> csvFiles() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("vk.com/club210001", "20.11.2026", "\"", "=1+1", "ё"),
                Arbitraries.strings().ofMaxLength(30));
        Arbitrary<String> text = cell.list().ofMaxSize(20).map(l -> HEADERS + "\r\n" + String.join(";", l));
        return text.flatMap(t -> Arbitraries.of("UTF-8", "windows-1251", "UTF-16LE").map(c -> t.getBytes(java.nio.charset.Charset.forName(c))));
    }

    @Property(tries = 150)
    void everyImporterReadsOrRefusesAHostileXlsx(@ForAll("xlsxFiles") byte[] file) {
        everyImporter(file);
    }

    @Property(tries = 100)
    void everyImporterReadsOrRefusesAHostileCsv(@ForAll("csvFiles") byte[] file) {
        everyImporter(file);
    }

    /** A mutated full export either loads whole or is refused with the program's message, the database untouched. */
    @Property(tries = 25)
    void aMutatedFullExportLoadsWholeOrChangesNothing(@ForAll("exportMutations") byte[] file) throws IOException {
        Path input = Files.write(Files.createTempFile(DIR, "mutated", ".xlsx"), file);
        Path db = Files.createTempFile(DIR, "target", ".db");
        Files.delete(db);
        try (Database fresh = Database.open(db)) {
            Map<String, List<String>> before = SqlDumps.of(fresh);
            Throwable t = catchThrowable(() -> FullTransferTest.load(fresh, input));
            if (t != null) {
                assertThat(t).isInstanceOfAny(FullImportException.class, StorageException.class);
                assertThat(t.getMessage()).isNotBlank();
                assertThat(SqlDumps.of(fresh)).isEqualTo(before);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> exportMutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000_000), xmlNoise(), Arbitraries.integers().between(0, 2))
                .as((at, noise, how) -> mutateExport(at, noise, how));
    }

    /** Puts {@code noise} into one of the export's sheets, or cuts the archive short. */
    private static byte[] mutateExport(int at, String noise, int how) {
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(EXPORT.toFile());
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            if (how == 0) {
                byte[] whole = Files.readAllBytes(EXPORT);
                return java.util.Arrays.copyOf(whole, at % whole.length);
            }
            int sheet = 0;
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream data = in.getInputStream(e)) {
                    content = data.readAllBytes();
                }
                if (e.getName().startsWith("xl/worksheets/sheet") && sheet++ == at % 12) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int pos = xml.indexOf("<sheetData>");
                    pos = pos < 0 ? 0 : pos + 11 + (at % Math.max(1, xml.length() - pos - 11));
                    content = (xml.substring(0, pos) + noise + xml.substring(pos)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
