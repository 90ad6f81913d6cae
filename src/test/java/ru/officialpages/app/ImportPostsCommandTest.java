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
import ru.officialpages.storage.OrganizationRepository;
import ru.officialpages.storage.PageRepository;
import ru.officialpages.storage.PostRepository;

/** {@code import posts FILE}: all the rows or, with any error, none. */
class ImportPostsCommandTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void startCli() {
        cli = new CliRun(dir);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private int postsInLog() {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            return new PostRepository(db).count();
        }
    }

    @Test
    void importsAGoodFileAndRefusesABadOneWhole() throws Exception {
        try (Database db = Database.open(dir.resolve("official-pages.db"))) {
            Organization o = new OrganizationRepository(db).save(new Organization(0, OrganizationKind.ADMINISTRATION,
                    "Администрация", "", "", "", "", false, "", false));
            new PageRepository(db).add(new Page(0, o.id(), Network.VK, "https://vk.com/club210001", LocalDate.of(2025, 1, 1),
                    null, null));
        }
        Path good = Files.writeString(dir.resolve("good.csv"), """
                Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема
                20.11.2026 10:30;vk.com/club210001;vk.com/wall-210001_7;фото;Субботник
                21.11.2026 11:00;vk.com/club210001;vk.com/wall-210001_8;видео;Итоги
                """);
        assertThat(run("import", "posts", good.toString())).isZero();
        assertThat(cli.out()).contains("Загружено публикаций: 2.");
        assertThat(postsInLog()).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                Дата публикации;Адрес страницы;Ссылка на публикацию;Формат;Тема
                22.11.2026 10:30;vk.com/club210001;vk.com/wall-210001_9;фото;новая
                вчера;vk.com/club210001;vk.com/wall-210001_10;фото;плохая дата
                """);
        assertThat(run("import", "posts", bad.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Строка 3").contains("не загружен");
        assertThat(postsInLog()).isEqualTo(2);

        assertThat(run("import", "comments", good.toString())).isEqualTo(2);
    }
}
