package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.domain.ResponsiblePerson;
import ru.officialpages.imports.PageImport;
import ru.officialpages.imports.PageImportPreview;
import ru.officialpages.rules.Quarter;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

/** The quarterly registry (novoaltaysk-608 §3.3, §3.5): what is in each file, and what never is. */
class RegistryXlsxTest {
    private static final Quarter Q3 = new Quarter(2026, 3);
    private static final List<String> PERSONAL = List.of("Петрова Анна Викторовна", "+7 913 111-22-33",
            "petrova@example.ru", "Сидоров Пётр", "8 (38241) 2-11-45", "sidorov@mail.example");

    @TempDir
    Path dir;
    Database db;
    PageRepository pages;
    RegistryXlsx registry;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        pages = new PageRepository(db);
        registry = new RegistryXlsx(names(new NetworkRepository(db).all()));
        OrganizationRepository orgs = new OrganizationRepository(db);
        Organization admin = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION,
                "Администрация Берёзовского сельского поселения", "", "", "", "", false, "", false));
        Organization library = orgs.save(new Organization(0, OrganizationKind.INSTITUTION,
                "МКУК «Берёзовская библиотека»", "", "", "", "", false, "", false));
        Page vk = pages.add(new Page(0, admin.id(), "VK", "https://vk.com/club1", LocalDate.of(2024, 2, 1), null, null));
        pages.changeAddress(vk.id(), "https://vk.com/club2", LocalDate.of(2025, 5, 5));
        pages.changeAddress(vk.id(), "https://vk.com/berezovka", LocalDate.of(2026, 8, 10));
        // A change after the quarter's end is not in the Q3 registry.
        pages.changeAddress(vk.id(), "https://vk.com/berezovka_adm", LocalDate.of(2026, 10, 5));
        pages.savePeople(vk.id(), List.of(
                new ResponsiblePerson("Петрова Анна Викторовна", "ведущий специалист", "+7 913 111-22-33",
                        "petrova@example.ru", true, true),
                new ResponsiblePerson("Сидоров Пётр", "глава поселения", "8 (38241) 2-11-45",
                        "sidorov@mail.example", false, true)));
        pages.add(new Page(0, library.id(), "TELEGRAM", "https://t.me/berlib", LocalDate.of(2026, 1, 15), null, 3));
        // Deleted within the quarter: not active on its last day.
        Page ok = pages.add(new Page(0, admin.id(), "OK", "https://ok.ru/group/7", LocalDate.of(2024, 1, 1), null, null));
        pages.delete(ok.id(), LocalDate.of(2026, 9, 1));
        // Created after the quarter.
        pages.add(new Page(0, library.id(), "VK", "https://vk.com/berlib", LocalDate.of(2026, 10, 1), null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Map<String, String> names(List<Network> networks) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        networks.forEach(n -> m.put(n.code(), n.name()));
        return m;
    }

    @Test
    void thePublicRegistryListsPagesActiveOnTheQuartersLastDayWithTheirAddressThen() throws IOException {
        Path file = dir.resolve("public.xlsx");
        registry.writePublic(file, "Берёзовское сельское поселение", Q3, pages.registry(Q3.lastDay()));
        try (XSSFWorkbook wb = XlsxReadBack.open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            String title = text(sheet.getRow(0).getCell(0));
            assertThat(title).contains("Берёзовское сельское поселение").contains("III квартал 2026 г.");
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo("по состоянию на 30.09.2026");
            int header = headerRow(sheet);
            assertThat(text(sheet.getRow(header).getCell(1))).isEqualTo("Организация");
            Row first = sheet.getRow(header + 1);
            assertThat(text(first.getCell(1))).isEqualTo("Администрация Берёзовского сельского поселения");
            assertThat(text(first.getCell(2))).isEqualTo("ВКонтакте");
            assertThat(text(first.getCell(3))).isEqualTo("https://vk.com/berezovka");
            assertThat(date(first.getCell(4))).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(text(first.getCell(5))).isEqualTo("05.05.2025\n10.08.2026");
            assertThat(text(first.getCell(6))).isEqualTo("https://vk.com/club1\nhttps://vk.com/club2");
            Row second = sheet.getRow(header + 2);
            assertThat(text(second.getCell(1))).isEqualTo("МКУК «Берёзовская библиотека»");
            assertThat(text(second.getCell(3))).isEqualTo("https://t.me/berlib");
            assertThat(sheet.getRow(header + 3) == null || text(sheet.getRow(header + 3).getCell(1)).isEmpty()).isTrue();
        }
    }

    @Test
    void thePublicRegistryHasNoPersonalDataAnywhereInTheFile() throws IOException {
        Path file = dir.resolve("public.xlsx");
        registry.writePublic(file, "Берёзовское сельское поселение", Q3, pages.registry(Q3.lastDay()));
        String everything = allXml(file);
        assertThat(everything).contains("https://vk.com/berezovka");
        for (String personal : PERSONAL) {
            assertThat(everything).as("personal data in the public registry").doesNotContain(personal);
            assertThat(everything).doesNotContain(xmlEscaped(personal));
        }
        // …while the internal one has them all.
        Path internal = dir.resolve("internal.xlsx");
        registry.writeInternal(internal, "Берёзовское сельское поселение", Q3, pages.registry(Q3.lastDay()));
        String inside = allXml(internal);
        for (String personal : PERSONAL) {
            assertThat(inside.contains(personal) || inside.contains(xmlEscaped(personal))).as(personal).isTrue();
        }
    }

    @Test
    void theInternalRegistryImportsBackAsTheSameRegistry() {
        Path internal = dir.resolve("internal.xlsx");
        List<RegistryEntry> before = pages.registry(Q3.lastDay());
        registry.writeInternal(internal, "Берёзовское сельское поселение", Q3, before);

        try (Database other = Database.open(dir.resolve("other.db"))) {
            PageRepository otherPages = new PageRepository(other);
            PageImportPreview preview = new PageImport(new NetworkRepository(other).all(),
                    new OrganizationRepository(other).all(), otherPages.all()).read(internal);
            assertThat(preview.errors()).isEmpty();
            assertThat(preview.newOrganizations()).hasSize(2);
            otherPages.importEntries(preview.entries());
            assertThat(otherPages.registry(Q3.lastDay())).isEqualTo(before);
        }
    }

    @Test
    void theTemplateReadsAsAnEmptyImport() {
        Path template = dir.resolve("template.xlsx");
        registry.writeTemplate(template);
        PageImportPreview preview = new PageImport(List.of(), List.of(), List.of()).read(template);
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.errors()).extracting(p -> p.text()).containsExactly("В файле нет ни одной строки со страницей.");
    }

    private static int headerRow(XSSFSheet sheet) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && text(r.getCell(0)).equals("№")) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c).equals("") ? "" : c.getCellType()
                == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : new DataFormatter().formatCellValue(c);
    }

    private static LocalDate date(Cell c) {
        Date d = c.getDateCellValue();
        return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static String xmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Every part of the .xlsx package as text: cells, headers, footers, properties, links. */
    private static String allXml(Path file) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
