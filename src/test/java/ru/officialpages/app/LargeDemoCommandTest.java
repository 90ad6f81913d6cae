package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo --size large} refuses what it must refuse; the filling itself is LargeDemoTest's. */
class LargeDemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownSizeIsAUsageError() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("demo", "--size", "huge")).isEqualTo(2);
        assertThat(cli.err()).contains("Неизвестный размер «huge»", "--size large");
    }

    @Test
    void refusesAFolderThatHasData() {
        CliRun cli = new CliRun(dir);
        assertThat(cli.run("demo", "--size=small")).isZero();
        assertThat(cli.out()).contains("организаций — 4");

        assertThat(cli.run("demo", "--size", "large")).isEqualTo(1);
        assertThat(cli.err()).contains("большой пример загружается только в пустую базу");
    }
}
