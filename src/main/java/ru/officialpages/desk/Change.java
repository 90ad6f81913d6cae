package ru.officialpages.desk;

/**
 * What a change touched, so a screen reloads only what it shows. {@code ALL} is for whole-file
 * events (a restore, a full import): every subscriber hears it.
 */
public enum Change {
    PAGES, POSTS, PLAN, MODERATION, MESSAGES, SETTINGS, ALL
}
