package ru.officialpages.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theDriversLibraryIsUnpackedOnceWholeUnderItsVersion() throws Exception {
        Optional<Path> first = SqliteNativeLibrary.unpacked(dir);

        assertThat(first).isPresent();
        Path library = first.get();
        assertThat(library.getParent().getFileName().toString()).startsWith("sqlite-" + SQLiteJDBCLoader.getVersion() + "-");
        byte[] shipped;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            shipped = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(library)).isEqualTo(shipped);
        try (var left = Files.list(library.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(LibraryLoaderUtil.getNativeLibName());
        }

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);
        assertThat(SqliteNativeLibrary.unpacked(dir)).hasValue(library);
        assertThat(Files.getLastModifiedTime(library)).as("the next start uses the copy as it is").isEqualTo(written);
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");

        assertThat(SqliteNativeLibrary.unpacked(notAFolder)).isEmpty();
    }
    @Test
    void thePlatformIsAskedOfTheDriverOnceAndKept() throws Exception {
        String asked = LibraryLoaderUtil.getNativeLibResourcePath();

        assertThat(SqliteNativeLibrary.folderInJar(dir)).isEqualTo(asked);
        Path kept;
        try (var files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().endsWith(".platform")).findFirst().orElseThrow();
        }
        assertThat(kept).hasContent(asked);

        // The next start reads the kept answer instead of asking the driver (which runs `uname` on Linux).
        Files.writeString(kept, "/org/sqlite/native/Elsewhere/cpu");
        assertThat(SqliteNativeLibrary.folderInJar(dir)).isEqualTo("/org/sqlite/native/Elsewhere/cpu");
        // A damaged file is asked again and rewritten.
        Files.writeString(kept, "");
        assertThat(SqliteNativeLibrary.folderInJar(dir)).isEqualTo(asked);
        assertThat(kept).hasContent(asked);
    }
}
