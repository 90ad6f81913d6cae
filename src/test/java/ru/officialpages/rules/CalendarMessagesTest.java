package ru.officialpages.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every {@code calendar.} key used in the sources exists in the bundle, and none there is unused. */
class CalendarMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(calendar\\.[A-Za-z0-9_.]+)\"");

    @Test
    void calendarKeysAreUsedAndDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String pkg : List.of("rules", "imports")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/ru/officialpages", pkg))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/ru/officialpages/i18n/messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> defined = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("calendar.")) {
                defined.add(key);
            }
        }
        assertThat(used).isEqualTo(defined);
    }
}
