package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.domain.RegistryEntry;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.NetworkRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

class PageImportTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;
    Database db;
    PageRepository pages;
    OrganizationRepository orgs;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        pages = new PageRepository(db);
        orgs = new OrganizationRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PageImportPreview preview(Path file) {
        return new PageImport(new NetworkRepository(db).all(), orgs.all(), pages.all()).read(file);
    }

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(CP1251));
        return f;
    }

    @Test
    void aWindows1251FileWithABadDateOnLine7ChangesNothingAndSaysLine7() throws Exception {
        Path f = csv("pages.csv", String.join("\r\n",
                "ОРГАНИЗАЦИЯ;адрес страницы;Дата создания;Ответственный;Телефон",
                "Администрация;https://vk.com/berezovka_adm;01.02.2024;Петрова А. В.;+7 913 111-22-33",
                "Администрация;ok.ru/group/5;01.02.2024;;",
                "Глава поселения;https://t.me/berezovka_head;15.03.2025;;",
                "Дом культуры;vk.com/club777;10.10.2025;;",
                "Библиотека;https://vk.com/berlib;11.10.2025;;",
                "Школа;https://vk.com/berschool;31.09.2025;;",
                ""));
        PageImportPreview preview = preview(f);
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.errors()).extracting(ImportProblem::line).containsExactly(7);
        assertThat(preview.errors().get(0).text())
                .isEqualTo("Строка 7: в столбце «Дата создания» не дата: «31.09.2025». Пишите дату как 23.11.2026.");
        assertThat(pages.all()).isEmpty();
        assertThat(orgs.all()).isEmpty();
    }

    @Test
    void aGoodFileCreatesOrganizationsAndPagesWithTheirHistory() throws Exception {
        orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "", false, "", false));
        Path f = csv("pages.csv", String.join("\r\n",
                "Соцсеть;Организация;Адрес страницы;Дата создания;Предыдущий адрес;Дата изменения адреса;Норма публикаций в неделю",
                "ВКонтакте;администрация;HTTPS://M.VK.COM/Berezovka_Adm/;01.02.2024;vk.com/club1;05.05.2025;5",
                ";Дом культуры;t.me/berdk;2025-10-10;;;",
                ""));
        PageImportPreview preview = preview(f);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.newOrganizations()).containsExactly("Дом культуры");
        pages.importEntries(preview.entries());
        List<RegistryEntry> registry = pages.registry(LocalDate.of(2026, 9, 30));
        assertThat(registry).extracting(RegistryEntry::address)
                .containsExactly("https://vk.com/berezovka_adm", "https://t.me/berdk");
        assertThat(registry.get(0).earlier().get(0).address()).isEqualTo("https://vk.com/club1");
        assertThat(registry.get(0).weeklyNorm()).isEqualTo(5);
        assertThat(orgs.all()).hasSize(2);
    }

    /** Issue 21, failure 7: one address under two organisations, in the file or against the registry. */
    @Test
    void oneAddressUnderTwoOrganisationsIsRefusedInTheFileAndAgainstTheRegistry() throws Exception {
        Organization admin = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "",
                "", "", false, "", false));
        pages.add(new Page(0, admin.id(), "VK", "https://vk.com/club1", LocalDate.of(2024, 1, 1), null, null));
        Path f = csv("pages.csv", String.join("\r\n",
                "Организация;Адрес страницы;Дата создания",
                "Дом культуры;https://ok.ru/group/5;01.02.2024",
                "Библиотека;ok.ru/group/5;01.02.2024",
                "Школа;https://vk.com/club1;01.02.2024",
                ""));
        PageImportPreview preview = preview(f);
        assertThat(preview.canApply()).isFalse();
        assertThat(preview.errors()).extracting(ImportProblem::line).containsExactly(3, 4);
        assertThat(preview.errors().get(0).text()).contains("Строка 3", "https://ok.ru/group/5", "строке 2", "Дом культуры");
        assertThat(preview.errors().get(1).text()).contains("Строка 4", "уже есть в реестре", "Администрация");
    }

    @Test
    void aSecondPageInOneNetworkIsRefusedWithItsLine() throws Exception {
        Organization admin = orgs.save(new Organization(0, OrganizationKind.ADMINISTRATION, "Администрация", "", "",
                "", "", false, "", false));
        pages.add(new Page(0, admin.id(), "VK", "https://vk.com/club1", LocalDate.of(2024, 1, 1), null, null));
        Path f = csv("pages.csv", String.join("\r\n",
                "Организация;Адрес страницы;Дата создания",
                "Администрация;https://ok.ru/group/5;01.02.2024",
                "Администрация;https://vk.com/club2;01.02.2024",
                ""));
        PageImportPreview preview = preview(f);
        assertThat(preview.errors()).hasSize(1);
        assertThat(preview.errors().get(0).text()).startsWith("Строка 3: ").contains("https://vk.com/club1");
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        Path f = csv("pages.csv", "Организация;Адрес\r\nАдминистрация;vk.com/club1\r\n");
        assertThat(preview(f).errors()).extracting(ImportProblem::text).singleElement().asString()
                .contains("Адрес страницы").contains("Дата создания");
    }
}
