package ru.officialpages.text;

/**
 * How long a post may be where it goes, in UTF-16 characters (what Java's {@code length()}
 * counts; Telegram counts the same units).
 */
public enum NetworkLimit {
    /** VK: a wall post holds up to 16,384 characters. */
    VK(16_384),
    /**
     * Odnoklassniki: we found no published limit for a group post's text; about 16,000 is the
     * figure in circulation, so we warn there. Correct it when the network says otherwise.
     */
    OK(16_000),
    /** Telegram: a text message holds 4,096 characters. */
    TELEGRAM(4_096),
    /** Telegram: the caption under a photo or video holds 1,024 characters. */
    TELEGRAM_CAPTION(1_024);

    private final int maxChars;

    NetworkLimit(int maxChars) {
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }
}
