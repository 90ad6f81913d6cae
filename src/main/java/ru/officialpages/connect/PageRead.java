package ru.officialpages.connect;

import java.util.List;

/** A page's posts back to a date, newest first; {@code complete} is false when reading stopped at a bound. */
public record PageRead(List<PlatformPost> posts, boolean complete) {
    public PageRead {
        posts = List.copyOf(posts);
    }
}
