package ru.officialpages.domain;

import java.util.Objects;

/**
 * A page's number on its platform, as post links name the page (issue 16): a VK community is
 * negative ({@code wall-210001_99} → −210001), a VK personal page positive, an OK group its number.
 * {@code learnedFrom} says how the program knows it.
 */
public record PageIdentity(long pageId, String networkCode, long ownerId, Source learnedFrom) {

    /** How a page's number was learned. */
    public enum Source {
        /** The page's own address is numeric ({@code vk.com/club210001}). */
        ADDRESS,
        /** The clerk said whose post a link was, the first time its page was unknown. */
        CLERK,
        /** An import line named the page of the link. */
        IMPORT,
        /** Typed in the page card. */
        CARD,
        /** Read from the platform (VK sync). */
        SYNC
    }

    public PageIdentity {
        Objects.requireNonNull(networkCode, "networkCode");
        Objects.requireNonNull(learnedFrom, "learnedFrom");
    }
}
