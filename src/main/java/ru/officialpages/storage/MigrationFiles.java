package ru.officialpages.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The versions of the migration scripts shipped in the program, read from the jar (or the classes
 * folder in development) without starting Flyway, so a database already up to date opens
 * without paying for Flyway's start (about a third of a second on an office PC).
 */
final class MigrationFiles {
    /** The scripts both engines run. */
    static final String FOLDER = "ru/officialpages/db/migration";
    /** Each engine's own version of a script whose SQL differs (identity columns, full-text search). */
    static final String SQLITE = "ru/officialpages/db/sqlite";
    static final String POSTGRESQL = "ru/officialpages/db/postgresql";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[^/]*\\.sql");

    private MigrationFiles() {
    }

    /** The highest version shipped for a SQLite file, e.g. 2 for V2__calendar.sql. */
    static int latestVersion() {
        return latestVersion(SQLITE);
    }

    /** The highest version shipped for the engine whose own scripts are in {@code engineFolder}. */
    static int latestVersion(String engineFolder) {
        List<Integer> versions = new ArrayList<>(versionsIn(FOLDER));
        versions.addAll(versionsIn(engineFolder));
        if (versions.isEmpty()) {
            throw new IllegalStateException("no migrations found in " + FOLDER);
        }
        return Collections.max(versions);
    }

    /** The versions a SQLite file goes through: the common scripts and SQLite's own. */
    static List<Integer> versions() {
        List<Integer> all = new ArrayList<>(versionsIn(FOLDER));
        all.addAll(versionsIn(SQLITE));
        return all;
    }

    /** Each folder's versions; the program's jar is listed once, not once per folder and per question. */
    private static final Map<String, List<Integer>> LISTED = new ConcurrentHashMap<>();

    private static List<Integer> versionsIn(String folder) {
        List<Integer> listed = LISTED.get(folder);
        if (listed == null) {
            listed = list(folder);
            LISTED.putIfAbsent(folder, listed);
        }
        return listed;
    }

    private static List<Integer> list(String folder) {
        URL url = MigrationFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String path = url.getPath();
                Path jar = Path.of(new URL(path.substring(0, path.indexOf("!/"))).toURI());
                Map<String, List<Integer>> byFolder = new HashMap<>();
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        for (String known : List.of(FOLDER, SQLITE, POSTGRESQL)) {
                            if (name.startsWith(known + "/")) {
                                add(byFolder.computeIfAbsent(known, k -> new ArrayList<>()), name.substring(known.length() + 1));
                            }
                        }
                    }
                }
                for (String known : List.of(FOLDER, SQLITE, POSTGRESQL)) {
                    LISTED.putIfAbsent(known, List.copyOf(byFolder.getOrDefault(known, List.of())));
                }
                return List.copyOf(byFolder.getOrDefault(folder, List.of()));
            }
            List<Integer> found = new ArrayList<>();
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.forEach(f -> add(found, f.getFileName().toString()));
            }
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<Integer> found, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (m.matches()) {
            found.add(Integer.parseInt(m.group(1)));
        }
    }
}
