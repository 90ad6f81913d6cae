package ru.officialpages.text;

import java.util.List;
import java.util.Objects;

/**
 * One thing the checker noticed in a text: the characters {@code [start, end)} it is about (a
 * whole-text figure such as readability has {@code start == end == 0}), what kind it is, the
 * fragment as written, a message in Russian and replacements the user may apply with one click
 * (empty when there is no safe one).
 *
 * @param rule a stable name of the rule that fired (a LanguageTool rule id, or ours), for tests and for "ignore this rule"
 */
public record Finding(int start, int end, FindingKind kind, Severity severity, String fragment, String message,
                      List<String> suggestions, String rule) {

    public Finding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(fragment);
        Objects.requireNonNull(message);
        Objects.requireNonNull(rule);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        suggestions = List.copyOf(suggestions);
    }

    /** A finding about {@code text[start, end)}. */
    static Finding of(String text, int start, int end, FindingKind kind, Severity severity, String message,
                      List<String> suggestions, String rule) {
        return new Finding(start, end, kind, severity, text.substring(start, end), message, suggestions, rule);
    }

    /** A finding about the whole text, not a place in it. */
    static Finding aboutWholeText(FindingKind kind, Severity severity, String message, String rule) {
        return new Finding(0, 0, kind, severity, "", message, List.of(), rule);
    }
}
