package ru.officialpages.domain;

/** Which messages the list shows: those still awaiting an answer, all, or those done with. */
public enum MessageScope {
    OPEN,
    ALL,
    CLOSED
}
