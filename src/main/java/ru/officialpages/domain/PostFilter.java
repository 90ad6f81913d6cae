package ru.officialpages.domain;

import java.time.LocalDate;

/**
 * What the post log shows: any of page, period (inclusive days), format and a text found in the
 * topic, the link or the page's address. Null or blank means "any".
 */
public record PostFilter(Long pageId, LocalDate from, LocalDate to, PostFormat format, String text) {
    public static final PostFilter ALL = new PostFilter(null, null, null, null, "");

    public PostFilter {
        text = text == null ? "" : text.strip();
    }
}
