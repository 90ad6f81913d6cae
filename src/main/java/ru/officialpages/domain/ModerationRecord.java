package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One comment dealt with: on which page, when it was noticed, whose it was, what it said, on
 * which grounds (several at once) and what was done (minvody order §8, novoaltaysk-608 §2.5,
 * novokubansky-1740 app.2 §14, ishtan-13 §8). {@code recordedAt} is when it was written down.
 */
public record ModerationRecord(
        long id,
        long pageId,
        LocalDateTime noticedAt,
        String authorName,
        String authorLink,
        String text,
        Set<DeletionGround> grounds,
        ModerationAction action,
        String note,
        LocalDateTime recordedAt) {

    public ModerationRecord {
        Objects.requireNonNull(noticedAt, "noticedAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordedAt, "recordedAt");
        authorName = authorName == null ? "" : authorName.strip();
        authorLink = authorLink == null ? "" : authorLink.strip();
        text = text == null ? "" : text.strip();
        note = note == null ? "" : note.strip();
        grounds = grounds == null || grounds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grounds));
    }

    public ModerationRecord withId(long newId) {
        return new ModerationRecord(newId, pageId, noticedAt, authorName, authorLink, text, grounds, action, note, recordedAt);
    }

    /** The name, or the profile link when no name was written. */
    public String author() {
        return authorName.isEmpty() ? authorLink : authorName;
    }
}
