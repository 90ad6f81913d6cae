package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One published post on one page: the log entry. A post on three pages is three entries.
 * {@code text} is what the post said ("" when not kept). The log's table rows leave it out to
 * stay light on a log of 300,000 posts; read it with {@code PostRepository.text(id)}.
 */
public record Post(long id, long pageId, LocalDateTime publishedAt, String url, PostFormat format, String topic,
        String text) {
    public Post {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        topic = topic == null ? "" : topic.strip();
        text = text == null ? "" : text.strip();
    }

    /** A post whose text is not kept or not read. */
    public Post(long id, long pageId, LocalDateTime publishedAt, String url, PostFormat format, String topic) {
        this(id, pageId, publishedAt, url, format, topic, "");
    }

    public Post withText(String newText) {
        return new Post(id, pageId, publishedAt, url, format, topic, newText);
    }
}
