package ru.officialpages.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An author restricted on a page: since when, on which grounds, and the day taken off the list
 * ({@code until}, null while listed). {@code recordId} is the moderation record that put them
 * there, null when entered by hand or when that record was deleted.
 */
public record BlacklistEntry(
        long id,
        long pageId,
        String authorName,
        String authorLink,
        ModerationAction restriction,
        LocalDate since,
        LocalDate until,
        Long recordId,
        Set<DeletionGround> grounds,
        String note) {

    public BlacklistEntry {
        Objects.requireNonNull(restriction, "restriction");
        Objects.requireNonNull(since, "since");
        if (!restriction.restrictsAuthor()) {
            throw new IllegalArgumentException("not a restriction: " + restriction);
        }
        authorName = authorName == null ? "" : authorName.strip();
        authorLink = authorLink == null ? "" : authorLink.strip();
        note = note == null ? "" : note.strip();
        grounds = grounds == null || grounds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grounds));
    }

    /** Listed on {@code day}: from {@code since}, until the day taken off. */
    public boolean listedOn(LocalDate day) {
        return !day.isBefore(since) && (until == null || day.isBefore(until));
    }

    public String author() {
        return authorName.isEmpty() ? authorLink : authorName;
    }
}
