package ru.officialpages.connect;

import java.time.LocalDateTime;
import java.util.List;
import ru.officialpages.domain.PostFormat;

/**
 * A post as any platform gives it, whole: its canonical link, local time, text, format and reach.
 * {@code kinds} are the platform's own words for what is attached (photo, video, poll…).
 */
public record PlatformPost(String link, LocalDateTime publishedAt, String text, PostFormat format, List<String> kinds,
        boolean pinned, Reach reach) {
    public PlatformPost {
        kinds = List.copyOf(kinds);
    }
}
