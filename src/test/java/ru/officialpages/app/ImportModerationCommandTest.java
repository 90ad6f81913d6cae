package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.domain.Network;
import ru.officialpages.domain.Organization;
import ru.officialpages.domain.OrganizationKind;
import ru.officialpages.domain.Page;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.ModerationRepository;
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;

/** {@code import moderation FILE}: all the rows (and their blacklistings) or, with any error, none. */
class ImportModerationCommandTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void startCli() {
        cli = new CliRun(dir);
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            Organization o = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация", "", "", "", "", false, "", false));
            new PageRepository(db).add(new Page(0, o.id(), Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1),
                    null, null));
        }
    }

    private int[] recordsAndListed() {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            ModerationRepository m = new ModerationRepository(db);
            return new int[] {m.countRecords(), m.blacklistSize()};
        }
    }

    @Test
    void importsAGoodFileAndRefusesABadOneWhole() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), """
                Дата;Адрес страницы;Автор;Текст;Основания;Действие
                20.11.2026 10:30;vk.com/club210001;Иван Сидоров;мат;Нецензурные выражения;Внести автора в чёрный список
                21.11.2026 11:00;vk.com/club210001;Мария;Продам гараж;Реклама;Комментарий удалён
                """);
        assertThat(cli.run("import", "moderation", good.toString())).isZero();
        assertThat(cli.out()).contains("Загружено записей модерации: 2.");
        assertThat(recordsAndListed()).containsExactly(2, 1);

        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                Дата;Адрес страницы;Автор;Текст;Основания;Действие
                22.11.2026 10:30;vk.com/club210001;Пётр;спам;Спам;удалён
                22.11.2026 11:30;vk.com/club210001;Пётр;спам;Спам, Ругань;удалён
                """);
        assertThat(cli.run("import", "moderation", bad.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Строка 3").contains("«Ругань» — не основание").contains("не загружен");
        assertThat(recordsAndListed()).containsExactly(2, 1);

        assertThat(cli.run("import", "moderation")).isEqualTo(2);
        assertThat(cli.err()).contains("import moderation");
        assertThat(cli.run("import", "moderation", dir.resolve("absent.csv").toString())).isEqualTo(1);
    }

    /** Issue 21, failure 12: the same file twice adds nothing the second time and says so; a repeated row is skipped. */
    @Test
    void theSameFileTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = Files.writeString(dir.resolve("обход.csv"), """
                Дата;Адрес страницы;Автор;Текст;Основания;Действие
                20.11.2026 10:30;vk.com/club210001;Иван Сидоров;мат;Нецензурные выражения;Внести автора в чёрный список
                21.11.2026 11:00;vk.com/club210001;Мария;Продам гараж;Реклама;Комментарий удалён
                21.11.2026 11:00;vk.com/club210001;Мария;Продам гараж;Реклама;Комментарий удалён
                """);
        assertThat(cli.run("import", "moderation", file.toString())).isZero();
        assertThat(cli.err()).contains("Строка 4", "та же запись, что в строке 3");
        assertThat(recordsAndListed()).containsExactly(2, 1);

        assertThat(cli.run("import", "moderation", file.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("уже есть в журнале", "Ничего не добавлено");
        assertThat(recordsAndListed()).containsExactly(2, 1);

        Path more = Files.writeString(dir.resolve("ещё.csv"), """
                Дата;Адрес страницы;Автор;Текст;Основания;Действие
                21.11.2026 11:00;vk.com/club210001;Мария;Продам гараж;Реклама;Комментарий удалён
                22.11.2026 09:00;vk.com/club210001;Пётр;Спам;Спам;Комментарий удалён
                """);
        assertThat(cli.run("import", "moderation", more.toString())).isZero();
        assertThat(cli.err()).contains("Строка 2", "такая запись уже есть в журнале");
        assertThat(recordsAndListed()).containsExactly(3, 1);
    }
}
