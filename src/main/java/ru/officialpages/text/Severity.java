package ru.officialpages.text;

/** How much a finding matters: an error to fix, a warning to weigh, a hint on style, a figure to know. */
public enum Severity {
    ERROR,
    WARNING,
    HINT,
    INFO
}
