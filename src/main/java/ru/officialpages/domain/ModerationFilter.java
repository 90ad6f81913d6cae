package ru.officialpages.domain;

import java.time.LocalDate;

/**
 * What the moderation list shows: any of page, period (inclusive days), ground, action and a
 * text found in the comment, the note or the author's name or link. Null or blank means "any".
 */
public record ModerationFilter(Long pageId, LocalDate from, LocalDate to, DeletionGround ground, ModerationAction action,
        String text) {
    public static final ModerationFilter ALL = new ModerationFilter(null, null, null, null, null, "");

    public ModerationFilter {
        text = text == null ? "" : text.strip();
    }
}
