package ru.officialpages.storage;

import java.time.LocalDateTime;

/** One post, one entry: the link is already in the log, published at {@link #publishedAt}. */
public final class DuplicatePostException extends StorageException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final LocalDateTime publishedAt;

    public DuplicatePostException(String url, LocalDateTime publishedAt) {
        super("post already logged: " + url);
        this.url = url;
        this.publishedAt = publishedAt;
    }

    public String url() {
        return url;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }
}
