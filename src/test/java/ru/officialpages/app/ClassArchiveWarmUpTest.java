package ru.officialpages.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run of the installed program loads the listed classes so that its class-data archive holds them. */
class ClassArchiveWarmUpTest {
    @TempDir
    Path dir;

    /** Records what it is asked to load, and loads it as its parent would. */
    static final class RecordingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        RecordingLoader() {
            super(ClassArchiveWarmUpTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void loadsTheListedClassesAndSkipsWhatIsGone() throws Exception {
        Path list = Files.writeString(dir.resolve("official-pages.classes"), """
                # made by installer/linux/build-app-image.sh
                java.util.ArrayList

                ru.officialpages.domain.Page
                ru.officialpages.NoSuchClassAnyMore
                """);
        RecordingLoader loader = new RecordingLoader();

        int loaded = ClassArchiveWarmUp.load(list, loader);

        assertThat(loaded).isEqualTo(2);
        assertThat(loader.asked).containsExactly("java.util.ArrayList", "ru.officialpages.domain.Page",
                "ru.officialpages.NoSuchClassAnyMore");
    }

    @Test
    void onlyTheRunThatWritesTheArchiveLoads() throws Exception {
        Path list = Files.writeString(dir.resolve("official-pages.classes"), "java.util.ArrayList\n");
        Path archive = dir.resolve("cache/official-pages-0.1.0-1.jsa");

        Optional<Thread> first = ClassArchiveWarmUp.startIfArchiveMissing(archive.toString(), list.toString());
        assertThat(first).isPresent();
        ClassArchiveWarmUp.awaitBeforeExit(first);
        assertThat(first.get().isAlive()).isFalse();

        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        assertThat(ClassArchiveWarmUp.startIfArchiveMissing(archive.toString(), list.toString())).isEmpty();
        // Started without the installer's options, or with a path the launcher could not expand: nothing to do.
        assertThat(ClassArchiveWarmUp.startIfArchiveMissing(null, list.toString())).isEmpty();
        assertThat(ClassArchiveWarmUp.startIfArchiveMissing("$HOME/x.jsa", list.toString())).isEmpty();
        assertThat(ClassArchiveWarmUp.startIfArchiveMissing(dir.resolve("none.jsa").toString(),
                dir.resolve("no-list").toString())).isEmpty();
    }
}
