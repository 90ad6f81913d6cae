package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A comment read from a page for the moderation round (issue 17). {@code platformKey} is its own
 * key on the platform (VK: {@code -123_207_311}), so reading it again updates rather than
 * duplicates; {@code parentId} is the stored comment a reply answers; {@code reviewedAt} is set
 * once the clerk has looked at it, {@code recordId} when a moderation record was made of it.
 */
public record SyncedComment(long id, long pageId, String platformKey, String postLink, String link, String authorName,
        String authorLink, LocalDateTime writtenAt, String text, Long parentId, LocalDateTime reviewedAt,
        Long recordId) {
    public SyncedComment {
        Objects.requireNonNull(platformKey, "platformKey");
        Objects.requireNonNull(postLink, "postLink");
        Objects.requireNonNull(writtenAt, "writtenAt");
        link = link == null ? "" : link;
        authorName = authorName == null ? "" : authorName;
        authorLink = authorLink == null ? "" : authorLink;
        text = text == null ? "" : text;
    }

    /** A comment as read, before it is stored: its thread parent named by the parent's platform key. */
    public record Read(String platformKey, String parentKey, String postLink, String link, String authorName,
            String authorLink, LocalDateTime writtenAt, String text) {
        public Read {
            Objects.requireNonNull(platformKey, "platformKey");
            Objects.requireNonNull(postLink, "postLink");
            Objects.requireNonNull(writtenAt, "writtenAt");
        }
    }
}
