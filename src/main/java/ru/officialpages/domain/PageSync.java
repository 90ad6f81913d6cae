package ru.officialpages.domain;

import java.time.LocalDateTime;

/**
 * A page's reading state (issue 17): when it was last read whole (null: never), and the last note
 * about it («нет доступа», «у канала нет публичной страницы»), empty when the last read went well.
 */
public record PageSync(long pageId, LocalDateTime syncedAt, String note, LocalDateTime notedAt) {
    public PageSync {
        note = note == null ? "" : note;
    }
}
