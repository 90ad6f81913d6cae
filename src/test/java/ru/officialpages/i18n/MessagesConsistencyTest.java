package ru.officialpages.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.officialpages.domain.NormPreset;
import ru.officialpages.domain.OrganizationKind;

/**
 * Every key the code asks for exists, and every key in the bundle is asked for somewhere:
 * literally, or through a prefix the code completes (e.g. "preset." + name).
 */
class MessagesConsistencyTest {
    private static final Pattern TR_CALL = Pattern.compile("Tr\\.(?:tr|count)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)*\\.?)\"");
    private static Properties bundle;
    private static String sources;

    @BeforeAll
    static void load() throws IOException {
        bundle = new Properties();
        try (InputStream in = Tr.class.getResourceAsStream("messages.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        sources = all.toString();
    }

    @Test
    void everyLiteralKeyInATrCallExists() {
        Set<String> missing = new TreeSet<>();
        Matcher m = TR_CALL.matcher(sources);
        int calls = 0;
        while (m.find()) {
            calls++;
            String key = m.group(1);
            if (!key.endsWith(".") && !bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(calls).as("Tr calls found").isGreaterThan(50);
        assertThat(missing).as("keys used in code but absent from messages.properties").isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExist() {
        Set<String> missing = new TreeSet<>();
        for (OrganizationKind k : OrganizationKind.values()) {
            require(missing, "org.kind." + k.name());
        }
        for (NormPreset p : NormPreset.values()) {
            require(missing, "preset." + p.name());
            require(missing, "preset.hint." + p.name());
        }
        for (String screen : new String[] {"today", "pages", "plan", "posts", "moderation", "messages", "reports", "settings"}) {
            require(missing, "screen." + screen);
            if (!screen.equals("settings") && !screen.equals("posts") && !screen.equals("plan")
                    && !screen.equals("today") && !screen.equals("moderation")) {
                require(missing, "empty." + screen + ".title");
                require(missing, "empty." + screen + ".text");
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void require(Set<String> missing, String key) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }

    @Test
    void noKeyIsUnused() {
        Set<String> literals = new HashSet<>();
        Matcher m = LITERAL.matcher(sources);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> prefixes = new HashSet<>();
        for (String l : literals) {
            if (l.endsWith(".")) {
                prefixes.add(l);
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void noEnglishLeftInTheBundle() {
        Set<String> english = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            boolean hasCyrillic = text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            // Brand names (Telegram, MAX) are short; a pattern of placeholders has no letters at all.
            boolean hasWords = text.replaceAll("\\{\\d+}", "").matches("(?s).*[A-Za-z]{3,}.*");
            boolean isName = text.matches("[A-Za-z0-9 .+@:/-]{1,12}");
            if (!hasCyrillic && hasWords && !isName) {
                english.add(key + "=" + text);
            }
        }
        assertThat(english).isEmpty();
    }
}
