package ru.officialpages.connect;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Why a platform could not be read, in words for the clerk. The kind tells the caller what to do
 * next: a refused key stops everything, a denied page is one page's note, a daily limit says when
 * to come back.
 */
public final class PlatformFailure extends RuntimeException {
    public enum Kind {
        /** VK error 5: the key is wrong, revoked or not a service key. Nothing more can be read. */
        KEY_REFUSED,
        /** VK error 29: the day's quota of a method is spent. */
        DAILY_LIMIT,
        /** VK errors 15/30/203/212: this page (or post) cannot be read with a service key. */
        ACCESS_DENIED,
        /** The page, post or short name does not exist (any more). */
        NOT_FOUND,
        /** No network, a timeout or the platform's server failing, after the retries. */
        NETWORK,
        /** 6/9 kept coming after the retries. */
        TOO_MANY_REQUESTS,
        /** An answer of the wrong shape or size: refused whole, nothing half-read is kept. */
        MALFORMED,
        /** A Telegram channel whose public preview is switched off. */
        NO_PREVIEW,
        /** Any other error the platform reported. */
        OTHER
    }

    private final Kind kind;
    private final transient LocalDateTime retryAfter;

    public PlatformFailure(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public PlatformFailure(Kind kind, String message, LocalDateTime retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#DAILY_LIMIT}: the earliest local time worth trying again. */
    public Optional<LocalDateTime> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when the failure concerns only the page asked for, so the other pages can go on. */
    public boolean pageOnly() {
        return kind == Kind.ACCESS_DENIED || kind == Kind.NOT_FOUND || kind == Kind.NO_PREVIEW
                || kind == Kind.MALFORMED || kind == Kind.OTHER;
    }
}
