package ru.officialpages.text;

import java.util.Objects;
import java.util.Set;
import ru.officialpages.domain.DeletionGround;
import ru.officialpages.i18n.Tr;

/**
 * A suggested ground for deleting a comment: the characters {@code [start, end)} of the comment
 * that made us suggest it and what they looked like. Nothing is decided here.
 */
public record CommentHint(HintKind kind, int start, int end, String fragment) {

    public CommentHint {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(fragment);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    static CommentHint of(String text, HintKind kind, int start, int end) {
        return new CommentHint(kind, start, end, text.substring(start, end));
    }

    /** The deletion grounds this hint points to. */
    public Set<DeletionGround> grounds() {
        return kind.grounds();
    }

    /** A sentence in Russian for the moderation screen, quoting the fragment. */
    public String message() {
        return Tr.tr("moderation.hint." + kind.name(), fragment);
    }
}
