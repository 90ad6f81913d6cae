package ru.officialpages.connect;

/** A VK community as {@code groups.getById} describes it. */
public record VkGroup(long id, String name, String screenName, boolean closed, String type) {
    /** The owner number walls and posts use for it: the community's id, negative. */
    public long ownerId() {
        return -id;
    }
}
