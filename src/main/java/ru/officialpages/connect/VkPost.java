package ru.officialpages.connect;

import java.time.LocalDateTime;
import java.util.List;
import ru.officialpages.domain.PostFormat;

/**
 * One post of a VK wall, whole: nothing here is half-read. {@code publishedAt} is the local time
 * of this computer's zone, so a post at 00:30 on Monday counts in that Monday's week.
 * {@code attachments} are VK's own kinds (photo, video, clip, poll, link…), {@code format} their
 * nearest {@link PostFormat}.
 */
public record VkPost(long ownerId, long id, String link, LocalDateTime publishedAt, String text, PostFormat format,
        List<String> attachments, boolean pinned, Reach reach) {
    public VkPost {
        attachments = List.copyOf(attachments);
    }

    /** {@code https://vk.com/wall-123_45} for a community, {@code https://vk.com/wall7_45} for a person. */
    public static String link(long ownerId, long postId) {
        return "https://vk.com/wall" + ownerId + "_" + postId;
    }
}
