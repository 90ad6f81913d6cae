package ru.officialpages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, failures 1 and 8: no output lands on the program's data, and none replaces a file nobody confirmed. */
class OutputTargetTest {
    private static final byte[] SQLITE = "SQLite format 3\0 and then pages".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private static void write(Path target, String text) {
        AtomicFileWrite.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDatabaseItsJournalsTheLockAndTheProgramFoldersAreRefused() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.write(data.resolve("official-pages.db"), SQLITE);
        Files.createDirectories(data.resolve("logs"));
        Files.createDirectories(data.resolve("backups"));
        for (Path target : new Path[] {data.resolve("official-pages.db"), data.resolve("official-pages.db-wal"),
                data.resolve("official-pages.db-shm"), data.resolve(".lock"), data.resolve("logs/official-pages.log"),
                data.resolve("backups/отчёт.xlsx"), dir.resolve("official-pages-2026-12-01-090000-manual.db")}) {
            assertThatThrownBy(() -> write(target, "report")).as(target.toString())
                    .isInstanceOf(SpreadsheetWriteException.class)
                    .hasMessageContaining("файл данных программы").hasMessageContaining(target.getFileName().toString());
        }
        assertThat(Files.readAllBytes(data.resolve("official-pages.db"))).isEqualTo(SQLITE);
        assertThat(Files.exists(data.resolve("official-pages.db-wal"))).isFalse();
        assertThat(Files.exists(data.resolve("backups/отчёт.xlsx"))).isFalse();
        // A new report beside the database is fine: only the program's own names are kept.
        write(data.resolve("отчёт.xlsx"), "report");
        assertThat(Files.readString(data.resolve("отчёт.xlsx"))).isEqualTo("report");
    }

    @Test
    void anySqliteFileAnywhereIsNeverReplaced() throws Exception {
        Path copy = Files.write(dir.resolve("копия.xlsx"), SQLITE);
        assertThatThrownBy(() -> write(copy, "report")).isInstanceOf(SpreadsheetWriteException.class);
        assertThat(Files.readAllBytes(copy)).isEqualTo(SQLITE);
    }

    @Test
    void aFileCreatedAtTheTargetDuringTheWriteIsKeptAndTheWriteRefused() throws Exception {
        Path target = dir.resolve("выгрузка.xlsx");
        assertThatThrownBy(() -> AtomicFileWrite.write(target, out -> {
            out.write("mine".getBytes(StandardCharsets.UTF_8));
            Files.writeString(target, "someone else's");
        })).isInstanceOf(SpreadsheetWriteException.class).hasMessageContaining("появился другой файл")
                .hasMessageContaining("выгрузка.xlsx");
        assertThat(Files.readString(target)).isEqualTo("someone else's");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("выгрузка.xlsx");
        }
    }

    @Test
    void anOrdinaryFileTheUserChoseIsReplacedWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("отчёт.xlsx"), "old");
        write(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void theCommandLineRefusesAnyExistingFile() throws Exception {
        Path target = Files.writeString(dir.resolve("отчёт.xlsx"), "old");
        assertThatThrownBy(() -> OutputTarget.requireNew(target)).isInstanceOf(SpreadsheetWriteException.class)
                .hasMessageContaining("уже существует");
        assertThat(OutputTarget.requireNew(dir.resolve("новый.xlsx"))).isEqualTo(dir.resolve("новый.xlsx").toAbsolutePath());
    }
}
