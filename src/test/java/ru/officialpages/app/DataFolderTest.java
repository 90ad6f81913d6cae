package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @TempDir
    Path dir;
    final Path home = Path.of("/home/user");

    @Test
    void optionWinsOverEnvironment() {
        DataFolder f = DataFolder.resolve("/data/a", Map.of(DataFolder.ENV, "/data/b"), "Linux", home);
        assertThat(f.path()).isEqualTo(Path.of("/data/a"));
    }

    @Test
    void environmentWinsOverDefault() {
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV, "/data/b"), "Linux", home).path())
                .isEqualTo(Path.of("/data/b"));
    }

    @Test
    void linuxDefaultIsUnderLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", home).path())
                .isEqualTo(Path.of("/home/user/.local/share/official-pages"));
    }

    @Test
    void windowsDefaultIsUnderAppData() {
        DataFolder f = DataFolder.resolve(null, Map.of("APPDATA", "/users/anna/AppData/Roaming"), "Windows 10", home);
        assertThat(f.path()).isEqualTo(Path.of("/users/anna/AppData/Roaming/OfficialPages"));
        assertThat(f.database().getFileName().toString()).isEqualTo("official-pages.db");
    }

    @Test
    void preparingCreatesTheFolderAndItsLogs() throws Exception {
        DataFolder f = new DataFolder(dir.resolve("new/sub"));
        f.prepare();
        assertThat(f.logs()).isDirectory();
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedInRussian() throws Exception {
        // A regular file where the folder should be: no user, root included, can create a folder inside it.
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        DataFolder f = new DataFolder(file.resolve("data"));
        assertThatThrownBy(f::prepare)
                .isInstanceOf(DataFolder.DataFolderException.class)
                .hasMessageContaining("Не удаётся записать в папку данных");
    }
}
