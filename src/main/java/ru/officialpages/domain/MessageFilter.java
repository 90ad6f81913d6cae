package ru.officialpages.domain;

import java.util.Objects;

/** What the Сообщения list shows; null importance or page means any. */
public record MessageFilter(MessageScope scope, Importance importance, Long pageId, String text) {
    public MessageFilter {
        Objects.requireNonNull(scope, "scope");
        text = text == null ? "" : text.strip();
    }

    public static MessageFilter all() {
        return new MessageFilter(MessageScope.ALL, null, null, "");
    }
}
