package ru.officialpages.connect;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A comment under a post, with the replies of its thread ({@code replies} is empty for a reply
 * itself; {@code parentId} names the comment it answers).
 */
public record VkComment(long id, long ownerId, long postId, String postLink, Author author, LocalDateTime writtenAt,
        String text, Long parentId, List<VkComment> replies) {
    public VkComment {
        replies = List.copyOf(replies);
    }

    /** Who wrote it: a person ({@code id} > 0) or a community ({@code id} < 0). */
    public record Author(long id, String name, String profileLink) {
    }

    /** The comment's own address on VK, opening the post at this comment. */
    public String link() {
        return postLink + "?reply=" + id + (parentId == null ? "" : "&thread=" + parentId);
    }
}
