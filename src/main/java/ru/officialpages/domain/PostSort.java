package ru.officialpages.domain;

/** The orders the post log can be sorted in; newest first by default. */
public enum PostSort {
    NEWEST, OLDEST, PAGE, FORMAT, TOPIC
}
