package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import pages FILE} and {@code report registry …} as a script calls them. */
class PagesCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void startCli() {
        cli = new CliRun(dir.resolve("data"));
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(Charset.forName("windows-1251")));
        return f;
    }

    @Test
    void aFileWithErrorsChangesNothingAndNamesTheLines() throws Exception {
        Path bad = file("bad.csv", "Организация;Адрес страницы;Дата создания\r\n"
                + "Администрация;vk.com/club1;01.02.2024\r\n"
                + "Библиотека;vk.com/feed;вчера\r\n");
        assertThat(run("import", "pages", bad.toString())).isEqualTo(1);
        String e = cli.err();
        assertThat(e).contains("Ничего не изменено")
                .contains("Строка 3: ").contains("«вчера»");
        assertThat(run("report", "registry", "--quarter", "2026-Q3", "--out", dir.resolve("r.xlsx").toString()))
                .isZero();
        assertThat(cli.out()).contains("страниц 0");
    }

    @Test
    void importedPagesGoToTheQuarterlyRegistry() throws Exception {
        Path good = file("good.csv", "Организация;Адрес страницы;Дата создания;Ответственный;Email\r\n"
                + "Администрация;vk.com/club1;01.02.2024;Петрова А. В.;petrova@example.ru\r\n"
                + "Библиотека;t.me/berlib;10.10.2026;;\r\n");
        assertThat(run("import", "pages", good.toString())).isZero();
        assertThat(cli.out()).contains("Администрация: https://vk.com/club1")
                .contains("Загружено страниц: 2; новых организаций: 2.");
        Path report = dir.resolve("Реестр.xlsx");
        assertThat(run("report", "registry", "--quarter", "2026-Q3", "--out", report.toString())).isZero();
        assertThat(cli.out()).contains("III квартал 2026 г.").contains("страниц 1");
        assertThat(Files.size(report)).isPositive();
        assertThat(run("report", "registry", "--quarter", "2026-Q9", "--out", report.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("2026-Q9");
    }
}
