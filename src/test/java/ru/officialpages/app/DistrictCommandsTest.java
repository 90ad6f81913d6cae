package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.storage.ServerAddress;
import ru.officialpages.storage.TestServer;

/**
 * A district set up from the command line (issue 19): `district init`, a settlement moved in from its
 * SQLite program's full export, the program run against the server with `--db` as that settlement.
 */
class DistrictCommandsTest {
    private static final String PASSWORD = "пароль-123";
    @TempDir
    Path dir;

    private static String url(ServerAddress a, String login, String password) {
        return "postgresql://" + login + (password.isEmpty() ? "" : ":" + password) + "@" + a.host() + ":" + a.port() + "/" + a.database();
    }

    @Test
    void aDistrictIsSetUpAndASettlementMovesItsDataIn() throws Exception {
        ServerAddress server = TestServer.freshDatabase();
        String owner = url(server, server.login(), "");
        CliRun cli = new CliRun(dir.resolve("admin"));

        assertThat(cli.run("--db", owner, "district", "init", "--name", "Кожевниковский район")).isZero();
        assertThat(cli.out()).contains("«Кожевниковский район» настроена");
        assertThat(cli.run("--db", owner, "district", "init", "--name", "Кожевниковский район")).isZero();
        assertThat(cli.out()).contains("уже настроена", "ничего не изменено");

        // The settlement's own program, until now on SQLite: its full export.
        CliRun village = new CliRun(dir.resolve("berezovka"));
        assertThat(village.demoData()).isZero();
        Path export = dir.resolve("берёзовка.xlsx");
        assertThat(village.run("export", "--out", export.toString())).isZero();

        String login = TestServer.newLogin("berezovka");
        assertThat(cli.run("--db", owner, "district", "add-settlement", "--name", "Берёзовское сельское поселение",
                "--login", login, "--password", PASSWORD, "--from", export.toString())).isZero();
        assertThat(cli.out()).contains("«Берёзовское сельское поселение» добавлено", login);
        String coordinator = TestServer.newLogin("rayon");
        assertThat(cli.run("--db", owner, "district", "add-coordinator", "--login", coordinator, "--password", PASSWORD)).isZero();
        assertThat(cli.run("--db", owner, "district", "list")).isZero();
        assertThat(cli.out()).contains("Кожевниковский район", "Берёзовское сельское поселение: " + login, "координатор: " + coordinator);

        // The specialist works against the server: the same data comes back out of it.
        CliRun specialist = new CliRun(dir.resolve("specialist"));
        Path again = dir.resolve("с сервера.xlsx");
        assertThat(specialist.run("--db", url(server, login, PASSWORD), "export", "--out", again.toString())).isZero();
        assertThat(specialist.out()).contains("Выгрузка сохранена");
        assertThat(Files.size(again)).isGreaterThan(5_000);
        assertThat(village.out()).isNotEmpty();

        // The specialist marks the quarterly registry placed on the website (novoaltaysk-608 §3.5), the day after the
        // quarter: the coordinator's report says so. A day inside the quarter is refused; the coordinator changes nothing.
        java.time.LocalDate lastWeek = java.time.LocalDate.now().minusWeeks(1);
        ru.officialpages.rules.RegistryDeadline registry = ru.officialpages.rules.RegistryDeadline.lastEnded(
                ru.officialpages.rules.IsoWeek.of(lastWeek).sunday());
        String quarter = registry.year() + "-Q" + registry.quarter();
        java.time.LocalDate placed = registry.asOf().plusDays(1);
        assertThat(specialist.run("--db", url(server, login, PASSWORD), "report", "registry", "--quarter", quarter,
                "--placed", registry.asOf().toString())).isEqualTo(1);
        assertThat(specialist.err()).contains("ещё не кончился");
        assertThat(specialist.run("--db", url(server, coordinator, PASSWORD), "report", "registry", "--quarter", quarter,
                "--placed", placed.toString())).isEqualTo(1);
        assertThat(specialist.run("--db", url(server, login, PASSWORD), "report", "registry", "--quarter", quarter,
                "--placed", ru.officialpages.i18n.RuFormat.date(placed), "--url", "https://berezovka.ru/reestr")).as(specialist.err()).isZero();
        assertThat(specialist.out()).contains("Отмечено", "размещён " + ru.officialpages.i18n.RuFormat.date(placed));

        // The coordinator's week over the district; a settlement's login has no right to it.
        Path report = dir.resolve("район.xlsx");
        String week = lastWeek.toString();
        assertThat(specialist.run("--db", url(server, coordinator, PASSWORD), "report", "district", "--week", week,
                "--out", report.toString())).as(specialist.err()).isZero();
        assertThat(specialist.out()).contains("Сводка по району сохранена");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(report.toFile())) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            StringBuilder settlements = new StringBuilder();
            book.getSheet("Поселения").forEach(r -> r.forEach(c -> settlements.append(formatter.formatCellValue(c)).append('|')));
            assertThat(settlements).contains("Кожевниковский район", "Берёзовское сельское поселение");
            // The registry of the quarter last ended by the week's end: its pages per settlement and its placement.
            var header = book.getSheet("Поселения").getRow(findRow(book.getSheet("Поселения"), "Поселение"));
            int registryColumn = -1;
            for (var cell : header) {
                if (formatter.formatCellValue(cell).startsWith("Реестр за ")) {
                    registryColumn = cell.getColumnIndex();
                }
            }
            assertThat(registryColumn).isPositive();
            assertThat(formatter.formatCellValue(header.getCell(registryColumn))).matches("Реестр за [1-4] кв\\. 20\\d\\d: страниц");
            var row = book.getSheet("Поселения").getRow(findRow(book.getSheet("Поселения"), "Берёзовское сельское поселение"));
            assertThat(row.getCell(registryColumn).getNumericCellValue()).isGreaterThanOrEqualTo(0);
            assertThat(formatter.formatCellValue(row.getCell(registryColumn + 1)))
                    .isEqualTo("размещён " + ru.officialpages.i18n.RuFormat.date(placed));
            assertThat(formatter.formatCellValue(header.getCell(registryColumn + 1))).startsWith("Размещён на сайте к 25.");
            StringBuilder pages = new StringBuilder();
            book.getSheet("Страницы").forEach(r -> r.forEach(c -> pages.append(formatter.formatCellValue(c)).append('|')));
            assertThat(pages).contains("Берёзовское сельское поселение|", "ВКонтакте", "Норма", "Выполнено");
        }
        Path refused = dir.resolve("не положено.xlsx");
        assertThat(specialist.run("--db", url(server, login, PASSWORD), "report", "district", "--week", week,
                "--out", refused.toString())).isEqualTo(1);
        assertThat(specialist.err()).contains("Нет прав");
        assertThat(refused).doesNotExist();

        // A second settlement's export numbers its rows from 1 as the first one's did (here: the very same
        // rows): it moves in beside it, its ids above every id there is, and neither sees the other's rows.
        String ishtan = TestServer.newLogin("ishtan");
        assertThat(cli.run("--db", owner, "district", "add-settlement", "--name", "Иштанское сельское поселение",
                "--login", ishtan, "--password", PASSWORD, "--from", export.toString())).as(cli.err()).isZero();
        Path ishtanExport = dir.resolve("иштан с сервера.xlsx");
        assertThat(specialist.run("--db", url(server, ishtan, PASSWORD), "export", "--out", ishtanExport.toString())).isZero();
        assertThat(rowsOf(ishtanExport, "Публикации")).isEqualTo(rowsOf(export, "Публикации")).isPositive();
        Path berezovkaAgain = dir.resolve("берёзовка снова.xlsx");
        assertThat(specialist.run("--db", url(server, login, PASSWORD), "export", "--out", berezovkaAgain.toString())).isZero();
        assertThat(rowsOf(berezovkaAgain, "Публикации")).isEqualTo(rowsOf(export, "Публикации"));

        // A file whose post names a page it lacks is refused whole, with nothing added.
        Path broken = dir.resolve("сломанная.xlsx");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(export.toFile())) {
            var sheet = book.getSheet("Публикации");
            var header = sheet.getRow(findRow(sheet, "Номер"));
            int pageColumn = -1;
            for (var cell : header) {
                if (cell.toString().equals("Номер страницы")) {
                    pageColumn = cell.getColumnIndex();
                }
            }
            sheet.getRow(header.getRowNum() + 1).getCell(pageColumn).setCellValue(999_999);
            try (var outFile = Files.newOutputStream(broken)) {
                book.write(outFile);
            }
        }
        assertThat(cli.run("--db", owner, "district", "add-settlement", "--name", "Вороновское сельское поселение",
                "--login", TestServer.newLogin("voronovo"), "--password", PASSWORD, "--from", broken.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("не загружена", "ничего не изменилось");
        assertThat(cli.run("--db", owner, "district", "list")).isZero();
        assertThat(cli.out()).contains("Иштанское").doesNotContain("Вороновское");
    }

    /** `district init` run on the owner's address: the administrator's command line, ready for settlements. */
    private CliRun initialised(String owner) {
        CliRun cli = new CliRun(dir.resolve("admin"));
        assertThat(cli.run("--db", owner, "district", "init", "--name", "Кожевниковский район")).isZero();
        return cli;
    }

    private static int rowsOf(Path workbook, String sheet) throws Exception {
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile())) {
            var s = book.getSheet(sheet);
            return s.getLastRowNum() - findRow(s, "Номер");
        }
    }

    private static int findRow(org.apache.poi.ss.usermodel.Sheet sheet, String first) {
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        for (var row : sheet) {
            if (row.getCell(0) != null && formatter.formatCellValue(row.getCell(0)).equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void passwordsCanStayOffTheCommandLine() {
        ServerAddress server = TestServer.freshDatabase();
        String owner = url(server, server.login(), "");
        CliRun cli = initialised(owner);

        // A new login's password from standard input (a script's pipe) or from the environment, not from --password.
        String login = TestServer.newLogin("berezovka");
        assertThat(cli.run(new java.io.ByteArrayInputStream((PASSWORD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "--db", owner, "district", "add-settlement", "--name", "Берёзовское сельское поселение", "--login", login))
                .as(cli.err()).isZero();
        String coordinator = TestServer.newLogin("rayon");
        assertThat(cli.run(java.util.Map.of("OFFICIAL_PAGES_NEW_PASSWORD", PASSWORD), new java.io.ByteArrayInputStream(new byte[0]),
                "--db", owner, "district", "add-coordinator", "--login", coordinator)).as(cli.err()).isZero();
        // Neither: a Russian line that names both ways, and no login.
        String none = TestServer.newLogin("ishtan");
        assertThat(cli.run("--db", owner, "district", "add-settlement", "--name", "Иштанское сельское поселение",
                "--login", none)).isEqualTo(1);
        assertThat(cli.err()).contains("Не задан пароль нового логина " + none, "OFFICIAL_PAGES_NEW_PASSWORD").doesNotContain("Exception");
        assertThat(cli.run("--db", owner, "district", "list")).isZero();
        assertThat(cli.out()).contains(login, coordinator).doesNotContain("Иштанское");

        // The login's own password for --db: from OFFICIAL_PAGES_PASSWORD; without it and without a console, said in Russian.
        CliRun specialist = new CliRun(dir.resolve("specialist"));
        Path export = dir.resolve("с сервера.xlsx");
        assertThat(specialist.run("--db", url(server, login, ""), "export", "--out", export.toString())).isEqualTo(1);
        assertThat(specialist.err()).contains("просит пароль", "OFFICIAL_PAGES_PASSWORD").doesNotContain("Exception", "не отвечает");
        assertThat(export).doesNotExist();
        assertThat(specialist.run(java.util.Map.of("OFFICIAL_PAGES_PASSWORD", PASSWORD), new java.io.ByteArrayInputStream(new byte[0]),
                "--db", url(server, login, ""), "export", "--out", export.toString())).as(specialist.err()).isZero();
        assertThat(export).exists();
        assertThat(specialist.run(java.util.Map.of("OFFICIAL_PAGES_PASSWORD", PASSWORD), new java.io.ByteArrayInputStream(new byte[0]),
                "--db", url(server, coordinator, ""), "district", "list")).isEqualTo(1);
        assertThat(specialist.err()).contains("Нет прав");
    }

    @Test
    void aConnectionLostInTheMiddleOfALoadLeavesNothingHalfWritten() throws Exception {
        ServerAddress server = TestServer.freshDatabase();
        String owner = url(server, server.login(), "");
        CliRun cli = initialised(owner);
        String login = TestServer.newLogin("berezovka");
        assertThat(cli.run("--db", owner, "district", "add-settlement", "--name", "Берёзовское сельское поселение",
                "--login", login, "--password", PASSWORD)).isZero();
        CliRun village = new CliRun(dir.resolve("berezovka"));
        assertThat(village.demoData()).isZero();
        Path export = dir.resolve("берёзовка.xlsx");
        assertThat(village.run("export", "--out", export.toString())).isZero();

        // The server ends the specialist's session (a restart, the administrator, the network) when the load
        // has written its pages and is writing the posts.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.login(), "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION cut_connection() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS"
                    + " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
            s.execute("CREATE TRIGGER cut_connection AFTER INSERT ON post FOR EACH ROW EXECUTE FUNCTION cut_connection()");
        }
        CliRun specialist = new CliRun(dir.resolve("specialist"));
        String mine = url(server, login, PASSWORD);
        assertThat(specialist.run("--db", mine, "import", "all", export.toString())).isEqualTo(1);
        assertThat(specialist.err()).contains("Связь с районной базой потеряна", "ничего не записано наполовину")
                .doesNotContain("Exception", "\tat ");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.jdbcUrl(), server.login(), "");
             java.sql.Statement s = c.createStatement()) {
            for (String table : java.util.List.of("organization", "page", "post")) {
                try (java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
            }
            s.execute("DROP TRIGGER cut_connection ON post");
        }
        // The server back: the same command, connecting anew, loads the whole file.
        assertThat(specialist.run("--db", mine, "import", "all", export.toString())).as(specialist.err()).isZero();
        Path again = dir.resolve("с сервера.xlsx");
        assertThat(specialist.run("--db", mine, "export", "--out", again.toString())).isZero();
        assertThat(rowsOf(again, "Публикации")).isEqualTo(rowsOf(export, "Публикации")).isPositive();
    }

    @Test
    void wrongLoginNoServerAndBackupsAreSaidInRussianWithExitCodeOne() {
        ServerAddress server = TestServer.freshDatabase();
        CliRun cli = new CliRun(dir.resolve("x"));
        assertThat(cli.run("--db", url(server, "nobody", "wrong"), "export", "--out", dir.resolve("a.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("не принял логин или пароль").doesNotContain("Exception", "\tat ");
        assertThat(cli.run("--db", "postgresql://a:b@127.0.0.1:1/x", "export", "--out", dir.resolve("a.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("не отвечает").doesNotContain("Exception");
        assertThat(cli.run("--db", "mysql://a@b/c", "export", "--out", dir.resolve("a.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("не адрес районной базы");
        assertThat(cli.run("--db", url(server, server.login(), ""), "backup")).isEqualTo(1);
        assertThat(cli.err()).contains("pg_dump", "export --out");
        assertThat(cli.run("--db", url(server, server.login(), ""), "restore", "x.db")).isEqualTo(1);
        assertThat(cli.err()).contains("администратор");
        assertThat(cli.run("district", "list")).isEqualTo(1);
        assertThat(cli.err()).contains("только с районной базой");
    }
}
