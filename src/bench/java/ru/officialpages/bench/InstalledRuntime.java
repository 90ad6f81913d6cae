package ru.officialpages.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program as the installer starts it (issue 20): the app-image's own runtime (jlink'd from JDK 25)
 * and the JVM options its launcher reads from {@code lib/app/OfficialPages.cfg}, made by
 * installer/linux/build-app-image.sh. The launcher itself only reads that file and starts the JVM
 * with it; starting that runtime's {@code java} with the same options lets the benchmark add
 * {@code -Dprism.order=sw} and start the reference the same way.
 */
record InstalledRuntime(Path java, List<String> options, String classpath) {
    static final Path IMAGE = Path.of("target/installer/OfficialPages");

    /** Reads the app-image's launcher file; {@code home} stands for the user's $HOME (where the archive goes). */
    static InstalledRuntime read(Path home) throws IOException {
        Path app = IMAGE.resolve("lib/app").toAbsolutePath();
        Path cfg = app.resolve("OfficialPages.cfg");
        if (!Files.exists(cfg)) {
            throw new IllegalStateException("no app-image: bash installer/linux/build-app-image.sh");
        }
        List<String> options = new ArrayList<>();
        List<String> cp = new ArrayList<>();
        for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
            String v = line.substring(line.indexOf('=') + 1).replace("$APPDIR", app.toString())
                    .replace("$HOME", home.toAbsolutePath().toString());
            if (line.startsWith("java-options=")) {
                options.add(v);
            } else if (line.startsWith("app.classpath=")) {
                cp.add(v);
            }
        }
        return new InstalledRuntime(IMAGE.resolve("lib/runtime/bin/java").toAbsolutePath(), List.copyOf(options),
                String.join(File.pathSeparator, cp));
    }

    /** The class-data archive the options name. */
    Path archive() {
        return options.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .map(o -> Path.of(o.substring("-XX:SharedArchiveFile=".length()))).orElseThrow();
    }

    /** The same options with the archive kept under another name: the reference's classes are not the program's. */
    List<String> optionsWithArchive(String name) {
        String ours = archive().toString();
        String theirs = archive().resolveSibling(name).toString();
        return options.stream().map(o -> o.replace(ours, theirs)).toList();
    }

    /** java, the options, the class path and then {@code rest}. */
    List<String> command(List<String> options, String classpath, List<String> rest) {
        List<String> c = new ArrayList<>();
        c.add(java.toString());
        c.add("-Dprism.order=sw");
        c.addAll(options);
        c.add("-cp");
        c.add(classpath);
        c.addAll(rest);
        return c;
    }
}
