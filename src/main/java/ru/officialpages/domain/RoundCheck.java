package ru.officialpages.domain;

import java.time.LocalDateTime;

/** A page's comments checked in the daily round, and when ("проверено сегодня в 09:40"). */
public record RoundCheck(long pageId, LocalDateTime checkedAt) {
}
