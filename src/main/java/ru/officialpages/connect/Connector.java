package ru.officialpages.connect;

import java.time.LocalDateTime;
import ru.officialpages.domain.Network;

/**
 * Reads one platform's public pages. VK and Telegram have one; Odnoklassniki and MAX have none yet:
 * OK gives a wall only to an administrator's OAuth token with permissions granted on request, MAX
 * bots need a registered organisation and see only their own chats. A new platform is one more
 * implementation of this.
 */
public interface Connector {
    /** The registry's network code this connector reads ({@link Network#VK}, {@link Network#TELEGRAM}). */
    String networkCode();

    /**
     * The page's posts from {@code since} on, newest first.
     *
     * @throws PlatformFailure with a Russian message; {@link PlatformFailure#pageOnly()} tells whether
     *         the other pages can go on
     */
    PageRead read(String address, LocalDateTime since);
}
