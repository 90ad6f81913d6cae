package ru.officialpages.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A logged post's reach as the platform last reported it (issue 17). {@code views} is null where the
 * platform shows none; {@code approximate} marks rounded figures (Telegram's "1,2K");
 * {@code goneSince} is set when the post was no longer found on the platform.
 */
public record PostReach(Long views, long likes, long reposts, long comments, boolean approximate, LocalDateTime asOf,
        LocalDateTime goneSince) {
    public PostReach {
        Objects.requireNonNull(asOf, "asOf");
        if ((views != null && views < 0) || likes < 0 || reposts < 0 || comments < 0) {
            throw new IllegalArgumentException("negative reach");
        }
    }

    public boolean gone() {
        return goneSince != null;
    }
}
