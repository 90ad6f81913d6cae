package ru.officialpages.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ru.officialpages.i18n.Tr;

/**
 * Where the expected columns are in a table the user made: names match whatever their case,
 * order, surrounding or doubled spaces and ё/е spelling, because people retype headers.
 * {@code indexes} maps each expected name, as the caller spelled it, to its 0-based column;
 * {@code missing} lists required names not found; {@code unknown} lists headers (as written)
 * that match no expected name; {@code duplicates} lists expected names found more than once
 * (the first one is used).
 */
public record HeaderMap(Map<String, Integer> indexes, List<String> missing, List<String> unknown,
                        Map<String, List<Integer>> duplicates) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    public HeaderMap {
        indexes = Map.copyOf(indexes);
        missing = List.copyOf(missing);
        unknown = List.copyOf(unknown);
        duplicates = Map.copyOf(duplicates);
    }

    public static HeaderMap match(List<String> headers, List<String> required, List<String> optional) {
        Map<String, String> expectedByKey = new LinkedHashMap<>();
        for (String name : required) {
            expectedByKey.put(key(name), name);
        }
        for (String name : optional) {
            expectedByKey.putIfAbsent(key(name), name);
        }
        Map<String, Integer> indexes = new LinkedHashMap<>();
        Map<String, List<Integer>> duplicates = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = clean(headers.get(i));
            if (header.isEmpty()) {
                continue;
            }
            String expected = expectedByKey.get(key(header));
            if (expected == null) {
                unknown.add(header);
            } else if (indexes.containsKey(expected)) {
                duplicates.computeIfAbsent(expected, k -> new ArrayList<>(List.of(indexes.get(k)))).add(i);
            } else {
                indexes.put(expected, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!indexes.containsKey(name)) {
                missing.add(name);
            }
        }
        return new HeaderMap(indexes, missing, unknown, duplicates);
    }

    /** The 0-based column of an expected name, or -1 (which {@link Table.Row#text} reads as ""). */
    public int index(String expected) {
        return indexes.getOrDefault(expected, -1);
    }

    /** Problems that stop an import: required columns missing, a column given twice. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (missing.size() == 1) {
            errors.add(Tr.tr("table.header.missing", missing.get(0)));
        } else if (!missing.isEmpty()) {
            errors.add(Tr.tr("table.header.missingMany", quoted(missing)));
        }
        duplicates.forEach((name, columns) -> {
            List<String> numbers = new ArrayList<>();
            for (int c : columns) {
                numbers.add(String.valueOf(c + 1));
            }
            errors.add(Tr.tr("table.header.duplicate", name, String.join(", ", numbers)));
        });
        return errors;
    }

    /** Things the user should know but that do not stop an import: columns that will be skipped. */
    public List<String> warnings() {
        if (unknown.isEmpty()) {
            return List.of();
        }
        return List.of(unknown.size() == 1
                ? Tr.tr("table.header.unknown", unknown.get(0))
                : Tr.tr("table.header.unknownMany", quoted(unknown)));
    }

    public boolean isUsable() {
        return missing.isEmpty() && duplicates.isEmpty();
    }

    /** A header as shown: no surrounding or doubled spaces, no-break spaces as plain ones. */
    static String clean(String header) {
        return SPACES.matcher(header).replaceAll(" ").strip();
    }

    private static String key(String header) {
        return clean(header).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String quoted(List<String> names) {
        List<String> q = new ArrayList<>(names.size());
        for (String n : names) {
            q.add("«" + n + "»");
        }
        return String.join(", ", q);
    }
}
