package ru.officialpages.connect;

/**
 * How far a post went, as the platform reported it at one moment. {@code views} is null where the
 * platform does not show them; {@code approximate} is true where it shows only a rounded figure
 * (Telegram's "1,2K").
 */
public record Reach(Long views, long likes, long reposts, long comments, boolean approximate) {
    public Reach {
        if ((views != null && views < 0) || likes < 0 || reposts < 0 || comments < 0) {
            throw new IllegalArgumentException("negative reach");
        }
    }
}
