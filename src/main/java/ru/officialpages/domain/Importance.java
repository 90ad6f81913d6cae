package ru.officialpages.domain;

/** How urgent a citizen's message is: high importance is answered sooner (novokubansky-1740 app.1 §17). */
public enum Importance {
    ORDINARY,
    HIGH
}
