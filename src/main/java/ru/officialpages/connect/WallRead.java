package ru.officialpages.connect;

import java.util.List;

/**
 * The posts of a wall back to a date, newest first (the pinned one in its place by date).
 * {@code complete} is false when reading stopped at the bound before reaching the date.
 */
public record WallRead(List<VkPost> posts, boolean complete) {
    public WallRead {
        posts = List.copyOf(posts);
    }
}
