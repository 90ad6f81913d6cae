package ru.officialpages.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/performance.md: each benchmark owns a section between markers and rewrites only it,
 * so benchmarks can run one at a time.
 */
public final class PerformanceDoc {
    private final Path file;

    public PerformanceDoc(Path file) {
        this.file = file;
    }

    public void replaceSection(String name, String body) throws IOException {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Производительность\n";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        String section = begin + "\n" + body.strip() + "\n" + end;
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + section + text.substring(e + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + section + "\n";
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
