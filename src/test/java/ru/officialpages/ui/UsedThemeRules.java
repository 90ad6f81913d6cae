package ru.officialpages.ui;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * AtlantaFX's theme without the rules that can never match in this program (issue 20: the styling of the first
 * frame walks every rule set keyed on the style classes a node might have, and loading the theme splits all of
 * them by selector). A selector is kept when each style class it names can be put on a node by the program:
 * when it is a word of a string constant of the program's classes, or of a class they reach through the class
 * files of the libraries that work with JavaFX (JavaFX itself, AtlantaFX, RichTextFX…) — a control's skin and
 * the controls inside it (ChoiceDialog's ChoiceBox, DatePicker's popup) included — or starts with a constant
 * that is joined to a changing part ({@code "plan-chip-" + status}). AtlantaFX's {@code Styles} is not read:
 * its constants are copied into the classes that use them. Kept rules keep their declarations as written.
 */
final class UsedThemeRules {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][\\w-]*");
    private static final Pattern WORD_AT_END = Pattern.compile("[A-Za-z_][\\w-]*$");
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+);");
    private static final String NOT_READ = "atlantafx/base/theme/Styles";

    private final Set<String> words = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    private UsedThemeRules(Set<String> constants) {
        for (String s : constants) {
            // A string joined by invokedynamic keeps its constant parts with \1 where a value goes.
            String[] parts = s.split("\u0001", -1);
            for (int i = 0; i < parts.length - 1; i++) {
                Matcher m = WORD_AT_END.matcher(parts[i]);
                if (m.find()) {
                    prefixes.add(m.group());
                }
            }
            Matcher m = WORD.matcher(s.replace('\u0001', ' '));
            while (m.find()) {
                words.add(m.group());
            }
        }
    }

    /** What the program's classes (a folder) and the class path's jars can put on a node. */
    static UsedThemeRules of(Path programClasses, List<Path> jars) throws IOException {
        Map<String, Constants> library = new HashMap<>();
        for (Path jar : jars) {
            Map<String, Constants> own = new HashMap<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF")) {
                        try (InputStream in = zip.getInputStream(e)) {
                            own.put(e.getName().substring(0, e.getName().length() - 6), Constants.read(in.readAllBytes()));
                        }
                    }
                }
            }
            if (own.values().stream().anyMatch(c -> c.types().stream().anyMatch(t -> t.startsWith("javafx/")))) {
                library.putAll(own);
            }
        }
        Set<String> strings = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        try (Stream<Path> files = Files.walk(programClasses)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Constants c = Constants.read(Files.readAllBytes(f));
                strings.addAll(c.strings());
                todo.addAll(c.types());
            }
        }
        Set<String> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            String type = todo.pop();
            Constants c = library.get(type);
            if (c != null && reached.add(type)) {
                if (!type.equals(NOT_READ)) {
                    strings.addAll(c.strings());
                }
                todo.addAll(c.types());
            }
        }
        return new UsedThemeRules(strings);
    }

    boolean canBeOnNode(String styleClass) {
        return words.contains(styleClass) || prefixes.stream().anyMatch(styleClass::startsWith);
    }

    /** The stylesheet with only the selectors whose style classes can all be on a node; comments left out. */
    String trim(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
            List<String> kept = new ArrayList<>();
            for (String selector : rule.group(1).split(",")) {
                String s = selector.strip();
                Matcher c = STYLE_CLASS.matcher(s.replaceAll("\\([^)]*\\)", ""));
                boolean possible = true;
                while (possible && c.find()) {
                    possible = canBeOnNode(c.group(1));
                }
                if (possible) {
                    kept.add(s);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.group(2)).append("}\n");
            }
        }
        return out.toString();
    }

    /** The classes a class file names (its own references and the types in its signatures) and its string constants. */
    record Constants(Set<String> types, Set<String> strings) {
        static Constants read(byte[] classFile) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            in.skipBytes(8);
            int count = in.readUnsignedShort();
            String[] utf = new String[count];
            List<Integer> classIndexes = new ArrayList<>();
            List<Integer> stringIndexes = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf[i] = in.readUTF();
                    case 7 -> classIndexes.add(in.readUnsignedShort());
                    case 8 -> stringIndexes.add(in.readUnsignedShort());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    case 15 -> in.skipBytes(3);
                    case 16, 19, 20 -> in.skipBytes(2);
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            Set<String> types = new HashSet<>();
            for (int i : classIndexes) {
                types.add(utf[i].replaceAll("^\\[+L?|;$", ""));
            }
            for (String u : utf) {
                if (u != null) {
                    Matcher m = TYPE_IN_DESCRIPTOR.matcher(u);
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
            Set<String> strings = new HashSet<>();
            for (int i : stringIndexes) {
                strings.add(utf[i]);
            }
            return new Constants(types, strings);
        }
    }
}
