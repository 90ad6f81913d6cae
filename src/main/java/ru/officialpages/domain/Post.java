package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/** One published post on one page: the log entry. A post on three pages is three entries. */
public record Post(long id, long pageId, LocalDateTime publishedAt, String url, PostFormat format, String topic) {
    public Post {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        topic = topic == null ? "" : topic.strip();
    }
}
