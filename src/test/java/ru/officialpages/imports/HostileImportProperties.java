package ru.officialpages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;

/**
 * Random and hostile files thrown at the page, post, message and moderation importers (issues 9, 6): each is either read
 * into rows or refused with messages, every message names a line inside the file, and reading
 * never throws. Nothing is written by reading, so a refusal leaves the database as it was.
 */
class HostileImportProperties {
    private static final List<Page> PAGES = List.of(
            new Page(1, 1, Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));
    private static final List<Organization> ORGS = List.of(
            new Organization(1, OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "", false, "", false));
    private static final List<Network> NETWORKS = List.of(new Network(Network.VK, "ВКонтакте", "vk.com"),
            new Network(Network.OK, "Одноклассники", "ok.ru"), new Network(Network.TELEGRAM, "Telegram", "t.me"));

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.of("=HYPERLINK(\"http://evil\",\"x\")", "+7 913", "-1", "@SUM(A1)", "31.11.2026", "20.11.2026 10:30",
                        "vk.com/club210001", "vk.com/wall-210001_5", "javascript:alert(1)", "фото", "", " ", "\"", ";;",
                        "Администрация", "ok.ru/group/1", "t.me/x/1", "2026-11-20", "Спам, реклама", "удалён",
                        "Внести автора в чёрный список", "Порочит (по полу, возрасту", "vk.com/id1"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5),
                Arbitraries.strings().withChars('а', 'б', 'ё', ';', ',', '"', '\n', '\r').ofMaxLength(30),
                Arbitraries.strings().alpha().ofMinLength(33_000).ofMaxLength(33_100));
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> header = Arbitraries.of(
                "Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема",
                "Организация;Соцсеть;Адрес страницы;Дата создания;Ответственный",
                "Организация,Адрес страницы,Дата создания", "", "что-то;другое",
                "Дата выявления;Соцсеть;Автор;Ссылка;Текст;Важность;Дата ответа;Промежуточный ответ;Дата окончательного ответа",
                "Дата;Адрес страницы;Автор;Текст;Основания;Действие", "Действие,Основания,Дата,Адрес страницы");
        Arbitrary<String> row = cells().list().ofMinSize(0).ofMaxSize(6).map(l -> String.join(";", l));
        Arbitrary<String> text = row.list().ofMaxSize(12).flatMap(rows -> header.map(h -> h + "\r\n" + String.join("\r\n", rows)));
        Arbitrary<byte[]> encoded = text.flatMap(t -> Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"))
                .map(c -> t.getBytes(c)));
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        return Arbitraries.oneOf(encoded, encoded, garbage);
    }

    @Property(tries = 120)
    void postImportReadsOrRefusesWithLines(@ForAll("files") byte[] file) {
        PostImport.Preview p;
        try {
            p = new PostImport(PAGES, Set.of()).read(new TableReader().read(file));
        } catch (TableException e) {
            assertThat(e.line()).isGreaterThanOrEqualTo(0);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        int lines = countLines(file);
        assertThat(p.canApply()).isEqualTo(p.errors().isEmpty() && !p.posts().isEmpty());
        assertThat(p.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(0, lines + 1);
            assertThat(e.text()).isNotBlank();
        });
        assertThat(p.posts()).allSatisfy(l -> assertThat(l.post().url()).startsWith("https://"));
    }

    @Property(tries = 120)
    void pageImportReadsOrRefusesWithLines(@ForAll("files") byte[] file) {
        PageImportPreview p;
        try {
            p = new PageImport(NETWORKS, ORGS, PAGES).read(new TableReader().read(file));
        } catch (TableException e) {
            assertThat(e.line()).isGreaterThanOrEqualTo(0);
            return;
        }
        int lines = countLines(file);
        assertThat(p.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(0, lines + 1));
        assertThat(p.pages()).allSatisfy(l -> assertThat(l.entry().address()).startsWith("https://"));
    }

    @Property(tries = 120)
    void messageImportReadsOrRefusesWithLines(@ForAll("files") byte[] file) {
        MessageImport.Preview p;
        try {
            p = new MessageImport(NETWORKS, PAGES, Set.of()).read(new TableReader().read(file));
        } catch (TableException e) {
            assertThat(e.line()).isGreaterThanOrEqualTo(0);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        int lines = countLines(file);
        assertThat(p.canApply()).isEqualTo(p.errors().isEmpty() && !p.messages().isEmpty());
        assertThat(p.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(0, lines + 1);
            assertThat(e.text()).isNotBlank();
        });
        assertThat(p.messages()).allSatisfy(l -> {
            assertThat(l.message().text()).isNotBlank();
            assertThat(l.message().firstAnswerAt() == null || !l.message().firstAnswerAt().isBefore(l.message().detectedAt()))
                    .isTrue();
        });
    }

    /** A refused file leaves the database as it was: the import writes nothing or everything. */
    @Property(tries = 15)
    void aRefusedMessageFileLeavesTheDatabaseUnchanged(@ForAll("files") byte[] file) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hostile-messages");
        try (ru.officialpages.storage.Database db = ru.officialpages.storage.Database.open(dir.resolve("t.db"))) {
            ru.officialpages.storage.MessageRepository repo = new ru.officialpages.storage.MessageRepository(db);
            ru.officialpages.rules.MessageDeadlines rules = new ru.officialpages.rules.MessageDeadlines(
                    new ru.officialpages.rules.WorkingTime(new ru.officialpages.rules.ProductionCalendar(List.of()),
                            ru.officialpages.rules.OfficeHours.defaults()));
            java.nio.file.Path input = java.nio.file.Files.write(dir.resolve("in.csv"), file);
            MessageImport.Preview p = new MessageImport(NETWORKS, PAGES, repo.links()).read(input);
            if (p.canApply()) {
                repo.addAll(p.toAdd(), rules);
                assertThat(repo.count(ru.officialpages.domain.MessageFilter.all())).isEqualTo(p.messages().size());
            } else {
                assertThat(repo.count(ru.officialpages.domain.MessageFilter.all())).isZero();
            }
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Property(tries = 120)
    void moderationImportReadsOrRefusesWithLines(@ForAll("files") byte[] file) {
        ModerationImport.Preview p;
        try {
            p = new ModerationImport(PAGES, java.time.LocalDateTime.of(2026, 11, 23, 10, 0)).read(new TableReader().read(file));
        } catch (TableException e) {
            assertThat(e.line()).isGreaterThanOrEqualTo(0);
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        int lines = countLines(file);
        assertThat(p.canApply()).isEqualTo(p.errors().isEmpty() && !p.records().isEmpty());
        assertThat(p.errors()).allSatisfy(e -> {
            assertThat(e.line()).isBetween(0, lines + 1);
            assertThat(e.text()).isNotBlank();
        });
        assertThat(p.records()).allSatisfy(l -> {
            assertThat(l.record().pageId()).isEqualTo(1);
            assertThat(l.line()).isBetween(2, lines + 1);
            if (l.record().action().restrictsAuthor()) {
                assertThat(l.record().author()).isNotBlank();
            }
        });
    }

    /**
     * A refused file leaves the database as it was; an accepted one adds exactly its rows. Through
     * the repository on a real SQLite file, as the command and the screen apply a preview.
     */
    @Property(tries = 25)
    void aRefusedModerationFileChangesNothing(@ForAll("files") byte[] file) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hostile-moderation");
        try (ru.officialpages.storage.Database db = ru.officialpages.storage.Database.open(dir.resolve("m.db"))) {
            Organization o = new ru.officialpages.storage.OrganizationRepository(db).save(new Organization(0,
                    OrganizationKind.ADMINISTRATION, "Администрация", "", "", "", "", false, "", false));
            Page page = new ru.officialpages.storage.PageRepository(db).add(new Page(0, o.id(), Network.VK,
                    "https://vk.com/club210001", LocalDate.of(2025, 1, 1), null, null));
            ru.officialpages.storage.ModerationRepository repo = new ru.officialpages.storage.ModerationRepository(db);
            ModerationImport.Preview p;
            try {
                p = new ModerationImport(List.of(page), java.time.LocalDateTime.of(2026, 11, 23, 10, 0))
                        .read(new TableReader().read(file));
            } catch (TableException e) {
                assertThat(repo.countRecords()).isZero();
                return;
            }
            if (p.canApply()) {
                repo.addAll(p.toAdd());
                assertThat(repo.countRecords()).isEqualTo(p.records().size());
            } else {
                assertThat(repo.countRecords()).isZero();
                assertThat(repo.blacklistSize()).isZero();
            }
        } finally {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static int countLines(byte[] file) {
        int n = 1;
        // A line ends with \n, \r\n or a lone \r: the CSV reader counts all three.
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' || (file[i] == '\r' && (i + 1 == file.length || file[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
