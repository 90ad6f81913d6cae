package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.officialpages.storage.Database;
import ru.officialpages.storage.SqlDumps;

/**
 * Moving the data to a new PC from the command line (issue 9): {@code export --out} on the old one,
 * {@code import all} on the new one; and files from a newer program refused, the data untouched.
 */
class DataTransferCommandsTest {
    @TempDir
    Path dir;

    private static Map<String, List<String>> dump(Path folder) {
        try (Database db = Database.open(folder.resolve("official-pages.db"))) {
            return SqlDumps.of(db);
        }
    }

    @Test
    void exportOnOnePcAndImportAllOnAnotherGiveTheSameData() throws Exception {
        CliRun old = new CliRun(dir.resolve("old"));
        assertThat(old.demoData()).isZero();
        Path file = dir.resolve("перенос.xlsx");
        assertThat(old.run("export", "--out", file.toString())).isZero();
        assertThat(old.out()).contains("Выгрузка сохранена", "перенос.xlsx");
        assertThat(old.run("export", "--out", file.toString())).isEqualTo(1);
        assertThat(old.err()).contains("уже существует");

        CliRun fresh = new CliRun(dir.resolve("new"));
        assertThat(fresh.run("import", "all", file.toString())).isZero();
        assertThat(fresh.out()).contains("Загружено строк данных");
        assertThat(dump(dir.resolve("new"))).isEqualTo(dump(dir.resolve("old")));

        assertThat(fresh.run("import", "all", file.toString())).isEqualTo(1);
        assertThat(fresh.err()).contains("только в пустую базу", "Ничего не изменено");
    }

    @Test
    void aBadWorkbookIsRefusedWithItsSheetAndNothingLoaded() throws Exception {
        Path file = Files.write(dir.resolve("не то.xlsx"), new byte[] {'P', 'K', 3, 4, 0});
        CliRun fresh = new CliRun(dir.resolve("new"));
        assertThat(fresh.run("import", "all", file.toString())).isEqualTo(1);
        assertThat(fresh.err()).contains("не удалось прочитать", "Ничего не загружено");
        assertThat(fresh.run("import", "all", dir.resolve("нет такого.xlsx").toString())).isEqualTo(1);
        assertThat(fresh.err()).contains("не найден");
        assertThat(fresh.run("export")).isEqualTo(2);
    }

    @Test
    void helpNamesTheNewCommands() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("export", "export --out ФАЙЛ.xlsx", "import all");
    }

    @Test
    void aCopyMadeByANewerProgramIsNotRestoredAndTheDataStay() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        assertThat(cli.demoData()).isZero();
        Path copy = dir.resolve("из будущего.db");
        assertThat(cli.run("backup", "--out", copy.toString())).isZero();
        try (Database future = Database.open(copy)) {
            SqlDumps.markAsNewer(future);
        }
        Path data = dir.resolve("data").resolve("official-pages.db");
        byte[] before = Files.readAllBytes(data);
        assertThat(cli.run("restore", copy.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("сделана более новой версией программы", "ваши данные не изменились");
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }

    @Test
    void aDataFileFromANewerProgramIsNotOpenedNorChanged() throws Exception {
        CliRun cli = new CliRun(dir.resolve("data"));
        assertThat(cli.demoData()).isZero();
        Path data = dir.resolve("data").resolve("official-pages.db");
        try (Database db = Database.open(data)) {
            SqlDumps.markAsNewer(db);
        }
        byte[] before = Files.readAllBytes(data);
        assertThat(cli.run("export", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("создан более новой версией программы", "Программа его не изменяла");
        assertThat(cli.run("demo")).isEqualTo(1);
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }
}
